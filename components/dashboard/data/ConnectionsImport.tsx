import { decodeTextFile, charsetLabel } from '@/core/charset';
import { parseConnections, type ConnectionRow, type RowProblem } from '@/core/linkedin-connections';
import type { MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { FileImport, type LineNote, type ReadFile } from './FileImport';

const REASONS: Record<RowProblem['reason'], MessageKey> = { noName: 'importNoName', badDate: 'importBadDate', tooLong: 'importTooLong', badQuoting: 'importBadQuoting' };

async function read(bytes: Uint8Array): Promise<ReadFile<ConnectionRow>> {
  // LinkedIn writes UTF-8; a file saved again by a spreadsheet may be UTF-16 or the machine's code page.
  const decoded = decodeTextFile(bytes);
  const parsed = await parseConnections(decoded.text);
  if (!parsed.ok) return { ok: false, problem: 'importNoHeader' };
  const guessed: LineNote[] = decoded.guessed ? [{ line: 1, reason: 'importGuessedCharset', values: { charset: charsetLabel(decoded.charset) } }] : [];
  return { ok: true, rows: parsed.rows, notes: [...guessed, ...parsed.problems.map((p) => ({ line: p.line, reason: REASONS[p.reason] }))] };
}

/** LinkedIn's own export of your connections, whichever year it was made in. */
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
