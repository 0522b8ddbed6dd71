import { decodeIn, FALLBACK_CHARSET, isAscii, isUtf8, knownCharset, utf16Of, utf8Text } from './charset';

/**
 * A vCard file's bytes as text, charset by charset. vCard 2.1 names the charset of each value
 * (`N;CHARSET=windows-1252:Doë;Jean`), phones and old address books write 8-bit bytes with no
 * word of their charset, Windows writes UTF-16 with or without a byte-order mark, and 3.0 and 4.0
 * are UTF-8. Each logical line (folded lines joined first: a writer may fold inside a multi-byte
 * character) is decoded in the charset it declares; a card's undeclared 8-bit lines as UTF-8 when
 * they all are valid UTF-8, else as windows-1252 — a guess, which `guessed` reports by card.
 * Quoted-printable values are ASCII here; `vcard.ts` decodes them in their charset.
 */

export interface DecodedVCards {
  /** The text, line for line as the file's lines (a line folded into the one before becomes " "). */
  text: string;
  /** Cards (by the line of `BEGIN:VCARD`) whose 8-bit text declared no charset, and what it was read as. */
  guessed: { line: number; charset: string }[];
}

interface LogicalLine {
  /** The file's line (1-based) where it starts. */
  at: number;
  /** How many of the file's lines it spans. */
  span: number;
  bytes: Uint8Array;
  /** The charset it declares and the browser knows, if any. */
  charset?: string;
}

const CR = 0x0d;
const LF = 0x0a;

/** The file's lines as bytes: CRLF, LF and CR all end one (files mix them). */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== CR && bytes[i] !== LF) continue;
    lines.push(bytes.subarray(start, i));
    if (bytes[i] === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** The property's name and parameters (ASCII by the format), up to the first colon. */
function headOf(bytes: Uint8Array): string {
  const colon = bytes.indexOf(0x3a);
  return String.fromCharCode(...bytes.subarray(0, colon < 0 ? Math.min(bytes.length, 200) : Math.min(colon, 200)));
}

function logicalLines(bytes: Uint8Array): LogicalLine[] {
  const lines: (LogicalLine & { parts: Uint8Array[] })[] = [];
  physicalLines(bytes).forEach((line, index) => {
    const last = lines.at(-1);
    // A folded line goes on the one before, without its leading space or tab (joined once at the
    // end: a 2.1 photo folds into hundreds of lines).
    if (last && (line[0] === 0x20 || line[0] === 0x09)) {
      last.parts.push(line.subarray(1));
      last.span++;
      return;
    }
    const declared = /;CHARSET=([^;:]+)/i.exec(headOf(line))?.[1];
    lines.push({ at: index + 1, span: 1, bytes: line, parts: [line], charset: declared && knownCharset(declared.replace(/^"|"$/g, '')) });
  });
  return lines.map(({ parts, ...line }) => ({ ...line, bytes: concat(parts) }));
}

const asciiText = (bytes: Uint8Array) => new TextDecoder('ascii').decode(bytes);

/** Decodes a vCard file; see the module's comment. */
export function decodeVCards(bytes: Uint8Array): DecodedVCards {
  const utf16 = utf16Of(bytes);
  // Unicode through and through: the charset a line declares was the writer's habit, not its bytes.
  if (utf16) return { text: decodeIn(bytes, utf16), guessed: [] };
  // The common case, read whole (twice as fast at 30,000 cards): a UTF-8 file of 3.0 or 4.0 cards
  // that names no other charset.
  const utf8 = utf8Text(bytes);
  if (utf8 !== undefined && !/;CHARSET=(?!"?utf-8[";:])/i.test(utf8) && !/^VERSION:\s*2\.1/im.test(utf8)) return { text: utf8, guessed: [] };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const lines = logicalLines(bom ? bytes.subarray(3) : bytes);
  const guessed: DecodedVCards['guessed'] = [];
  const out: string[] = [];
  let card: LogicalLine[] = [];
  const flush = () => {
    const undeclared = card.filter((line) => !line.charset && !isAscii(line.bytes));
    const begin = card[0] && /^BEGIN:VCARD$/i.test(asciiText(card[0].bytes).trim()) ? card[0] : undefined;
    // A file marked as UTF-8, or a card whose 8-bit text all reads as UTF-8: UTF-8, said only
    // of a 2.1 card (whose default is ASCII; 3.0 and 4.0 are UTF-8 by definition).
    const charset = bom || undeclared.every((line) => isUtf8(line.bytes)) ? 'utf-8' : FALLBACK_CHARSET;
    const v21 = card.some((line) => /^VERSION:\s*2\.1\s*$/i.test(asciiText(line.bytes)));
    if (begin && undeclared.length && !bom && (charset !== 'utf-8' || v21)) guessed.push({ line: begin.at, charset });
    for (const line of card) {
      const text = isAscii(line.bytes) ? asciiText(line.bytes) : decodeIn(line.bytes, line.charset ?? charset);
      out.push(text, ...Array<string>(line.span - 1).fill(' '));
    }
    card = [];
  };
  for (const line of lines) {
    const marker = isAscii(line.bytes) ? asciiText(line.bytes).trim().toUpperCase() : '';
    if (marker === 'BEGIN:VCARD') flush();
    card.push(line);
    if (marker === 'END:VCARD') flush();
  }
  flush();
  return { text: out.join('\n'), guessed };
}
