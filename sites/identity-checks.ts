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
