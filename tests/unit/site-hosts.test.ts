import { describe, expect, it } from 'vitest';
import { SITE_IDS, SITE_MATCHES, SITES, siteOfHost } from '@/core/sites';
import { SITE_READERS } from '@/sites/readers';
import { SITE_DETECTORS } from '@/sites/registry';

describe('the one list of sites', () => {
  it.each([
    ['linkedin.com', 'linkedin'],
    ['www.linkedin.com', 'linkedin'],
    ['fr.linkedin.com', 'linkedin'],
    ['viadeo.com', 'viadeo'],
    ['fr.viadeo.com', 'viadeo'],
    ['viadeo.journaldunet.com', 'viadeo'],
    ['www.xing.com', 'xing'],
    // Look-alikes and neighbours are nobody's.
    ['linkedin.com.example.org', undefined],
    ['notlinkedin.com', undefined],
    ['journaldunet.com', undefined],
    ['www.journaldunet.com', undefined],
    ['other.viadeo.journaldunet.com', undefined],
    ['xing.de', undefined],
  ])('%s belongs to %s', (host, site) => expect(siteOfHost(host)).toBe(site));

  it('gives the manifest every site, and every site a detector, a reader and a label', () => {
    expect(SITE_MATCHES).toEqual(['*://*.linkedin.com/*', '*://*.viadeo.com/*', '*://viadeo.journaldunet.com/*', '*://*.xing.com/*']);
    expect(Object.keys(SITE_DETECTORS).sort()).toEqual([...SITE_IDS].sort());
    expect(Object.keys(SITE_READERS).sort()).toEqual([...SITE_IDS].sort());
    for (const site of SITE_IDS) expect(SITES[site].label).toBeTruthy();
  });
});
