import { parseConnections, type ConnectionRow, type RowProblem } from '@/core/linkedin-connections';
import type { MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { FileImport, type ReadFile } from './FileImport';

const REASONS: Record<RowProblem['reason'], MessageKey> = { noName: 'importNoName', badDate: 'importBadDate', tooLong: 'importTooLong', badQuoting: 'importBadQuoting' };

async function read(text: string): Promise<ReadFile<ConnectionRow>> {
  const parsed = await parseConnections(text);
  if (!parsed.ok) return { ok: false, problem: 'importNoHeader' };
  return { ok: true, rows: parsed.rows, notes: parsed.problems.map((p) => ({ line: p.line, reason: REASONS[p.reason] })) };
}

/** LinkedIn's own export of your connections. */
export function ConnectionsImport() {
  return (
    <FileImport
      title="importConnections"
      help="importConnectionsHelp"
      label="importConnectionsFile"
      accept=".csv,text/csv"
      read={read}
      send={(rows) => sendCommand('importConnections', { rows })}
      skipReason={() => 'importNotLinkedInUrl'}
    />
  );
}
