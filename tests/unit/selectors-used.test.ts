import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteId } from '@/core/sites';
import { linkedInSelectors } from '@/sites/linkedin/selectors';
import { viadeoSelectors } from '@/sites/viadeo/selectors';
import { xingSelectors } from '@/sites/xing/selectors';
import { FIXTURES_DIR, fixtureDocument } from './fixture-doc';

const SELECTORS: Record<SiteId, unknown> = { linkedin: linkedInSelectors, viadeo: viadeoSelectors, xing: xingSelectors };

/** Every selector string of a site's selector module, a comma list split into its selectors. */
function selectorsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return value.split(/,(?![^[]*\])/).map((s) => [path, s.trim()]);
  if (Array.isArray(value)) return value.flatMap((v) => selectorsOf(v, path));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => selectorsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * A selector that matches no fixture page is one no test exercises: either it is dead, or the
 * page it was written for is missing from tests/fixtures/<site>/ (then add the page).
 */
describe.each(Object.keys(SELECTORS) as SiteId[])('every %s selector matches at least one fixture page', (site) => {
  const pages = readdirSync(join(FIXTURES_DIR, site)).filter((f) => f.endsWith('.html'));
  const docs = pages.map((page) => [page, fixtureDocument(`${site}/${page}`, `https://www.example.com/${page}`)] as const);
  it.each(selectorsOf(SELECTORS[site], ''))('%s: %s', (_path, selector) => {
    const matching = docs.filter(([, doc]) => doc.querySelector(selector)).map(([page]) => page);
    expect(matching, `no page of tests/fixtures/${site}/ has ${selector}`).not.toEqual([]);
  });
});
