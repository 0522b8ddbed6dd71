import type { BackupCounts } from '@/core/backup';
import type { Outcome } from '@/core/commands';
import { sendCommand } from '@/messaging/send-command';

/**
 * Hands a backup file to the background, where it is read and checked (see
 * entrypoints/background/backup-uploads.ts): what it holds, under the upload's id. The page reads
 * none of it: the background fetches the file through a blob URL, let go once it has answered.
 */
export async function stageBackup(file: File): Promise<Outcome<{ upload: string; counts: BackupCounts }>> {
  const upload = crypto.randomUUID();
  const url = URL.createObjectURL(file);
  try {
    const outcome = await sendCommand('stageBackup', { upload, url });
    return outcome.ok ? { ok: true, value: { upload, counts: outcome.value } } : outcome;
  } finally {
    URL.revokeObjectURL(url);
  }
}
