/**
 * Text files as people's computers write them: UTF-8 with or without a byte-order mark, UTF-16
 * in either byte order with or without one (Windows' "Unicode"), or an 8-bit code page with no
 * word of which (Windows' "ANSI": windows-1252 in Western Europe). Decoded with the browser's own
 * `TextDecoder`, which knows every charset label of the Encoding Standard.
 */

export type Utf16 = 'utf-16le' | 'utf-16be';

/** What a file without a declared charset is read as when it is not valid UTF-8. */
export const FALLBACK_CHARSET = 'windows-1252';

/**
 * UTF-16 by its byte-order mark, or — without one — by its zero bytes: text whose characters are
 * mostly ASCII, as a vCard's or a CSV's property names and punctuation are, has a zero in every
 * other byte, on the high side of each 16-bit unit.
 */
export function utf16Of(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = sample / 2;
  if (oddZeros > units * 0.4 && evenZeros < units * 0.05) return 'utf-16le';
  if (evenZeros > units * 0.4 && oddZeros < units * 0.05) return 'utf-16be';
  return undefined;
}

/** The bytes as UTF-8 text (a byte-order mark dropped), or undefined when they are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether the bytes are valid UTF-8 (ASCII is). */
export function isUtf8(bytes: Uint8Array): boolean {
  return utf8Text(bytes) !== undefined;
}

/** Whether every byte is ASCII: then every charset this file may be in reads it the same. */
export function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

/** A charset label the browser knows, in its canonical name ("ISO-8859-1" → "windows-1252"), or undefined. */
export function knownCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Bytes in a charset the browser knows (see {@link knownCharset}); a byte it cannot map becomes U+FFFD. */
export function decodeIn(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

/**
 * Bytes in no declared charset: UTF-8 when they are valid UTF-8, else windows-1252 (`guessed`: a
 * guess the import's summary says, since another 8-bit code page would read otherwise).
 */
export function decodeUndeclared(bytes: Uint8Array): { text: string; charset: string; guessed: boolean } {
  if (isUtf8(bytes)) return { text: decodeIn(bytes, 'utf-8'), charset: 'utf-8', guessed: false };
  return { text: decodeIn(bytes, FALLBACK_CHARSET), charset: FALLBACK_CHARSET, guessed: true };
}

/**
 * A whole text file: UTF-16 (by its mark or its zero bytes), UTF-8 (the mark dropped), else
 * windows-1252 when it is not valid UTF-8 — `guessed` then.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; charset: string; guessed: boolean } {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: decodeIn(bytes, utf16), charset: utf16, guessed: false };
  return decodeUndeclared(bytes);
}

/** A charset's name as people know it: "UTF-8", "Windows-1252", "Shift_JIS". */
export function charsetLabel(charset: string): string {
  const names: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', shift_jis: 'Shift_JIS', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };
  return names[charset] ?? charset.toUpperCase();
}
