import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'demo-screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Host page text is untrusted: it is rendered as text, never as HTML.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'outerHTML', message: 'Render text, never HTML (host page text is untrusted).' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML (host page text is untrusted).' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['entrypoints/*.content/**'],
    rules: {
      // The content script runs on every page of three busy sites: no React, no database.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', '@/storage/*', '@/components/*', '@/hooks/*'] }],
    },
  },
);
