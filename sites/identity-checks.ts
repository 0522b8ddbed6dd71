import { nameFromSlug, nameMatchesSlug } from '@/core/text';

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
 * a schema.org Person, or a name that shares a word with the slug. (Public profiles carry a hidden
 * sign-in form of their own; a wall's heading may look like a name to an opaque slug.)
 */
export function isSignInWall(hasSignInForm: boolean, found: readonly [string, string] | undefined, slug: string): boolean {
  if (!hasSignInForm) return false;
  return !found || (found[0] !== 'json-ld' && !nameMatchesSlug(found[1], slug));
}
