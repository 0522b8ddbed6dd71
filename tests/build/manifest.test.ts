import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs after the builds (`npm run test:build`, and `npm test` after its build stage).
const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

function manifest(target: string): Record<string, unknown> {
  const file = join(OUTPUT, target, 'manifest.json');
  expect(existsSync(file), `${file} is missing: build first (npm run test:build does)`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

// What Maille may do, as shipped. A change here is a change of what users grant: it is made on
// purpose, in this file, with its reason in the commit — never as a side effect of a build.
const SITES = ['*://*.linkedin.com/*', '*://*.viadeo.com/*', '*://viadeo.journaldunet.com/*', '*://*.xing.com/*'];
const PROFILES = [
  '*://*.linkedin.com/in/*', '*://*.linkedin.com/pub/*',
  '*://*.viadeo.com/profile/*', '*://*.viadeo.com/p/*', '*://*.viadeo.com/*/profile/*', '*://*.viadeo.com/*/p/*',
  '*://viadeo.journaldunet.com/profile/*', '*://viadeo.journaldunet.com/p/*', '*://viadeo.journaldunet.com/*/profile/*', '*://viadeo.journaldunet.com/*/p/*',
  '*://*.xing.com/profile/*', '*://*.xing.com/*/profile/*',
];
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self' blob: https: http://localhost:* http://127.0.0.1:*; frame-src 'self'; media-src 'none'; img-src 'self' data: blob: https://*.licdn.com https://*.viadeo.com https://viadeo.journaldunet.com https://*.xing.com https://*.xingassets.com";
/** Where the sync server may be (issue 22): asked for, one origin, when the person turns sync on. */
const SYNC_SERVERS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
const CONTENT_SCRIPTS = [
  { matches: PROFILES, js: ['on-profiles.js'], run_at: 'document_start' },
  { matches: SITES, js: ['profile.js'], run_at: 'document_start' },
];
/** Keys that grant something; any other key a build adds is a question for this test. */
const GRANTING = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'web_accessible_resources', 'content_scripts', 'content_security_policy', 'externally_connectable', 'sandbox', 'declarative_net_request', 'oauth2', 'key', 'update_url', 'chrome_url_overrides', 'devtools_page', 'commands', 'omnibox', 'protocol_handlers', 'file_browser_handlers', 'nacl_modules', 'storage'];

const SHIPPED: Record<string, Record<string, unknown>> = {
  'chrome-mv3': {
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'],
    optional_host_permissions: SYNC_SERVERS,
    web_accessible_resources: [{ resources: ['sidebar.html', 'on-profiles.js'], matches: SITES, use_dynamic_url: true }],
    content_scripts: CONTENT_SCRIPTS,
    content_security_policy: { extension_pages: CSP },
  },
  'firefox-mv2': {
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    optional_permissions: SYNC_SERVERS,
    web_accessible_resources: ['sidebar.html', 'on-profiles.js'],
    content_scripts: CONTENT_SCRIPTS,
    content_security_policy: CSP,
  },
};

describe.each(Object.keys(SHIPPED))('the %s manifest grants only what Maille needs', (target) => {
  const built = manifest(target);

  it('exactly the permissions, web-accessible resources, content scripts and policy reviewed here', () => {
    const granting = Object.fromEntries(GRANTING.filter((key) => key in built).map((key) => [key, built[key]]));
    expect(granting).toEqual(SHIPPED[target]);
  });

  it('no permission outside the allowed set, and no host beyond the three sites', () => {
    const allowed = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'];
    const permissions = [...((built.permissions as string[] | undefined) ?? []), ...((built.host_permissions as string[] | undefined) ?? [])];
    expect(permissions.filter((p) => !allowed.includes(p) && !SITES.includes(p))).toEqual([]);
  });

  it('a strict policy for extension pages: only its own scripts, no eval, no server but a sync server', () => {
    const csp = target === 'chrome-mv3' ? (built.content_security_policy as { extension_pages: string }).extension_pages : (built.content_security_policy as string);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    // The sync server is the person's to choose: https anywhere, or http on this computer only;
    // blob: for a backup file the dashboard hands the background.
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:', 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    const others = [...directives].filter(([name]) => name !== 'connect-src').map(([name, values]) => [name, ...values].join(' ')).join('; ');
    expect(others).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|http:|\*(?!\.)/);
    // Images: the extension's own, and the sites' photo hosts only (https).
    expect(directives.get('img-src')!.filter((src) => !["'self'", 'data:', 'blob:'].includes(src)).every((src) => /^https:\/\/(\*\.)?[a-z.]+$/.test(src))).toBe(true);
  });
});

describe('no remote code in the build', () => {
  it.each(Object.keys(SHIPPED))('%s: no script or stylesheet loaded from a server in any page', (target) => {
    for (const page of ['popup.html', 'options.html', 'sidebar.html', 'sidepanel.html']) {
      const html = readFileSync(join(OUTPUT, target, page), 'utf8');
      expect(html, page).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//i);
    }
  });
});

describe('ready for the stores', () => {
  it('Chrome: Manifest V3, and an icon at every size the Web Store asks for (16, 32, 48, 128), each file there', () => {
    const built = manifest('chrome-mv3');
    expect(built.manifest_version).toBe(3);
    const icons = built.icons as Record<string, string>;
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    for (const file of Object.values(icons)) expect(existsSync(join(OUTPUT, 'chrome-mv3', file)), file).toBe(true);
    expect(built.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: a stable add-on id, the tested version as the minimum (desktop only), and the declaration that nothing is collected', () => {
    expect(manifest('firefox-mv2').browser_specific_settings).toEqual({
      gecko: { id: '{3f1c8a52-6b7e-4d1a-9c2e-5a7f0b9d4e61}', strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('Firefox: the background is an event page (suspended when idle, as Chrome’s service worker is)', () => {
    expect(manifest('firefox-mv2').background).toEqual({ scripts: ['background.js'], persistent: false });
  });

  it('Firefox: the side panel is the sidebar_action, opened when the user asks', () => {
    expect(manifest('firefox-mv2').sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'Maille', open_at_install: false });
  });
});
