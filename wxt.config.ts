import { defineConfig } from 'wxt';
import { asciiOnly } from './tooling/ascii-only';
import { PROFILE_MATCHES, SITE_MATCHES } from './core/sites';

// docs/ARCHITECTURE.md: the background owns IndexedDB; the content script only mounts the
// sidebar frame, which is web-accessible with a dynamic URL so sites cannot probe for it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every import is written out: auto-imports would let a file reach the database (or anything)
  // without an import line for the linter's boundary rules to see.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the browser never evicts the database, years of notes, under storage pressure.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources: [
      // The page reader, imported by the content script when an in-app navigation reaches a profile.
      { resources: ['sidebar.html', 'profile-reader.js'], matches: [...SITE_MATCHES], use_dynamic_url: true },
    ],
  },
  hooks: {
    // The content scripts are unlisted scripts (entrypoints/profile/index.ts says why): listed
    // here, the reader first, so that on a full load of a profile it is there when profile.js asks.
    // document_start: the person is read as the page is parsed (read-profile.ts), and the name
    // shows ~20 ms after the page's own load instead of ~35 at document_idle (npm run bench).
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts = [
        { matches: [...PROFILE_MATCHES], js: ['profile-reader.js'], run_at: 'document_start' },
        { matches: [...SITE_MATCHES], js: ['profile.js'], run_at: 'document_start' },
      ];
    },
  },
  vite: () => ({ plugins: [asciiOnly()] }),
});
