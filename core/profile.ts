import { SITES, type SiteId } from './sites';

/**
 * A profile page identified by its URL alone, and the reference a contact keeps to it. The key is
 * canonical, `<site>:<slug>`: every URL of the same person's page (locale subdomain, sub-page,
 * query, legacy form) gives the same key, so the key finds the contact (docs/ARCHITECTURE.md).
 */
export interface ProfileRef {
  site: SiteId;
  /** `linkedin:<slug>`, `viadeo:<id>` or `xing:<Name_Name2>`. */
  key: string;
  /** The canonical URL of the profile's main page. */
  url: string;
}

/** The key of a site's profile from its slug. */
export function profileKey(site: SiteId, slug: string): string {
  return `${site}:${slug}`;
}

/** The slug part of a profile's key (`linkedin:jane-doe` → `jane-doe`). */
export function profileSlug(ref: Pick<ProfileRef, 'site' | 'key'>): string {
  return ref.key.slice(ref.site.length + 1);
}

/** What a profile page says about the person: untrusted host-page text, cleaned and capped. */
export interface ProfileIdentity {
  name: string;
  headline?: string;
  company?: string;
  title?: string;
  location?: string;
  photoUrl?: string;
}

/** A profile page as read by the content script. */
export interface ProfileSnapshot extends ProfileRef {
  identity: ProfileIdentity;
  /** The key of the page's canonical address when it names another key of the same site. */
  alsoKey?: string;
}

/** Where a profile's address points on its site, to tell two addresses apart: "/in/jane-doe". */
export function profilePath(ref: Pick<ProfileRef, 'url'>): string {
  try {
    return decodeURIComponent(new URL(ref.url).pathname).replace(/\/$/, '');
  } catch {
    return ref.url;
  }
}

/**
 * A profile's name in a list of a person's profiles: the site ("LinkedIn"), and its address too
 * when the person has another on that site (a vanity and a member-id address, two Viadeo ones).
 */
export function profileLabel(ref: Pick<ProfileRef, 'site' | 'url'>, all: readonly Pick<ProfileRef, 'site'>[]): string {
  const label = SITES[ref.site].label;
  return all.filter((p) => p.site === ref.site).length > 1 ? `${label} ${profilePath(ref)}` : label;
}
