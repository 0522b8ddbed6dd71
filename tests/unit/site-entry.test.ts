// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsCsv } from '@/core/csv-export';
import { PHOTO_HOSTS, PROFILE_MATCHES, SITE_IDS, SITE_MATCHES, SITES } from '@/core/sites';
import { setLanguage, siteList } from '@/i18n';
import { de } from '@/i18n/de';
import { en } from '@/i18n/en';
import { fr } from '@/i18n/fr';
import { SITE_DETECTORS } from '@/sites/registry';
import { SITE_READERS } from '@/sites/readers';

const ROOT = join(import.meta.dirname, '..', '..');
const PRODUCT = ['core', 'sites', 'storage', 'components', 'entrypoints', 'messaging', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may name the sites; code that lists them is a second list). */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** Adding a site is: an entry in core/sites.ts, a folder in sites/, fixture pages. This is what each must provide. */
describe.each(SITE_IDS)('the site %s provides', (site) => {
  it('its entry: a label, the pages the content script runs on, where profiles live, its photo hosts, its people search', () => {
    const entry = SITES[site];
    expect(entry.label).toMatch(/\S/);
    expect(entry.matches.length).toBeGreaterThan(0);
    expect(entry.profilePaths.length).toBeGreaterThan(0);
    expect(entry.photoHosts.length).toBeGreaterThan(0);
    expect(entry.peopleSearch).toMatch(/^https:\/\/.+=$/);
  });

  it('its folder: detect.ts, selectors.ts, extract.ts, registered as its detector and its reader', () => {
    for (const file of ['detect.ts', 'selectors.ts', 'extract.ts']) expect(existsSync(join(ROOT, 'sites', site, file)), `sites/${site}/${file}`).toBe(true);
    expect(typeof SITE_DETECTORS[site]).toBe('function');
    expect(typeof SITE_READERS[site]).toBe('function');
  });

  it('fixture pages of its own', () => {
    expect(readdirSync(join(ROOT, 'tests', 'fixtures', site)).filter((name) => name.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it('and everything else follows from the entry: matches, photo hosts, the CSV column, the import help', () => {
    for (const pattern of SITES[site].matches) expect(SITE_MATCHES).toContain(pattern);
    for (const host of SITES[site].photoHosts) expect(PHOTO_HOSTS).toContain(host);
    for (const path of SITES[site].profilePaths) expect(PROFILE_MATCHES.some((match) => match.endsWith(`${path}*`))).toBe(true);
    expect(contactsCsv([]).split('\r\n')[0]!.split(',')).toContain(SITES[site].label);
    for (const language of ['en', 'fr', 'de'] as const) {
      setLanguage(language);
      expect(siteList()).toContain(SITES[site].label);
    }
    setLanguage('en');
  });
});

describe('no second list of the sites', () => {
  it('no product file outside core/sites.ts and its own site folder names two sites in its code', () => {
    const offenders: string[] = [];
    for (const file of PRODUCT.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const path = relative(ROOT, file).replaceAll('\\', '/');
      if (path === 'core/sites.ts') continue;
      const code = withoutComments(readFileSync(file, 'utf8'));
      const named = SITE_IDS.filter((site) => new RegExp(`['"\`](${site}|${SITES[site].label})\\b`, 'i').test(code));
      if (named.length > 1) offenders.push(`${path}: ${named.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('no message names two sites: it says {sites}, filled from the list', () => {
    for (const catalog of [en, fr, de]) {
      for (const [key, text] of Object.entries(catalog)) {
        const named = SITE_IDS.filter((site) => new RegExp(`\\b${SITES[site].label}\\b`).test(text));
        expect(named.length, `${key}: ${text}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the checks can fail: a hand-written column list is caught', () => {
    const code = withoutComments("const COLUMNS = ['Name', 'LinkedIn', 'Viadeo', 'XING']; // LinkedIn, Viadeo");
    expect(SITE_IDS.filter((site) => new RegExp(`['"\`](${site}|${SITES[site].label})\\b`, 'i').test(code))).toEqual(['linkedin', 'viadeo', 'xing']);
  });
});
