import { backupCounts, readBackup, type Backup, type BackupCounts, type BackupProblem } from '@/core/backup';

/**
 * Backup files reach the background as text, in parts, and are read and checked here: the
 * dashboard's main thread neither parses a 50 MB file nor serializes it into one message (that
 * took 1.1 s of frozen page for 30,000 contacts). One upload at a time — a new one replaces an
 * unfinished or unrestored one — kept in memory until restored: a worker that stopped meanwhile
 * has forgotten it, and the page sends the file again.
 */
let receiving: { upload: string; parts: string[] } | null = null;
let staged: { upload: string; backup: Backup } | null = null;

export type StageOutcome = { ok: true; counts: BackupCounts | null } | { ok: false; problem: BackupProblem };

/**
 * Takes the parts in order (the page sends the next once this one is answered); at the last one,
 * reads the whole file: what it holds, or what is wrong with it. A part out of order (another
 * upload came between) is `undefined`: the page starts again.
 */
export function stagePart(upload: string, part: number, text: string, last: boolean): StageOutcome | undefined {
  if (part === 0) {
    receiving = { upload, parts: [] };
    staged = null;
  }
  if (receiving?.upload !== upload || receiving.parts.length !== part) return undefined;
  receiving.parts.push(text);
  if (!last) return { ok: true, counts: null };
  const read = readBackup(receiving.parts.join(''));
  receiving = null;
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
