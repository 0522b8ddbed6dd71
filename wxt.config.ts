import { defineConfig } from 'wxt';
import { asciiOnly } from './tooling/ascii-only';
import { noPouchEval } from './tooling/no-pouch-eval';
import { PHOTO_HOSTS, PROFILE_MATCHES, SITE_MATCHES } from './core/sites';

/** Where a sync server may be: any https host, or plain http on this computer (sync/server-check.ts). */
const SYNC_SERVER_MATCHES = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] as const;

/** Maille's add-on id on addons.mozilla.org, for good: changing it makes a different add-on. */
const FIREFOX_ADDON_ID = '{3f1c8a52-6b7e-4d1a-9c2e-5a7f0b9d4e61}';

const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The sync server (issue 22) is the person's choice, unknown here: any https host, or one on
  // this computer. What the background may actually reach is the one origin the person granted
  // when turning sync on (an optional host permission). `blob:`: the background reads a backup
  // file the dashboard hands it as a blob URL (entrypoints/background/backup-uploads.ts); a blob
  // URL is readable by its own origin only.
  "connect-src 'self' blob: https: http://localhost:* http://127.0.0.1:*",
  "frame-src 'self'",
  "media-src 'none'",
  `img-src 'self' data: blob: ${PHOTO_HOSTS.join(' ')}`,
].join('; ');

// docs/ARCHITECTURE.md: the background owns IndexedDB; the content script only mounts the
// sidebar frame, which is web-accessible with a dynamic URL so sites cannot probe for it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every import is written out: auto-imports would let a file reach the database (or anything)
  // without an import line for the linter's boundary rules to see.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the browser never evicts the database, years of notes, under storage pressure.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    // Sync (issue 22): the browser is asked for the one server's origin when the person turns sync
    // on, never at install. Firefox's Manifest V2 lists optional origins among optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: [...SYNC_SERVER_MATCHES] } : { optional_host_permissions: [...SYNC_SERVER_MATCHES] }),
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only their own code and reach no server: no remote script, no fetch or
    // socket anywhere, images only from the extension and the three sites' photo hosts (a photo
    // URL read from a page cannot make the extension call anyone else). tests/build/manifest.test.ts.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    web_accessible_resources: [
      // Maille's work on profiles, imported by the content script when an in-app navigation reaches one.
      { resources: ['sidebar.html', 'on-profiles.js'], matches: [...SITE_MATCHES], use_dynamic_url: true },
    ],
    // Firefox: a stable add-on id (the same extension across updates and installs), the version
    // the Firefox suite runs on (ESR 153, tests/firefox/; nothing older is tested), and the
    // data-collection declaration: Maille collects nothing (PRIVACY.md). No `gecko_android`:
    // Firefox for Android is not tested, so the package does not claim it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: FIREFOX_ADDON_ID, strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The content scripts are unlisted scripts (entrypoints/profile/index.ts says why): listed
    // here, on-profiles.js first, so that on a full load of a profile it is there when profile.js asks.
    // document_start: the person is read as the page is parsed (read-profile.ts), and the name
    // shows ~20 ms after the page's own load instead of ~35 at document_idle (npm run bench).
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts = [
        { matches: [...PROFILE_MATCHES], js: ['on-profiles.js'], run_at: 'document_start' },
        { matches: [...SITE_MATCHES], js: ['profile.js'], run_at: 'document_start' },
      ];
    },
  },
  vite: () => ({ plugins: [noPouchEval(), asciiOnly()] }),
  // The sources Mozilla rebuilds the Firefox package from (`npm run zip`): what git holds, not
  // what the tests and the demo leave behind.
  zip: { excludeSources: ['demo-screenshots/**', 'test-results/**', '.test-results/**', 'playwright-report/**', 'coverage/**'] },
});
