import type { SiteId } from '@/core/sites';
import { extractLinkedIn } from './linkedin/extract';
import type { SiteReader } from './site-adapter';
import { extractViadeo } from './viadeo/extract';
import { extractXing } from './xing/extract';

/**
 * How each site's profile page is read, one reader per site of `core/sites.ts`. The bulk of the
 * site code: it is loaded only on profile pages (`on-profiles.js`, entrypoints/on-profiles.ts).
 */
export const SITE_READERS: Readonly<Record<SiteId, SiteReader>> = {
  linkedin: extractLinkedIn,
  viadeo: extractViadeo,
  xing: extractXing,
};
