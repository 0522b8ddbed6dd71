import { useId, useState } from 'react';
import { LIMITS } from '@/core/limits';
import { parseConnections, type ConnectionRow, type RowProblem } from '@/core/linkedin-connections';
import { t, type MessageKey } from '@/i18n';
import { refusalText } from '@/i18n/refusal-text';
import { sendCommand } from '@/messaging/send-command';

const BATCH = 500;
const REASONS: Record<RowProblem['reason'] | 'notLinkedInUrl', MessageKey> = {
  noName: 'importNoName',
  badDate: 'importBadDate',
  tooLong: 'importTooLong',
  notLinkedInUrl: 'importNotLinkedInUrl',
};

interface Summary {
  added: number;
  updated: number;
  notes: { line: number; reason: keyof typeof REASONS }[];
}

/**
 * LinkedIn's own export of your connections, imported in batches (one transaction each) with a
 * progress bar, then a summary: added, updated, and each line left out or read in part, with why.
 */
export function ConnectionsImport() {
  const id = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async (file: File | undefined) => {
    setSummary(null);
    setProblem(null);
    if (!file) return;
    const parsed = parseConnections(await file.text());
    if (!parsed.ok) return setProblem(t('importNoHeader'));
    const total: Summary = { added: 0, updated: 0, notes: [...parsed.problems] };
    setProgress({ done: 0, total: parsed.rows.length });
    for (let start = 0; start < parsed.rows.length; start += Math.min(BATCH, LIMITS.importBatch)) {
      const rows: ConnectionRow[] = parsed.rows.slice(start, start + BATCH);
      const outcome = await sendCommand('importConnections', { rows });
      if (!outcome.ok) {
        // What was imported stays; the rest can be imported again (nothing is duplicated).
        setProblem(refusalText(outcome.refusal));
        break;
      }
      total.added += outcome.value.added;
      total.updated += outcome.value.updated;
      total.notes.push(...outcome.value.skipped);
      setProgress({ done: Math.min(start + BATCH, parsed.rows.length), total: parsed.rows.length });
    }
    total.notes.sort((a, b) => a.line - b.line);
    setSummary(total);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('importConnections')}</h3>
      <p className="muted small">{t('importConnectionsHelp')}</p>
      <label className="field">
        <span>{t('importConnectionsFile')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void load(e.target.files?.[0])} />
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
          <p>{t('importSummary', { added: summary.added, updated: summary.updated, notes: summary.notes.length })}</p>
          {summary.notes.length > 0 && (
            <ul className="small">
              {summary.notes.map((note, index) => <li key={index}>{t('importLine', { line: note.line, reason: t(REASONS[note.reason]) })}</li>)}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
