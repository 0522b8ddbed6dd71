/** Longest text Maille keeps from a host page field. */
export const MAX_FIELD_LENGTH = 200;

/**
 * Host page text made safe to store and show as text: control characters dropped, white space
 * collapsed, trimmed, capped. Returns undefined for an empty result.
 */
export function cleanText(raw: string | null | undefined, max = MAX_FIELD_LENGTH): string | undefined {
  if (raw == null) return undefined;
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
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
