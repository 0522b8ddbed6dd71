import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import maille from './tooling/eslint-rules.js';

// The architecture's boundaries (docs/ARCHITECTURE.md, "Rules the code keeps"), as import bans.
// ESLint keeps one `no-restricted-imports` per file (the last block that matches wins), so each
// block lists everything its files may not import.
const banned = {
  database: { group: ['dexie', 'dexie-react-hooks', '@/storage/*', '**/storage/*'], message: 'Only the background and top-level pages use the database: ask it through messaging/protocol.ts.' },
  react: { group: ['react', 'react-dom', 'react-dom/*', '@/components/*', '**/components/*'], message: 'The content script runs on every page of three sites: no React.' },
  browser: { group: ['wxt', 'wxt/*', '@/messaging/*', '@/entrypoints/*', '@/components/*', '@/i18n', '@/i18n/*'], message: 'core/ and sites/ are pure: no browser API, no messaging, no UI.' },
  pageReading: { group: ['@/sites/*', '!@/sites/registry', '**/sites/*', '!**/sites/registry'], message: 'storage/ may ask sites/registry.ts which profile a URL is (pure URL work), and nothing else of sites/: it never reads a page.' },
};
// WXT's auto-import module hides where a name comes from ('#' starts a comment in a pattern: a path).
const autoImports = { name: '#imports', message: 'Import from the module itself, so the boundaries can see it.' };
const onlyThese = (...bans) => ['error', { paths: [autoImports], patterns: bans }];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'demo-screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { maille },
    rules: {
      // Host page text is untrusted: it is rendered as text, never as HTML.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'outerHTML', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'setHTMLUnsafe', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'createContextualFragment', message: 'Render text, never HTML (host page text is untrusted).' },
        { object: 'document', property: 'write', message: 'Render text, never HTML (host page text is untrusted).' },
        { object: 'document', property: 'writeln', message: 'Render text, never HTML (host page text is untrusted).' }],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "JSXAttribute[name.name='srcDoc']", message: 'Render text, never HTML.' }],
      // No code from strings (the extension pages' policy forbids it too).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': onlyThese(),
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Extension code gets `browser` from 'wxt/browser' (Chrome has no global `browser`; the
    // import also lets tests swap in a fake). End-to-end tests evaluate `chrome.*` in the browser.
    files: ['entrypoints/**', 'components/**', 'core/**', 'sites/**', 'storage/**', 'messaging/**', 'i18n/**', 'sync/**'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'browser', message: "Import { browser } from 'wxt/browser'." },
        { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
    },
  },
  {
    // The sidebar frame has no IndexedDB when third-party cookies are blocked; messaging/ and
    // i18n/ are shared with it. They reach the data through the background only.
    files: ['entrypoints/sidebar/**', 'entrypoints/sidebar-first-paint.ts', 'components/sidebar/**', 'components/shared/**', 'messaging/**', 'i18n/**'],
    rules: { 'no-restricted-imports': onlyThese(banned.database) },
  },
  {
    // The content scripts run on every page of three busy sites: no React, no database, not the
    // messaging library (3 kB; they send through messaging/notify-background.ts), and not WXT's
    // content-script wrapper (2.7 kB; entrypoints/profile/lifetime.ts).
    files: ['entrypoints/profile/**', 'entrypoints/on-profiles.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          autoImports,
          { name: '@/messaging/protocol', importNames: ['sendMessage', 'onMessage'], message: 'The content script sends with notifyBackground (messaging/notify-background.ts): the library would add 3 kB to every page.' },
          { name: 'wxt/utils/define-content-script', message: 'The content scripts are unlisted scripts listed by wxt.config.ts: WXT\'s wrapper would add 2.7 kB to every page.' },
          { name: 'wxt/utils/content-script-context', message: 'Use entrypoints/profile/lifetime.ts: WXT\'s context would add 2.7 kB to every page.' },
        ],
        patterns: [banned.database, banned.react],
      }],
    },
  },
  {
    // Pure domain code and site adapters: table-tested without a browser.
    files: ['core/**', 'sites/**'],
    rules: { 'no-restricted-imports': onlyThese(banned.database, banned.browser) },
  },
  {
    // Sync (issue 22, being built): the envelope and the server check use WebCrypto and fetch,
    // given by the platform; no React, no page, no database of the pages' side.
    files: ['sync/**'],
    rules: { 'no-restricted-imports': onlyThese(banned.react, { group: ['@/components/*', '@/entrypoints/*'], message: 'sync/ runs in the background: no page code.' }) },
  },
  {
    // The database's code: core/, Dexie and the URL detectors, in the background only.
    files: ['storage/**'],
    rules: { 'no-restricted-imports': onlyThese(banned.browser, banned.react, banned.pageReading) },
  },
  {
    // A component that grew past a screenful is split into the parts it shows (its hooks apart).
    files: ['components/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Dated notes on selectors ("expires YYYY-MM: …") fail the lint once their date has passed.
    files: ['sites/*/selectors.ts'],
    rules: { 'maille/dated-notes': 'error' },
  },
);
