import Papa from 'papaparse';
import { LIMITS } from './limits';
import { capText, cleanText } from './text';

/**
 * LinkedIn's own data export, `Connections.csv`, in every shape it has had: since 2021 a few lines
 * of notes, then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; before,
 * no URL column, and the oldest (2018) no notes either and dates with a time ("1/8/18, 6:14 PM").
 * The file is recognised by its columns, in any order and in English, French or German (a
 * translated header row, or a file saved again by a spreadsheet with ";" or tabs). Names and
 * companies may hold commas, quotes, accents and emoji; the file may start with a byte-order mark
 * and end its lines with CRLF.
 */

export interface ConnectionRow {
  /** The file's line the row starts on (1-based), for the import's summary. */
  line: number;
  name: string;
  url?: string;
  /**
   * The file has no URL column (exports before 2021): the person is a LinkedIn connection whose
   * address is not known, so a contact of the same name already on LinkedIn may be them.
   */
  noUrlColumn?: true;
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

type Column = 'first' | 'last' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

/** Each column's names in the exports seen, English, French and German, folded (`headerKey`). */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  first: ['first name', 'firstname', 'given name', 'prenom', 'vorname'],
  last: ['last name', 'lastname', 'surname', 'family name', 'nom', 'nom de famille', 'nachname'],
  url: ['url', 'profile url', 'linkedin url', 'url du profil', 'profil url', 'profile'],
  email: ['email address', 'e mail address', 'email', 'e mail', 'adresse e mail', 'adresse email', 'e mail adresse', 'email adresse'],
  company: ['company', 'entreprise', 'societe', 'unternehmen', 'firma'],
  position: ['position', 'poste', 'titre', 'fonction', 'job title', 'title', 'berufsbezeichnung', 'stelle'],
  connectedOn: ['connected on', 'connected', 'date de connexion', 'connecte le', 'connectes le', 'en relation depuis', 'verbunden am', 'vernetzt am', 'vernetzt seit'],
};
const COLUMN_OF = new Map(Object.entries(COLUMN_NAMES).flatMap(([column, names]) => names.map((name) => [name, column as Column])));
const OPTIONAL_COLUMNS: readonly Column[] = ['company', 'position', 'email', 'connectedOn'];

/** A header cell folded: no quotes, accents, case or punctuation ("E-mail-Adresse" → "e mail adresse"). */
function headerKey(cell: string): string {
  return cell.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

interface Header {
  /** The file's line index (0-based) of the header row. */
  index: number;
  delimiter: string;
  /** Each column's position in a row. */
  columns: Partial<Record<Column, number>>;
  /** The header's language says which way a numeric date reads: day first in French and German. */
  dayFirst: boolean;
}

/** The header row among the file's lines: first and last name, and one more column LinkedIn writes. */
function findHeader(lines: readonly string[]): Header | undefined {
  for (let index = 0; index < lines.length; index++) {
    for (const delimiter of [',', ';', '\t']) {
      const cells = lines[index]!.split(delimiter).map(headerKey);
      const columns: Header['columns'] = {};
      cells.forEach((cell, position) => {
        const column = COLUMN_OF.get(cell);
        if (column && columns[column] === undefined) columns[column] = position;
      });
      if (columns.first === undefined || columns.last === undefined || !OPTIONAL_COLUMNS.some((c) => columns[c] !== undefined)) continue;
      return { index, delimiter, columns, dayFirst: ['prenom', 'vorname'].includes(cells[columns.first]!) };
    }
  }
  return undefined;
}

/** Month names and their abbreviations as LinkedIn wrote them in English, French and German, folded. */
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['jan', 'january', 'janv', 'janvier', 'januar', 'janner'],
    ['feb', 'february', 'fevr', 'fev', 'fevrier', 'februar'],
    ['mar', 'march', 'mars', 'maerz', 'marz', 'mrz'],
    ['apr', 'april', 'avr', 'avril'],
    ['may', 'mai'],
    ['jun', 'june', 'juin', 'juni'],
    ['jul', 'july', 'juil', 'juillet', 'juli'],
    ['aug', 'august', 'aout', 'aou'],
    ['sep', 'sept', 'september', 'septembre'],
    ['oct', 'october', 'octobre', 'okt', 'oktober'],
    ['nov', 'november', 'novembre'],
    ['dec', 'december', 'decembre', 'dez', 'dezember'],
  ].flatMap((names, month) => names.map((name) => [name, month + 1])),
);

