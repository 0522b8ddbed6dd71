import { profileKey, type ProfileRef } from '@/core/profile';
import { pathSegments, siteUrl } from '../url-parts';

// A member-id address, as LinkedIn links people it has no vanity name for (search, messages).
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{6,}$/;

// Paths under /in/ that are LinkedIn pages, not people.
const NOT_A_SLUG = new Set(['', 'me', 'edit', 'unavailable']);

/**
 * Legacy `/pub/name/a7/576/b50` URLs redirect to `/in/name-b50576a7`: the three id parts reversed.
 * Parts other than the first are zero-padded to three characters.
 */
function slugFromLegacyPub(parts: string[]): string | null {
  const [name, a, b, c] = parts;
  if (!name || !a || !b || !c || ![a, b, c].every((p) => /^[0-9a-f]{1,3}$/i.test(p))) return null;
  return `${name}-${c.padStart(3, '0')}${b.padStart(3, '0')}${a}`;
}

/**
 * The LinkedIn profile a URL shows, with its canonical key `linkedin:<slug>`: lower-cased,
 * percent-decoded, whatever the locale subdomain, query, sub-page (`/details/…`, `/overlay/…`,
 * `/recent-activity/…`) or trailing language segment (`/in/slug/fr`).
 *
 * Accepts: `https://www.linkedin.com/in/jane-doe-4a5b6c/`, `https://fr.linkedin.com/in/jane-doe?originalSubdomain=fr`,
 * `https://www.linkedin.com/in/jane-doe/details/experience/`, `https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/`,
 * `https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50`.
 */
export function detectLinkedInProfile(input: string | URL): ProfileRef | null {
  const url = siteUrl(input, 'linkedin');
  if (!url) return null;
  const parts = pathSegments(url);
  let slug: string | null = null;
  if (parts[0] === 'in' && parts[1] !== undefined) slug = parts[1];
  else if (parts[0] === 'pub' && parts.length >= 5) slug = slugFromLegacyPub(parts.slice(1, 5));
  if (slug == null) return null;
  const asWritten = slug.trim();
  slug = asWritten.toLowerCase();
  if (NOT_A_SLUG.has(slug) || /[\s/?#]/.test(slug)) return null;
  return {
    site: 'linkedin',
    key: profileKey('linkedin', slug),
    // A member id (`ACoAAB2xYz9…`) is case-sensitive, unlike a vanity name: its address keeps its case.
    url: `https://www.linkedin.com/in/${encodeURIComponent(MEMBER_ID.test(asWritten) ? asWritten : slug)}/`,
  };
}
