import { isHostOf, type SiteId } from '@/core/sites';

/** A URL of the site's pages over http(s), or null for anything else (another site, a bad URL). */
export function siteUrl(input: string | URL, site: SiteId): URL | null {
  let url: URL;
  try {
    url = input instanceof URL ? input : new URL(input);
  } catch {
    return null;
  }
  return /^https?:$/.test(url.protocol) && isHostOf(site, url.hostname) ? url : null;
}

/** The path's segments, percent-decoded (a malformed one kept as it is). */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map(decodeSegment);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
