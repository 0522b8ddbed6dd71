import { LIMITS } from './limits';

// Bidirectional controls (marks, embeddings, overrides, isolates): one field must never reorder
// the text around it, so none is kept.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A zero-width joiner is text only inside an emoji sequence (👩🏽‍💻), a non-joiner only between
// letters (Persian); elsewhere they, and the other invisible characters, are dropped.
const STRAY_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const STRAY_NON_JOINER = /(?<!\p{L})\u200c|\u200c(?!\p{L})/gu;
const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;
// Control characters and line separators stand between words: they become spaces.
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;

// Made on first use: creating a segmenter loads break data (milliseconds), which the content
// script would otherwise pay on every page of three sites, profile or not.
let segmenter: Intl.Segmenter | undefined;
const graphemes = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/**
 * `text` cut to at most `max` UTF-16 code units at a grapheme boundary (never inside an emoji or
 * an accented letter), ending with "…" when it was cut.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { segment } of graphemes().segment(text)) {
    if (end + segment.length > max - 1) break;
    end += segment.length;
  }
  return text.slice(0, end).trimEnd() + '…';
}

/** The first user-perceived character of a text (an avatar's letter): a whole emoji, never half. */
export function firstGrapheme(text: string): string {
  const trimmed = text.trim();
  // Two code units below U+0300 (where combining marks begin; joiners, selectors and emoji are
  // higher): the first is a whole character. Most names are; the segmenter costs ~40x more, and
  // a list renders an avatar per row (a first sync's popup: ~20 ms of a render).
  if (trimmed.charCodeAt(0) < 0x300 && !(trimmed.charCodeAt(1) >= 0x300)) return trimmed.charAt(0);
  for (const { segment } of graphemes().segment(trimmed)) return segment;
  return '';
}

/**
 * Host page or imported text made safe to store and show as one line: bidirectional controls and
 * invisible characters removed, control characters and runs of white space made one space,
 * trimmed, capped at a grapheme boundary. Returns undefined for an empty result.
 */
export function cleanText(raw: string | null | undefined, max: number = LIMITS.line): string | undefined {
  if (raw == null) return undefined;
  const text = raw
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(STRAY_NON_JOINER, '')
    .replace(SEPARATORS, ' ')
    .trim();
  return text ? capText(text, max) : undefined;
}

/** A name folded for matching across sites: no accents, no case, letters and digits only. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The word tokens of a name or slug, folded as {@link nameKey}. */
export function nameTokens(text: string): string[] {
  return nameKey(text).split(' ').filter(Boolean);
}

/**
 * A readable guess at a person's name from a URL slug, for pre-filling a form:
 * `jane-doe-4a5b6c` → `Jane Doe`, `jean.dupont` → `Jean Dupont`, `Jane_Doe2` → `Jane Doe`.
 */
export function nameFromSlug(slug: string): string {
  return slug
    .split(/[-._\s]+/)
    .map((part) => {
      const letters = part.replace(/\d+$/, '');
      // "Weber2" (XING numbering) keeps its name; "jd1984" is a handle, not a name.
      return letters !== part && letters.length < 3 ? '' : letters;
    })
    .filter((part) => part && !/\d/.test(part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** Whether a name shares a word with a slug: proof that the page shows the person the URL names. */
export function nameMatchesSlug(name: string, slug: string): boolean {
  const slugTokens = new Set(nameTokens(slug.replace(/[_.]/g, ' ').replace(/\d+/g, ' ')));
  return nameTokens(name).some((token) => token.length > 1 && slugTokens.has(token));
}

/**
 * An email address as Maille accepts it: something@somewhere.tld, one address — no spaces, and
 * none of the characters that separate or quote addresses (so a `mailto:` holds one recipient).
 */
export const EMAIL_PATTERN = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

/** Email addresses trimmed, lower-cased, without duplicates or non-addresses, capped in count. */
export function normaliseEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => EMAIL_PATTERN.test(e)))].slice(0, LIMITS.emails);
}

/** Tags trimmed, without duplicates (ignoring case), capped in count and length. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = cleanText(raw, LIMITS.tag);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  return result.slice(0, LIMITS.tags);
}
