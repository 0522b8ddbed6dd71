import { backupCounts, readBackup, type Backup, type BackupCounts, type BackupProblem } from '@/core/backup';
import { LIMITS } from '@/core/limits';
import { browser } from 'wxt/browser';

/**
 * Backup files are read and checked here, not in the dashboard: its main thread neither parses a
 * 50 MB file nor serializes it into messages. The page hands over a `blob:` URL of the chosen file
 * (an extension page's blob URL is readable by the extension's background, same origin): the
 * background reads the bytes itself. Sent as text in 1 MB messages instead, an 80 MB backup took
 * 9.8 s of messaging (121 ms a part) before the person saw what it held; fetched, 1.6 s.
 * One upload at a time — a new one replaces an unfinished or unrestored one — kept in memory until
 * restored: a worker that stopped meanwhile has forgotten it, and the page hands the file again.
 */
let latest: string | null = null;
let staged: { upload: string; backup: Backup } | null = null;

export type StageOutcome = { ok: true; counts: BackupCounts } | { ok: false; problem: BackupProblem };

/** Whether `url` is a blob of this extension's own pages (nothing else is fetched for a backup). */
export function isOwnBlob(url: string, extensionBase = browser.runtime.getURL('/')): boolean {
  return url.startsWith(`blob:${new URL(extensionBase).origin}/`);
}

/**
 * Reads the file behind `url`: what it holds, or what is wrong with it. `undefined` when there is
 * no such file (not the extension's, revoked) or another upload began meanwhile.
 */
export async function stageFile(upload: string, url: string): Promise<StageOutcome | undefined> {
  latest = upload;
  staged = null;
  if (!isOwnBlob(url)) return undefined;
  let blob: Blob;
  try {
    blob = await (await fetch(url)).blob();
  } catch {
    return undefined;
  }
  if (latest !== upload) return undefined;
  if (blob.size > LIMITS.backupBytes) return { ok: false, problem: { kind: 'tooLarge', maxBytes: LIMITS.backupBytes } };
  const read = readBackup(await blob.text());
  if (latest !== upload) return undefined;
  if (!read.ok) return read;
  staged = { upload, backup: read.backup };
  return { ok: true, counts: backupCounts(read.backup) };
}

/** The backup staged under `upload`, if the background still has it. */
export function stagedBackup(upload: string): Backup | undefined {
  return staged?.upload === upload ? staged.backup : undefined;
}

/** Restored: the staged backup is let go. */
export function forgetStaged(): void {
  staged = null;
}
