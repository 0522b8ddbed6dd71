import { useId, useState } from 'react';
import type { ImportResult } from '@/core/linkedin-connections';
import { siteList, t, type MessageKey } from '@/i18n';
import { refusalText } from '@/i18n/refusal-text';
import type { Outcome } from '@/core/commands';
import { LIMITS } from '@/core/limits';


/** The summary's sentence for no line, one line or several lines to look at. */
const SUMMARY: readonly MessageKey[] = ['importSummaryClean', 'importSummaryOne', 'importSummary'];

/** A line left out, or read in part, in one of the chosen files. */
export interface LineNote {
  file?: string;
  line: number;
  reason: MessageKey;
  /** The reason's placeholders, when it has any (the charset a card was read in). */
  values?: Record<string, string>;
}

/** What a file held: the records to send, and the lines to mention; or why it is not such a file. */
export type ReadFile<Row> = { ok: true; rows: Row[]; notes: LineNote[] } | { ok: false; problem: MessageKey };

interface Props<Row> {
  title: MessageKey;
  help: MessageKey;
  /** The file input's label. */
  label: MessageKey;
  accept: string;
  multiple?: boolean;
  /** Reads one file from its bytes (the reader knows its charsets). */
  read: (bytes: Uint8Array, file: string) => ReadFile<Row> | Promise<ReadFile<Row>>;
  /** One batch (one transaction in the background). */
  send: (rows: Row[]) => Promise<Outcome<ImportResult>>;
  /** A reason the background gives for a row it left out. */
  skipReason: (reason: ImportResult['skipped'][number]['reason']) => MessageKey;
}

interface Summary {
  added: number;
  updated: number;
  notes: LineNote[];
}

/**
 * An import from files: read here, sent in batches (one transaction each) with a progress bar,
 * then a summary — added, updated, and each line left out or read in part, with why. A file that
 * is not of the kind changes nothing; a batch refused stops the import where it is (what was
 * imported stays, and importing again duplicates nobody).
 */
export function FileImport<Row extends { line: number }>({ title, help, label, accept, multiple, read, send, skipReason }: Props<Row>) {
  const id = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async (files: File[]) => {
    setSummary(null);
    setProblem(null);
    setProgress(null);
    if (!files.length) return;
    const batches: { file?: string; rows: Row[] }[] = [];
    const total: Summary = { added: 0, updated: 0, notes: [] };
    const named = files.length > 1;
    for (const file of files) {
      const parsed = await read(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!parsed.ok) return setProblem(named ? t('importFileProblem', { file: file.name, problem: t(parsed.problem) }) : t(parsed.problem));
      total.notes.push(...parsed.notes.map((note) => (named ? { ...note, file: file.name } : note)));
      for (let start = 0; start < parsed.rows.length; start += LIMITS.importBatch) batches.push({ file: named ? file.name : undefined, rows: parsed.rows.slice(start, start + LIMITS.importBatch) });
    }
    const count = batches.reduce((sum, batch) => sum + batch.rows.length, 0);
    let done = 0;
    setProgress({ done, total: count });
    for (const batch of batches) {
      let outcome = await send(batch.rows);
      // The background stopped meanwhile (the browser restarts it for the next message): this
      // batch was written whole or not at all, and sending it again adds nobody twice.
      if (!outcome.ok && outcome.refusal.code === 'unreachable') outcome = await send(batch.rows);
      if (!outcome.ok) {
        // Where it stopped: this batch wrote nothing (one transaction), those before it are in.
        const where = { file: batch.file ?? '', line: batch.rows[0]!.line, reason: refusalText(outcome.refusal), done };
        setProblem(t(batch.file ? 'importFileStopped' : 'importStopped', where));
        break;
      }
      total.added += outcome.value.added;
      total.updated += outcome.value.updated;
      total.notes.push(...outcome.value.skipped.map((skip) => ({ file: batch.file, line: skip.line, reason: skipReason(skip.reason) })));
      done += batch.rows.length;
      setProgress({ done, total: count });
    }
    total.notes.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line);
    setSummary(total);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(title)}</h3>
      <p className="muted small">{t(help, { sites: siteList() })}</p>
      <label className="field">
        <span>{t(label)}</span>
        <input type="file" accept={accept} multiple={multiple} onChange={(e) => void load([...(e.target.files ?? [])])} />
      </label>
      {progress && (
        <p>
          <label htmlFor={`${id}-progress`}>{t('importProgress', progress)}</label>{' '}
          <progress id={`${id}-progress`} max={progress.total || 1} value={progress.done} />
        </p>
      )}
      {problem && <p className="error" role="alert">{problem}</p>}
      {summary && (
        <div role="status" className="confirm">
          <p>{t(SUMMARY[Math.min(summary.notes.length, 2)]!, { added: summary.added, updated: summary.updated, notes: summary.notes.length })}</p>
          {summary.notes.length > 0 && (
            <ul className="small">
              {summary.notes.map((note, index) => (
                <li key={index}>
                  {t(note.file ? 'importFileLine' : 'importLine', { file: note.file ?? '', line: note.line, reason: t(note.reason, note.values) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
