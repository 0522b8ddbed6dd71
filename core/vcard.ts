import ICAL from 'ical.js';
import { LIMITS } from './limits';
import type { Contact } from './records';
import { decodeIn, decodeUndeclared, isAscii, knownCharset } from './charset';
import { capText, cleanText } from './text';
import { decodeVCards } from './vcard-charset';

/**
 * vCards as phones and address books export them (2.1, 3.0 and 4.0; one card or many per file).
 * ical.js reads each card (folding, escaping, both versions' syntax); what it does not read, the
 * older habits of 2.1 (quoted-printable values, `TEL;CELL` bare parameters), is rewritten here
 * first, line by line, so every problem can name its line.
 */

export interface CardRow {
  /** The line the card begins on (`BEGIN:VCARD`), 1-based, for the import's summary. */
  line: number;
  name: string;
  emails: string[];
  company?: string;
  title?: string;
  note?: string;
  /** Every URL the card holds; the importer links those of the sites of `core/sites.ts`. */
  urls: string[];
}

/** A line or card left out, read in part, or read in a charset it did not declare, and why: said in the summary. */
export interface CardProblem {
  line: number;
  reason: 'badLine' | 'unfinishedCard' | 'badCard' | 'noName' | 'tooLong' | 'guessedCharset';
  /** With `guessedCharset`: what the card's text was read as. */
  charset?: string;
}

export type CardsFile = { ok: true; cards: CardRow[]; problems: CardProblem[] } | { ok: false; problem: 'noCard' };

/** Properties Maille reads; the rest (photos above all: 2.1 base64 spans many lines) is dropped before parsing. */
const READ = new Set(['version', 'fn', 'n', 'email', 'org', 'title', 'note', 'url', 'x-socialprofile']);

interface Line {
  at: number;
  text: string;
}

/** Physical lines joined into logical ones: folding (a leading space or tab) and quoted-printable soft breaks. */
function logicalLines(text: string): Line[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: Line[] = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const last = lines[lines.length - 1];
    if (last && /^[ \t]/.test(raw)) {
      last.text += raw.slice(1);
      continue;
    }
    const at = i + 1;
    let line = raw;
    // A quoted-printable value ending in "=" goes on on the next line, unindented.
    while (isQuotedPrintable(line) && line.endsWith('=') && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i]!;
    lines.push({ at, text: line });
  }
  return lines;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /;(ENCODING=)?QUOTED-PRINTABLE\b/i.test(line.slice(0, colon));
}

/**
 * Decodes a quoted-printable value in its charset; without one (2.1's default is ASCII), as UTF-8
 * when valid, else windows-1252 — `guessed` then names what it was read as.
 */
function decodeQuotedPrintable(value: string, charset: string | undefined): { text: string; guessed?: string } {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]!));
  }
  const raw = new Uint8Array(bytes);
  const known = charset && knownCharset(charset);
  if (known) return { text: decodeIn(raw, known) };
  const read = decodeUndeclared(raw);
  return { text: read.text, guessed: isAscii(raw) ? undefined : read.charset };
}

