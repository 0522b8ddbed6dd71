import type { ProfileRef } from '@/core/profile';
import { SITE_IDS, type SiteId } from '@/core/sites';
import { detectLinkedInProfile } from './linkedin/detect';
import { extractLinkedIn } from './linkedin/extract';
import type { SiteAdapter } from './site-adapter';
import { detectViadeoProfile } from './viadeo/detect';
import { extractViadeo } from './viadeo/extract';
import { detectXingProfile } from './xing/detect';
import { extractXing } from './xing/extract';

/** One adapter per site of `core/sites.ts`: the type refuses a site without one. */
export const SITE_ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  linkedin: { detect: detectLinkedInProfile, extract: extractLinkedIn },
  viadeo: { detect: detectViadeoProfile, extract: extractViadeo },
  xing: { detect: detectXingProfile, extract: extractXing },
};

/** The adapter and profile a URL shows, or null for any page that is not a profile. */
export function detectProfile(url: string | URL): { adapter: SiteAdapter; ref: ProfileRef } | null {
  for (const site of SITE_IDS) {
    const adapter = SITE_ADAPTERS[site];
    const ref = adapter.detect(url);
    if (ref) return { adapter, ref };
  }
  return null;
}
