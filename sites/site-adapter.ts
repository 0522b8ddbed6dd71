import type { ProfileIdentity, ProfileRef } from '@/core/profile';

/** What reading a profile page gave. */
export type Extraction =
  | { status: 'profile'; identity: ProfileIdentity; strategy: string }
  /** The URL looked like a profile but the page is not one (sign-in wall, private member). */
  | { status: 'not-profile'; reason: string }
  /** A profile page whose person could not be read: the sidebar offers to add them by hand. */
  | { status: 'unreadable'; tried: string[] };

/** The profile a URL shows, or null when the URL is not a profile page: pure, cheap, every page. */
export type SiteDetector = (url: string | URL) => ProfileRef | null;

/** Reads the person a profile page shows, from its Document. */
export type SiteReader = (doc: Document, ref: ProfileRef) => Extraction;
