/** The sites Maille reads profiles on. */
export const SITES = ['linkedin', 'viadeo', 'xing'] as const;
export type SiteId = (typeof SITES)[number];

export const SITE_LABELS: Record<SiteId, string> = {
  linkedin: 'LinkedIn',
  viadeo: 'Viadeo',
  xing: 'XING',
};

/** A profile page identified by its URL alone: `key` is canonical (see DESIGN.md "Profile keys"). */
export interface ProfileRef {
  site: SiteId;
  /** `linkedin:<slug>`, `viadeo:<id>` or `xing:<Name_Name2>`. */
  key: string;
  /** The canonical URL of the profile's main page. */
  url: string;
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
}
