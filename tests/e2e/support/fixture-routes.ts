import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { siteOfHost } from '../../../core/sites';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * Which fixture page answers which real URL. Nothing ever reaches the real sites: every http(s)
 * request of the browser is answered here or refused.
 */
export const FIXTURE_ROUTES: readonly [RegExp, string][] = [
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/claire-fontaine-4a5b6c\/details\//i, 'linkedin/details-experience.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/claire-fontaine-4a5b6c(\/(overlay\/contact-info\/?|fr\/?|en\/?)?)?(\?.*)?$/i, 'linkedin/signed-in-2024.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/marc-lefebvre\/?(\?.*)?$/i, 'linkedin/hashed-2026.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/nadia-benali-b12\/?(\?.*)?$/i, 'linkedin/hashed-2026-h2.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/sophie-martin-87b2\/?(\?.*)?$/i, 'linkedin/logged-out-jsonld.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/pub\/krzysztof-marzec\/a7\/576\/b50\/?(\?.*)?$/i, 'linkedin/legacy-pub.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/(alice-bernard|bruno-carr%C3%A9)\/?$/i, 'linkedin/spa.html'],
  // The same app entered on a page that is not a profile: the page reader comes by import.
  [/^https:\/\/[a-z]+\.linkedin\.com\/mynetwork\/?$/, 'linkedin/spa.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/eve-hacker\/?$/, 'linkedin/html-name.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/hostile-fields\/?$/, 'linkedin/hostile-fields.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/someone-unknown\/?$/, 'linkedin/unreadable.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/yusuf-ozturk\/?$/, 'linkedin/bidi-name.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/ada-lovelace\/?$/, 'linkedin/emoji-name.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/zed-w\/?$/, 'linkedin/long-name.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/lucie-tardif\/?$/, 'linkedin/slow-render.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/walled-person\/?$/, 'linkedin/sign-in-wall.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/authwall/, 'linkedin/sign-in-wall.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/ACoAABcdEfGh\/?$/, 'linkedin/private-member.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/ACoAAClaire42\/?$/, 'linkedin/member-id-url.html'],
  // The real world's shapes (issue 20): sub-pages whose address says nothing of the name, a public
  // page with escaped JSON-LD and the person under two addresses, a 2009 title.
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/jd1984\/details\//, 'linkedin/details-skills-opaque.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/jpdupont\/details\//, 'linkedin/details-experience-fr.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/(ar-4821|ACoAAB2xYz9kLm)\/?(\?.*)?$/, 'linkedin/public-graph-2025.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/in\/hbastide\/?$/, 'linkedin/old-title-2009.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/feed\/?$/, 'linkedin/feed.html'],
  [/^https:\/\/[a-z]+\.linkedin\.com\/company\/lumen-robotics\/?$/, 'linkedin/company.html'],
  [/^https:\/\/fr\.viadeo\.com\/fr\/profile\/claire\.fontaine/i, 'viadeo/gen1-profile.html'],
  [/^https:\/\/www\.viadeo\.com\/p\/0021xk8mz9q2vbd/i, 'viadeo/gen2-p.html'],
  [/^https:\/\/fr\.viadeo\.com\/fr\/profile\/claire\.fontaine\.lyon/i, 'viadeo/title-glued.html'],
  [/^https:\/\/viadeo\.journaldunet\.com\/p\/luc-moreau-1234567/i, 'viadeo/gen3-journaldunet.html'],
  [/^https:\/\/fr\.viadeo\.com\/fr\/profile\/luc\.moreau\/?$/i, 'viadeo/gen1-luc-moreau.html'],
  [/^https:\/\/fr\.viadeo\.com\/fr\/?$/, 'viadeo/home.html'],
  [/^https:\/\/www\.xing\.com\/profile\/Claire_Fontaine(\/cv)?\/?(\?.*)?$/, 'xing/profile.html'],
  [/^https:\/\/www\.xing\.com\/profile\/Jonas_Weber2\/?(\?.*)?$/, 'xing/profile-numbered.html'],
  [/^https:\/\/www\.xing\.com\/companies\/nordwindgmbh\/?$/, 'xing/company.html'],
];

const PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' https:; frame-src 'self'; connect-src 'self'";

const IMAGE_HOST = /(^|\.)(licdn\.com|static\.viadeo\.com|profile-images\.xing\.com)$/;

/** A round avatar with initials drawn from the file name, in place of the sites' photos. */
function avatarSvg(url: URL): string {
  const stem = url.pathname.split('/').pop()?.replace(/\.\w+$/, '') ?? '?';
  const initials = stem.split(/[-._]/).filter((p) => /^[a-z]/i.test(p)).slice(0, 2).map((p) => p[0]!.toUpperCase()).join('') || '?';
  const hue = [...stem].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="hsl(${hue} 55% 55%)"/><text x="100" y="125" font-size="80" font-family="sans-serif" text-anchor="middle" fill="#fff">${initials}</text></svg>`;
}

/** What the fixture server answers for a URL: a page, an avatar, a 404 on a site, or null (refused). */
export interface FixtureResponse {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string;
}

/** The answer to one request of the browser, whichever browser drives it (Playwright, Puppeteer). */
export function fixtureResponse(href: string): FixtureResponse | null {
  const url = new URL(href);
  if (IMAGE_HOST.test(url.hostname)) return { status: 200, contentType: 'image/svg+xml', body: avatarSvg(url) };
  if (!siteOfHost(url.hostname)) return null;
  const match = FIXTURE_ROUTES.find(([pattern]) => pattern.test(url.href));
  if (!match) return { status: 404, contentType: 'text/html', body: '<!doctype html><title>Page not found</title><h1>Page not found</h1>' };
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    // As strict as the real sites': the sidebar frame must not depend on the page's CSP.
    headers: { 'content-security-policy': PAGE_CSP },
    body: readFileSync(join(FIXTURES, match[1]), 'utf8'),
  };
}

async function answer(route: Route): Promise<void> {
  const response = fixtureResponse(route.request().url());
  return response ? route.fulfill(response) : route.abort('blockedbyclient');
}

/** The requests of a browser that went to neither the three sites nor their photo hosts. */
export interface OffSiteRequests {
  readonly urls: string[];
  /**
   * From now on, requests to `origin` (the sync server the person is turning sync on with) go
   * through, and are counted in `toSyncServer` instead: before this call, one is a failure.
   */
  allowSyncServer(origin: string): void;
  readonly toSyncServer: string[];
}

function offSite(href: string): boolean {
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') return false;
  return !IMAGE_HOST.test(url.hostname) && !siteOfHost(url.hostname);
}

/**
 * Serves the fixture pages at the sites' real URLs for every page of the context, and records
 * every request (pages, frames, the extension's pages) that went anywhere else: Maille talks to no
 * server, and each end-to-end test ends by checking that none was made.
 */
export async function routeFixtures(context: BrowserContext): Promise<OffSiteRequests> {
  let syncServer: string | null = null;
  const recorded: OffSiteRequests = { urls: [], toSyncServer: [], allowSyncServer: (origin) => (syncServer = origin) };
  const note = (href: string) => {
    if (syncServer && new URL(href).origin === syncServer) recorded.toSyncServer.push(href);
    else if (offSite(href) && !recorded.urls.includes(href)) recorded.urls.push(href);
  };
  // The route sees every request that leaves for the network (not those a content security
  // policy refused first: Chromium still reports those as requests, and they never left).
  context.on('page', (page) => page.on('websocket', (socket) => note(socket.url())));
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
    const href = route.request().url();
    note(href);
    return syncServer && new URL(href).origin === syncServer ? route.continue() : answer(route);
  });
  return recorded;
}