function monthNumber(name: string): number | undefined {
  // Folded as the header: "März" → "marz", "févr" → "fevr", "Jänner" → "janner".
  return MONTHS[name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000; // "1/8/18": LinkedIn's exports start in this century
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A connection date as LinkedIn has written it, as `YYYY-MM-DD`; undefined when it is not a date.
 * "12 Jan 2024", "12 janv. 2024", "12. Jan. 2024", "Jan 12, 2024", "2024-01-12", and the oldest
 * exports' "1/8/18, 6:14 PM" (month first in English, day first with `dayFirst` — a French or
 * German header — or when the first number cannot be a month), "08.01.2018 18:14".
 */
export function connectionDate(text: string, dayFirst = false): string | undefined {
  // A time after the date ("6:14 PM", "18:14", "à 18:14", "um 18:14 Uhr") says nothing of the day.
  const date = text.trim().replace(/,?\s*(?:(?:at|à|um)\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr)?$/i, '').trim();
  let m = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(date);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? isoDay(Number(m[3]), month, Number(m[1])) : undefined;
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(date);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? isoDay(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(date);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(date);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // "08.01.2018" is German, day first, whatever the header; "13/1/18" can only be day first.
    const first = dayFirst || m[2] === '.' || a > 12 ? 'day' : 'month';
    return first === 'day' ? isoDay(year, b, a) : isoDay(year, a, b);
  }
  return undefined;
}

/** Rows read between two pauses that give the page back (a 30,000-row file is 150 ms of work). */
const ROWS_PER_SLICE = 2_000;

/** Reads the file's text: its rows, and the lines left out with why; or why it is not that file. */
export async function parseConnections(text: string): Promise<ConnectionsFile> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = findHeader(lines);
  if (!header) return { ok: false, problem: 'noHeader' };
  const { index: headerIndex, columns } = header;
  const cell = (data: string[], column: Column) => (columns[column] === undefined ? undefined : data[columns[column]!]);
  const body = lines.slice(headerIndex).join('\n');
  const rows: ConnectionRow[] = [];
  const problems: RowProblem[] = [];
  let headerRead = false;
  // Where each row starts, as a line of the file: newlines counted up to the row's first character.
  let cursor = 0;
  let newlines = 0;
  // Papa Parse reads the quoting (commas, quotes and line breaks inside a name or a company).
  let read = 0;
  // After a pause, Papa Parse counts its cursor from where it resumed: `offset` makes it absolute.
  let offset = 0;
  await new Promise<void>((resolve) => Papa.parse<string[]>(body, {
    delimiter: header.delimiter,
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
      if (!headerRead) {
        headerRead = true;
        return;
      }
      // A quote never closed (or closed mid-field) swallows the lines after it into this row.
      if (result.errors.some((error) => error.type === 'Quotes')) {
        problems.push({ line, reason: 'badQuoting' });
        return;
      }
      if (result.data.some((value) => value.length > LIMITS.notes)) {
        problems.push({ line, reason: 'tooLong' });
        return;
      }
      const name = cleanText([cell(result.data, 'first'), cell(result.data, 'last')].filter(Boolean).join(' '), LIMITS.name);
      if (!name) {
        problems.push({ line, reason: 'noName' });
        return;
      }
      const dateText = cell(result.data, 'connectedOn')?.trim();
      const connectedOn = dateText ? connectionDate(dateText, header.dayFirst) : undefined;
      if (dateText && !connectedOn) problems.push({ line, reason: 'badDate' });
      const url = cell(result.data, 'url')?.trim();
      rows.push({
        line,
        name,
        url: url ? capText(url, LIMITS.url) : undefined,
        ...(columns.url === undefined && { noUrlColumn: true }),
        email: cell(result.data, 'email')?.trim() || undefined,
        company: cleanText(cell(result.data, 'company'), LIMITS.line),
        position: cleanText(cell(result.data, 'position'), LIMITS.line),
        connectedOn,
      });
    },
  }));
  return { ok: true, rows, problems };
}
