import type { ProfileRef } from '@/core/profile';
import { detectLinkedInProfile, isLinkedInHost } from './linkedin/detect';
import { extractLinkedIn } from './linkedin/extract';
import type { SiteAdapter } from './types';
import { detectViadeoProfile, isViadeoHost } from './viadeo/detect';
import { extractViadeo } from './viadeo/extract';
import { detectXingProfile, isXingHost } from './xing/detect';
import { extractXing } from './xing/extract';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  { site: 'linkedin', isSiteHost: isLinkedInHost, detect: detectLinkedInProfile, extract: extractLinkedIn },
  { site: 'viadeo', isSiteHost: isViadeoHost, detect: detectViadeoProfile, extract: extractViadeo },
  { site: 'xing', isSiteHost: isXingHost, detect: detectXingProfile, extract: extractXing },
];

/** The adapter and profile a URL shows, or null for any page that is not a profile. */
export function detectProfile(url: string | URL): { adapter: SiteAdapter; ref: ProfileRef } | null {
  for (const adapter of SITE_ADAPTERS) {
    const ref = adapter.detect(url);
    if (ref) return { adapter, ref };
  }
  return null;
}
