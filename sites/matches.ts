/** Every page of the three sites: the content script decides in code which are profiles. */
export const SITE_MATCHES = [
  '*://*.linkedin.com/*',
  '*://*.viadeo.com/*',
  '*://viadeo.journaldunet.com/*',
  '*://*.xing.com/*',
] as const;
