import { describe, expect, it } from 'vitest';
import { detectLinkedInProfile } from '@/sites/linkedin/detect';
import { PROFILE_MATCHES } from '@/core/sites';
import { detectProfile, mayBeProfilePath, SITE_DETECTORS } from '@/sites/registry';
import { detectViadeoProfile } from '@/sites/viadeo/detect';
import { detectXingProfile } from '@/sites/xing/detect';

/** [url, expected key] for every profile URL form each site has. */
const LINKEDIN: [string, string][] = [
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://linkedin.com/in/Claire-Fontaine-4A5B6C/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://fr.linkedin.com/in/sophie-martin-87b2', 'linkedin:sophie-martin-87b2'],
  ['https://uk.linkedin.com/in/john-smith-82a505?trk=people-guest', 'linkedin:john-smith-82a505'],
  ['https://www.linkedin.com/in/sophie-martin-87b2?originalSubdomain=fr', 'linkedin:sophie-martin-87b2'],
  ['https://www.linkedin.com/in/sophie-martin-87b2/?locale=fr_FR#about', 'linkedin:sophie-martin-87b2'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/details/experience/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/details/skills/?profileUrn=x', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/overlay/contact-info/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/recent-activity/all/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/fr', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/claire-fontaine-4a5b6c/en/', 'linkedin:claire-fontaine-4a5b6c'],
  ['https://www.linkedin.com/in/bruno-carr%C3%A9/', 'linkedin:bruno-carré'],
  ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-l%C3%B3pez', 'linkedin:josé-garcía-lópez'],
  ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/', 'linkedin:王小明'],
  ['https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50', 'linkedin:krzysztof-marzec-b50576a7'],
  ['https://sy.linkedin.com/pub/krzysztof-marzec/a7/576/b50?trk=biz_employee_pub', 'linkedin:krzysztof-marzec-b50576a7'],
  ['https://www.linkedin.com/pub/dan-smith/5/a54/b32', 'linkedin:dan-smith-b32a545'],
  ['http://www.linkedin.com/in/marc-lefebvre', 'linkedin:marc-lefebvre'],
];

const VIADEO: [string, string][] = [
  ['https://fr.viadeo.com/fr/profile/claire.fontaine', 'viadeo:claire.fontaine'],
  ['http://fr.viadeo.com/fr/profile/Claire.Fontaine?ga_from=x', 'viadeo:claire.fontaine'],
  ['https://www.viadeo.com/en/profile/jean.dupont2', 'viadeo:jean.dupont2'],
  ['https://www.viadeo.com/profile/0021xk8mz9q2vbd', 'viadeo:0021xk8mz9q2vbd'],
  ['https://www.viadeo.com/p/0021xk8mz9q2vbd', 'viadeo:0021xk8mz9q2vbd'],
  ['https://www.viadeo.com/p/0021XK8MZ9Q2VBD/', 'viadeo:0021xk8mz9q2vbd'],
  ['https://viadeo.journaldunet.com/p/luc-moreau-1234567', 'viadeo:luc-moreau-1234567'],
  ['https://viadeo.journaldunet.com/p/luc-moreau-1234567?utm_source=x', 'viadeo:luc-moreau-1234567'],
];

const XING: [string, string][] = [
  ['https://www.xing.com/profile/Claire_Fontaine', 'xing:Claire_Fontaine'],
  ['https://www.xing.com/profile/Claire_Fontaine/cv', 'xing:Claire_Fontaine'],
  ['https://www.xing.com/profile/Claire_Fontaine/cv?sc_o=da980_e', 'xing:Claire_Fontaine'],
  ['https://www.xing.com/profile/Jonas_Weber2', 'xing:Jonas_Weber2'],
  ['https://xing.com/profile/Jonas_Weber2/portfolio', 'xing:Jonas_Weber2'],
  ['https://www.xing.com/profile/J%C3%BCrgen_M%C3%BCller3', 'xing:Jürgen_Müller3'],
  ['https://www.xing.com/de/profile/Jonas_Weber2', 'xing:Jonas_Weber2'],
];

/** Pages of the three sites that are not profiles. */
const NOT_PROFILES = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/me/',
  'https://www.linkedin.com/company/lumen-robotics/',
  'https://www.linkedin.com/school/insa-lyon/',
  'https://www.linkedin.com/jobs/view/123456/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/search/results/people/?keywords=claire',
  'https://www.linkedin.com/authwall?trk=bf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fclaire',
  'https://www.linkedin.com/login',
  'https://www.linkedin.com/pub/dir/claire/fontaine',
  'https://www.linkedin.com.evil.example/in/claire-fontaine',
  'https://evil.example/www.linkedin.com/in/claire-fontaine',
  'https://fr.viadeo.com/fr/',
  'https://fr.viadeo.com/fr/company/lumen-robotics',
  'https://viadeo.journaldunet.com/',
  'https://viadeo.journaldunet.com/e/1234/lumen',
  'https://www.viadeo.com/search?q=claire',
  'https://www.xing.com/',
  'https://www.xing.com/profile/',
  'https://www.xing.com/companies/nordwindgmbh',
  'https://www.xing.com/jobs/hamburg-sales-123',
  'https://www.xing.com/news',
  'ftp://www.linkedin.com/in/claire-fontaine',
  'not a url',
];

