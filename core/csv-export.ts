import Papa from 'papaparse';
import type { Contact } from './records';
import { SITE_IDS, SITES } from './sites';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first: `=HYPERLINK(…)`) gets a leading apostrophe, which shows as text. Text from pages and
 * imports is untrusted: a name must never become a formula in someone's spreadsheet.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A column per site of `core/sites.ts`, named by its label, holding the person's address there. */
const COLUMNS = ['Name', 'Company', 'Title', 'Headline', 'Location', 'Emails', 'Tags', ...SITE_IDS.map((site) => SITES[site].label), 'Last contact', 'Next due', 'Cadence (days)', 'Notes'];

/** A day as spreadsheets read it everywhere, `YYYY-MM-DD` (UTC), or empty. */
function day(at: number | undefined): string {
  return at === undefined ? '' : new Date(at).toISOString().slice(0, 10);
}

/**
 * The contacts as a CSV file for LibreOffice and Excel: UTF-8 with a byte-order mark (Excel reads
 * the accents), CRLF line ends, every cell quoted when it needs to be, formulas neutralised.
 */
export function contactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((c) => {
    return [
      c.name, c.company ?? '', c.title ?? '', c.headline ?? '', c.location ?? '', c.emails.join(', '), c.tags.join(', '),
      ...SITE_IDS.map((site) => c.profiles.find((p) => p.site === site)?.url ?? ''), day(c.lastContactAt), day(c.nextDueAt), c.cadenceDays == null ? '' : String(c.cadenceDays), c.notes,
    ].map(neutraliseFormula);
  });
  return `\uFEFF${Papa.unparse({ fields: COLUMNS, data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
