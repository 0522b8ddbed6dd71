import { nameFromSlug, nameKey, nameMatchesSlug, nameTokens } from '@/core/text';

/**
 * Whether a name read from the page can belong to the profile the URL names. A slug made of a
 * first and last name must share a word with it; an opaque slug (`jd1984`) cannot say, so any
 * name passes. Used to discard stale text left by the previous profile after SPA navigation.
 */
export function nameAgreesWithSlug(name: string, slug: string): boolean {
  if (nameFromSlug(slug).split(' ').length < 2) return true;
  return nameMatchesSlug(name, slug);
}

/**
 * A page at a profile URL that shows a sign-in form is a wall, unless the person is plainly there:
 * a schema.org Person of the name found (`personName`, whichever layer found it first), or a
 * name that shares a word with the slug. (Public profiles carry a hidden sign-in form of their
 * own; a wall's heading may look like a name to an opaque slug.)
 */
export function isSignInWall(hasSignInForm: boolean, found: readonly [string, string] | undefined, slug: string, personName?: string): boolean {
  if (!hasSignInForm) return false;
  if (!found) return true;
  const person = personName && nameKey(personName);
  return found[0] !== 'json-ld' && !nameMatchesSlug(found[1], slug) && !(person && nameKey(found[1]) === person);
}

/**
 * The name in a page title's leading part, which may carry more than the name: "Claire Fontaine
 * Lumen Robotics", "Claire FONTAINE, Responsable…", "Profil de Claire Fontaine". The page's own
 * heading wins when the title holds it; else, when the slug names the person, the shortest run of
 * the title's words holding the slug's name words (at least two); else the title part as it is
 * (an opaque slug cannot say more). Undefined when the title holds too few of the slug's words.
 */
export function nameInTitle(titlePart: string, slug: string, heading: string | undefined): string | undefined {
  if (heading && nameAgreesWithSlug(heading, slug) && ` ${nameKey(titlePart)} `.includes(` ${nameKey(heading)} `)) return heading;
  const wanted = new Set(nameTokens(nameFromSlug(slug)));
  if (wanted.size < 2) return titlePart;
  const words = titlePart.split(/\s+/).filter(Boolean);
  const tokensOf = words.map((word) => nameTokens(word).filter((token) => wanted.has(token)));
  const present = new Set(tokensOf.flat());
  if (present.size < 2) return undefined;
  // From the first of the slug's words to where all of them present have been seen: the words
  // between are the name too (a middle name, a particle); what follows is not.
  const start = tokensOf.findIndex((tokens) => tokens.length > 0);
  const seen = new Set<string>();
  let end = start;
  for (; end < words.length && seen.size < present.size; end++) tokensOf[end]!.forEach((token) => seen.add(token));
  return words.slice(start, end).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '') || undefined;
}
