import { useState } from 'react';
import type { BackupCounts } from '@/core/backup';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { backupProblemText, refusalText } from '@/i18n/refusal-text';
import { sendCommand } from '@/messaging/send-command';
import { stageBackup } from './backup-upload';

/** A backup restored: read and checked before anything is written (what it holds is said), then all of it or nothing. */
export function BackupRestore({ onStatus }: { onStatus: (status: string | null) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ file: File; upload: string; counts: BackupCounts } | null>(null);
  const { busy, error, run } = useAction();

  const choose = async (file: File | undefined) => {
    setPending(null);
    setProblem(null);
    onStatus(null);
    if (!file) return;
    const staged = await stageBackup(file);
    if (staged.ok) setPending({ file, ...staged.value });
    else if (staged.refusal.code === 'badBackup') setProblem(backupProblemText(staged.refusal.problem));
    else setProblem(refusalText(staged.refusal));
  };
  const restore = () => {
    if (!pending) return;
    void run(async () => {
      const outcome = await sendCommand('restoreBackup', { upload: pending.upload });
      if (outcome.ok || (outcome.refusal.code !== 'notFound' && outcome.refusal.code !== 'unreachable')) return outcome;
      // The background stopped since the file was read, or while it wrote (one transaction: it
      // wrote nothing), and forgot the file: send it again.
      const again = await stageBackup(pending.file);
      return again.ok ? sendCommand('restoreBackup', { upload: again.value.upload }) : again;
    }).then((outcome) => {
      if (!outcome?.ok) return;
      setPending(null);
      onStatus(t('backupRestored'));
    });
  };

  return (
    <>
      <h3>{t('backupRestore')}</h3>
      <label className="field">
        <span>{t('backupFile')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {problem && <p className="error" role="alert">{problem}</p>}
      {pending && (
        <div className="confirm">
          <p>{t('backupHolds', pending.counts)}</p>
          <button type="button" className="primary" disabled={busy} onClick={restore}>{t('backupReplace')}</button>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
