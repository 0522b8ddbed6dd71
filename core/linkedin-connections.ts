import Papa from 'papaparse';
import { LIMITS } from './limits';
import { capText, cleanText } from './text';

/**
 * LinkedIn's own data export, `Connections.csv`: a few lines of notes, then the header
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`, then one line per
 * connection. Names and companies may hold commas, quotes, accents and emoji; the file may start
 * with a byte-order mark and end its lines with CRLF; dates read "12 Jan 2024".
 */

export interface ConnectionRow {
  /** The file's line the row starts on (1-based), for the import's summary. */
  line: number;
  name: string;
  url?: string;
  email?: string;
  company?: string;
  position?: string;
  /** `YYYY-MM-DD`, when the date could be read. */
  connectedOn?: string;
}

/** What one batch of an import did: who was added, who updated, which lines were left out and why. */
export interface ImportResult {
  added: number;
  updated: number;
  skipped: { line: number; reason: 'notLinkedInUrl' }[];
}

/** A line left out, and why: said in the summary. */
export interface RowProblem {
  line: number;
  reason: 'noName' | 'badDate' | 'tooLong' | 'badQuoting';
}

export type ConnectionsFile =
  | { ok: true; rows: ConnectionRow[]; problems: RowProblem[] }
  | { ok: false; problem: 'noHeader' };

const HEADER = ['first name', 'last name', 'url', 'email address', 'company', 'position', 'connected on'];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janv: 1, 'févr': 2, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, 'août': 8, aout: 8, 'déc': 12,
};

/** "12 Jan 2024" (or "12 janv. 2024") as `YYYY-MM-DD`; undefined when it is not such a date. */
export function connectionDate(text: string): string | undefined {
  const m = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(text.trim());
  const month = m && MONTHS[m[2]!.toLowerCase()];
  if (!m || !month) return undefined;
  const [day, year] = [Number(m[1]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || year < 1900) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Rows read between two pauses that give the page back (a 30,000-row file is 150 ms of work). */
const ROWS_PER_SLICE = 2_000;

/** Reads the file's text: its rows, and the lines left out with why; or why it is not that file. */
export async function parseConnections(text: string): Promise<ConnectionsFile> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => {
    const cells = line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
    return HEADER.slice(0, 3).every((name, i) => cells[i] === name);
  });
  if (headerIndex < 0) return { ok: false, problem: 'noHeader' };
  const body = lines.slice(headerIndex).join('\n');
  const rows: ConnectionRow[] = [];
  const problems: RowProblem[] = [];
  let columns: string[] | null = null;
  // Where each row starts, as a line of the file: newlines counted up to the row's first character.
  let cursor = 0;
  let newlines = 0;
  // Papa Parse reads the quoting (commas, quotes and line breaks inside a name or a company).
  let read = 0;
  // After a pause, Papa Parse counts its cursor from where it resumed: `offset` makes it absolute.
  let offset = 0;
  await new Promise<void>((resolve) => Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    complete: () => resolve(),
    step: (result, parser) => {
      const end = offset + result.meta.cursor;
      let start = cursor;
      while (body[start] === '\n') start++;
      for (let i = cursor; i < start; i++) newlines++;
      const line = headerIndex + 1 + newlines;
      for (let i = start; i < end; i++) if (body[i] === '\n') newlines++;
      cursor = end;
      if (++read % ROWS_PER_SLICE === 0) {
        offset = end;
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      }
      if (!columns) {
        columns = result.data.map((name) => name.trim().toLowerCase());
        return;
      }
      // A quote never closed (or closed mid-field) swallows the lines after it into this row.
      if (result.errors.some((error) => error.type === 'Quotes')) {
        problems.push({ line, reason: 'badQuoting' });
        return;
      }
      const cells = Object.fromEntries(columns.map((name, index) => [name, result.data[index] ?? '']));
      if (result.data.some((value) => value.length > LIMITS.notes)) {
        problems.push({ line, reason: 'tooLong' });
        return;
      }
      const name = cleanText([cells['first name'], cells['last name']].filter(Boolean).join(' '), LIMITS.name);
      if (!name) {
        problems.push({ line, reason: 'noName' });
        return;
      }
      const dateText = cells['connected on']?.trim();
      const connectedOn = dateText ? connectionDate(dateText) : undefined;
      if (dateText && !connectedOn) problems.push({ line, reason: 'badDate' });
      const url = cells.url?.trim();
      rows.push({
        line,
        name,
        url: url ? capText(url, LIMITS.url) : undefined,
        email: cells['email address']?.trim() || undefined,
        company: cleanText(cells.company, LIMITS.line),
        position: cleanText(cells.position, LIMITS.line),
        connectedOn,
      });
    },
  }));
  return { ok: true, rows, problems };
}
