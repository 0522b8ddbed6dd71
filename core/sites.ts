/**
 * The sites Maille reads profiles on: the one list. A new site starts here (its id, its name,
 * the pages the content script runs on, its people search); the compiler then asks for its adapter in
 * `sites/registry.ts` and everything else (manifest matches, host checks, the protocol's
 * schemas, the test routes) follows from this list.
 */
export const SITES = {
  linkedin: { label: 'LinkedIn', matches: ['*://*.linkedin.com/*'], profilePaths: ['/in/', '/pub/'], photoHosts: ['https://*.licdn.com'], peopleSearch: 'https://www.linkedin.com/search/results/people/?keywords=' },
  viadeo: { label: 'Viadeo', matches: ['*://*.viadeo.com/*', '*://viadeo.journaldunet.com/*'], profilePaths: ['/profile/', '/p/', '/*/profile/', '/*/p/'], photoHosts: ['https://*.viadeo.com', 'https://viadeo.journaldunet.com'], peopleSearch: 'https://www.viadeo.com/fr/search/?q=' },
  xing: { label: 'XING', matches: ['*://*.xing.com/*'], profilePaths: ['/profile/', '/*/profile/'], photoHosts: ['https://*.xing.com', 'https://*.xingassets.com'], peopleSearch: 'https://www.xing.com/search/members?keywords=' },
} as const satisfies Record<string, {
  label: string;
  matches: readonly `*://${string}/*`[];
  /** Where profiles live (match-pattern paths): the page reader is injected there on a full load. */
  profilePaths: readonly `/${string}/`[];
  /** Where the site serves profile photos: the only hosts extension pages load images from (CSP). */
  photoHosts: readonly `https://${string}`[];
  peopleSearch: `https://${string}=`;
}>;

export type SiteId = keyof typeof SITES;

export const SITE_IDS = Object.keys(SITES) as SiteId[];

// The lists below are /* @__PURE__ */: a script that does not use them (the content script on
// every page) does not compute them either — in a page's fresh isolated world each first use of a
// built-in costs, and the three were ~1.5 ms of every page (npm run bench, nonProfileScript).

/** Every page of every site: the content script's matches (which pages are profiles is decided in code). */
export const SITE_MATCHES: readonly string[] = /* @__PURE__ */ SITE_IDS.flatMap((site) => SITES[site].matches);

/** Every site's photo hosts (the extension pages' img-src). */
export const PHOTO_HOSTS: readonly string[] = /* @__PURE__ */ SITE_IDS.flatMap((site) => SITES[site].photoHosts);

/**
 * The profile addresses of every site: the matches of `on-profiles.js`. A profile reached by an
 * in-app navigation from another page loads it then; these only spare a full load that wait.
 */
export const PROFILE_MATCHES: readonly string[] = /* @__PURE__ */ SITE_IDS.flatMap((site) =>
  SITES[site].matches.flatMap((pattern) => SITES[site].profilePaths.map((path) => `${pattern.slice(0, -2)}${path}*`)),
);

/** Whether a hostname is the site's: `*://*.x/*` covers x and its subdomains, `*://x/*` x alone. */
export function isHostOf(site: SiteId, hostname: string): boolean {
  return SITES[site].matches.some((pattern) => {
    const host = pattern.slice('*://'.length, -'/*'.length);
    if (!host.startsWith('*.')) return hostname === host;
    const domain = host.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  });
}

/** The site a hostname belongs to, if any. */
export function siteOfHost(hostname: string): SiteId | undefined {
  return SITE_IDS.find((site) => isHostOf(site, hostname));
}

/** The site's own people search for a name (opened in a tab by the user; Maille fetches nothing). */
export function peopleSearchUrl(site: SiteId, name: string): string {
  return SITES[site].peopleSearch + encodeURIComponent(name.trim());
}
