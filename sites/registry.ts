import type { ProfileRef } from '@/core/profile';
import { SITE_IDS, SITES, type SiteId } from '@/core/sites';
import { detectLinkedInProfile } from './linkedin/detect';
import type { SiteDetector } from './site-adapter';
import { detectViadeoProfile } from './viadeo/detect';
import { detectXingProfile } from './xing/detect';

/**
 * Which addresses are profiles, one detector per site of `core/sites.ts` (the type refuses a site
 * without one). Pure URL work, small: it runs on every page. Reading a page is `sites/readers.ts`.
 */
export const SITE_DETECTORS: Readonly<Record<SiteId, SiteDetector>> = {
  linkedin: detectLinkedInProfile,
  viadeo: detectViadeoProfile,
  xing: detectXingProfile,
};

/**
 * Whether an address's path may be a profile's, by plain string tests: the first look of the
 * script on every page, at each navigation, before `detectProfile` (a URL parsed, regular
 * expressions: ~2 ms on each page load, in the page's fresh isolated world; npm run bench).
 * Never false for a profile: every profile path of `core/sites.ts` holds its last segment
 * ("/in/", "/profile/", …); an escaped path is left to the detectors.
 */
export function mayBeProfilePath(pathname: string): boolean {
  if (pathname.includes('%')) return true;
  for (const site of SITE_IDS) {
    for (const path of SITES[site].profilePaths) if (pathname.includes(path.slice(path.lastIndexOf('/', path.length - 2)))) return true;
  }
  return false;
}

/** The profile a URL shows, or null for any page that is not a profile. */
export function detectProfile(url: string | URL): ProfileRef | null {
  // Parsed once for the three sites' detectors: this runs on every page and every navigation.
  let parsed: URL;
  try {
    parsed = url instanceof URL ? url : new URL(url);
  } catch {
    return null;
  }
  for (const site of SITE_IDS) {
    const ref = SITE_DETECTORS[site](parsed);
    if (ref) return ref;
  }
  return null;
}