const PROPERTY = /^([A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/s;

/**
 * One logical line in the syntax ical.js reads, or null when it is not a property line. 2.1's
 * bare parameters become TYPE ones; a quoted-printable value is decoded and escaped as 3.0 text.
 */
function rewrite(text: string): { name: string; line: string; guessed?: string } | null {
  const m = PROPERTY.exec(text);
  if (!m) return null;
  const [, group = '', name, rawParams = '', rawValue = ''] = m;
  let value = rawValue;
  let charset: string | undefined;
  let quoted = false;
  let guessed: string | undefined;
  const params: string[] = [];
  for (const param of rawParams.split(';').filter(Boolean)) {
    const [key, ...rest] = param.split('=');
    const upper = key!.toUpperCase();
    if (rest.length === 0) {
      if (upper === 'QUOTED-PRINTABLE') quoted = true;
      else if (/^[A-Za-z0-9-]+$/.test(key!)) params.push(`TYPE=${key}`);
      continue;
    }
    if (upper === 'ENCODING' && rest.join('=').toUpperCase() === 'QUOTED-PRINTABLE') quoted = true;
    else if (upper === 'CHARSET') charset = rest.join('=');
    else params.push(param);
  }
  // Decoded text escapes its line breaks, not its separators: in 2.1, ";" still parts N and ORG.
  if (quoted) {
    const decoded = decodeQuotedPrintable(value, charset);
    value = decoded.text.replace(/\r\n|\r|\n/g, '\\n');
    guessed = decoded.guessed;
  }
  return { name: name!.toLowerCase(), line: `${group}${name}${params.map((p) => `;${p}`).join('')}:${value}`, guessed };
}

/** The first text of a property's value (structured values, such as ORG, give their first part). */
function firstText(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (Array.isArray(first)) return firstText(first);
  // vCard 4.0 writers escape ";" in any text (RFC 6350, 3.4); ical.js leaves it escaped there.
  return typeof first === 'string' ? first.replace(/\\;/g, ';') : undefined;
}

function readCard(lines: readonly string[], line: number): CardRow | 'badCard' | 'noName' {
  let card: ICAL.Component;
  try {
    card = new ICAL.Component(ICAL.parse(['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n')) as unknown[]);
  } catch {
    return 'badCard';
  }
  const texts = (name: string) => card.getAllProperties(name).map((p) => firstText(p.getValues())).filter((v): v is string => !!v);
  // A comma a writer did not escape in a text value ("NOTE:Met at the fair, very keen") is a
  // comma, not a second value: the values are joined back.
  const wholeTexts = (name: string) => card.getAllProperties(name).map((p) => p.getValues().map(firstText).filter(Boolean).join(',')).filter(Boolean);
  const n = card.getFirstProperty('n')?.getValues()[0];
  // N is family;given;additional;prefix;suffix.
  const fromN = Array.isArray(n) ? [n[3], n[1], n[2], n[0], n[4]].flat().filter((part) => typeof part === 'string' && part.trim()).join(' ') : undefined;
  const name = cleanText(wholeTexts('fn')[0] ?? fromN, LIMITS.name);
  if (!name) return 'noName';
  const note = wholeTexts('note').join('\n\n').trim();
  return {
    line,
    name,
    emails: texts('email').map((email) => email.trim().replace(/^mailto:/i, '')).filter((email) => email && email.length <= LIMITS.email).slice(0, LIMITS.emails),
    company: cleanText(texts('org')[0], LIMITS.line),
    title: cleanText(wholeTexts('title')[0], LIMITS.line),
    note: note ? capText(note, LIMITS.notes) : undefined,
    urls: [...texts('url'), ...texts('x-socialprofile')].map((url) => url.trim()).filter((url) => url && url.length <= LIMITS.url).slice(0, LIMITS.emails),
  };
}

/** Reads a file of vCards: the cards, and the lines left out with why; or that it holds no card at all. */
export function parseVCards(text: string): CardsFile {
  const cards: CardRow[] = [];
  const problems: CardProblem[] = [];
  let open: { line: number; lines: string[]; guessed?: string } | null = null;
  let seen = false;
  for (const { at, text: line } of logicalLines(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (open) problems.push({ line: open.line, reason: 'unfinishedCard' });
      open = { line: at, lines: [] };
      seen = true;
      continue;
    }
    if (!open) continue; // text between cards: not ours to read
    if (upper === 'END:VCARD') {
      if (open.guessed) problems.push({ line: open.line, reason: 'guessedCharset', charset: open.guessed });
      const read = readCard(open.lines, open.line);
      if (typeof read === 'string') problems.push({ line: open.line, reason: read });
      else cards.push(read);
      open = null;
      continue;
    }
    if (!line.trim()) continue;
    const property = rewrite(line);
    if (!property) {
      problems.push({ line: at, reason: 'badLine' });
      continue;
    }
    if (!READ.has(property.name)) continue;
    open.guessed ??= property.guessed;
    if (property.line.length > LIMITS.notes) {
      problems.push({ line: at, reason: 'tooLong' });
      continue;
    }
    open.lines.push(property.line);
  }
  if (open) problems.push({ line: open.line, reason: 'unfinishedCard' });
  if (!seen) return { ok: false, problem: 'noCard' };
  return { ok: true, cards, problems };
}

/**
 * Reads a vCard file from its bytes, whatever its charset (`vcard-charset.ts`): the cards, and the
 * lines left out or read in part, and the cards read in a charset they did not declare, with why.
 */
export function readVCardFile(bytes: Uint8Array): CardsFile {
  const decoded = decodeVCards(bytes);
  const parsed = parseVCards(decoded.text);
  if (!parsed.ok) return parsed;
  const noted = new Set(parsed.problems.filter((p) => p.reason === 'guessedCharset').map((p) => p.line));
  const guesses = decoded.guessed.filter((g) => !noted.has(g.line)).map((g): CardProblem => ({ line: g.line, reason: 'guessedCharset', charset: g.charset }));
  return { ...parsed, problems: [...parsed.problems, ...guesses].sort((a, b) => a.line - b.line) };
}

/** One contact as a vCard 4.0 (name, emails, organisation, title, notes, profile URLs). */
export function vcardOf(contact: Contact): string {
  const card = new ICAL.Component(['vcard', [], []]);
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('fn', contact.name);
  // N (family; given; …) for the address books that want it: the last word taken as the family name.
  const words = contact.name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  card.addProperty(new ICAL.Property(['n', {}, 'text', [family, words.join(' '), '', '', '']]));
  if (contact.company) card.addProperty(new ICAL.Property(['org', {}, 'text', [contact.company]]));
  if (contact.title) card.addPropertyWithValue('title', contact.title);
  for (const email of contact.emails) card.addPropertyWithValue('email', email);
  for (const profile of contact.profiles) card.addPropertyWithValue('url', profile.url);
  if (contact.notes.trim()) card.addPropertyWithValue('note', contact.notes);
  return card.toString() + '\r\n';
}

/** Many contacts in one file, as address books take them. */
export function vcardsOf(contacts: readonly Contact[]): string {
  return contacts.map(vcardOf).join('');
}
