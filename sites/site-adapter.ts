import type { ProfileIdentity, ProfileRef } from '@/core/profile';

/** What reading a profile page gave. */
export type Extraction =
  | { status: 'profile'; identity: ProfileIdentity; strategy: string }
  /** The URL looked like a profile but the page is not one (sign-in wall, private member). */
  | { status: 'not-profile'; reason: string }
  /** A profile page whose person could not be read: the sidebar offers to add them by hand. */
  | { status: 'unreadable'; tried: string[] };

/** One site's knowledge: pure URL detection and extraction from a Document. */
export interface SiteAdapter {
  /** The profile a URL shows, or null when the URL is not a profile page. */
  detect(url: string | URL): ProfileRef | null;
  extract(doc: Document, ref: ProfileRef): Extraction;
}