const TABLES = { linkedin: LINKEDIN, viadeo: VIADEO, xing: XING } as const;
const DETECTORS = { linkedin: detectLinkedInProfile, viadeo: detectViadeoProfile, xing: detectXingProfile } as const;

describe.each(Object.entries(TABLES))('%s profile URLs', (site, table) => {
  const detect = DETECTORS[site as keyof typeof DETECTORS];
  it.each(table)('%s → %s', (url, key) => {
    const ref = detect(url);
    expect(ref?.key).toBe(key);
    expect(ref?.site).toBe(site);
    // The canonical URL names the same profile.
    expect(detect(ref!.url)?.key).toBe(key);
  });

  const others = Object.entries(TABLES).filter(([other]) => other !== site).flatMap(([, rows]) => rows.map(([url]) => url));
  it.each(others)(`rejects another site's URL: %s`, (url) => {
    expect(detect(url)).toBeNull();
  });
});

describe('the first look on every page (mayBeProfilePath): never false for a profile', () => {
  const escaped = ['https://www.linkedin.com/%69n/claire-fontaine-4a5b6c/', 'https://www.xing.com/%70rofile/Claire_Fontaine'];
  it.each([...LINKEDIN, ...VIADEO, ...XING].map(([url]) => url).concat(escaped))('%s', (url) => {
    expect(detectProfile(url)).not.toBeNull();
    expect(mayBeProfilePath(new URL(url).pathname)).toBe(true);
  });
  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/lumen-robotics/', 'https://www.xing.com/jobs'])('and false on %s', (url) => {
    expect(mayBeProfilePath(new URL(url).pathname)).toBe(false);
  });
});

describe('a member-id address', () => {
  it('keys like any address, and keeps its case in the link (LinkedIn reads member ids case-sensitively)', () => {
    expect(detectLinkedInProfile('https://www.linkedin.com/in/ACoAAB2xYz9kLm/details/experience/')).toEqual({
      site: 'linkedin',
      key: 'linkedin:acoaab2xyz9klm',
      url: 'https://www.linkedin.com/in/ACoAAB2xYz9kLm/',
    });
    expect(detectLinkedInProfile('https://www.linkedin.com/in/Jane-Doe/')?.url).toBe('https://www.linkedin.com/in/jane-doe/');
  });
});

describe('pages that are not profiles', () => {
  it.each(NOT_PROFILES)('%s', (url) => {
    expect(detectProfile(url)).toBeNull();
    for (const detect of Object.values(SITE_DETECTORS)) expect(detect(url)).toBeNull();
  });
});

/** Chrome's match-pattern rule for `<scheme>://<host>/<path>` patterns (scheme `*` = http or https). */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostOk = host!.startsWith('*.') ? u.hostname === host!.slice(2) || u.hostname.endsWith(host!.slice(1)) : u.hostname === host;
  const pathRe = new RegExp(`^${path!.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && pathRe.test(u.pathname + u.search);
}

describe('the page reader is injected with the page on every profile address (PROFILE_MATCHES)', () => {
  it.each(Object.values(TABLES).flat().map(([url]) => url))('%s', (url) => {
    expect(PROFILE_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(true);
  });

  it('and on none of the pages that are not profiles, but for URLs a detector turns down', () => {
    const matched = NOT_PROFILES.filter((url) => PROFILE_MATCHES.some((pattern) => matchesPattern(pattern, url)));
    // Allowed: a profile-shaped path the detector refuses (cheap to read, then nothing shown).
    for (const url of matched) expect(new URL(url).pathname).toMatch(/^\/(in|pub|profile|p|[a-z]{2}\/(profile|p))\//);
    expect(matched.length).toBeLessThan(NOT_PROFILES.length / 2);
  });
});
