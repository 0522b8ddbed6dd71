// @vitest-environment node
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import maille from '../../tooling/eslint-rules.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The rules that fire when a file at `path` holds `code`, with the project's own config. */
async function firing(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the architecture boundaries, as the linter keeps them', () => {
  const usesDb = (module: string) => `import { db } from '${module}';\nexport const probe = db;\n`;
  it.each([
    ['the sidebar components', 'components/sidebar/Probe.tsx', usesDb('@/storage/db')],
    ['the sidebar components (Dexie itself)', 'components/sidebar/Probe.tsx', usesDb('dexie')],
    ['the sidebar components (a relative path)', 'components/sidebar/Probe.tsx', usesDb('../../storage/contacts')],
    ["the sidebar frame's entrypoint", 'entrypoints/sidebar/probe.ts', usesDb('@/storage/contacts')],
    ['what the pages share', 'components/shared/probe.ts', usesDb('dexie-react-hooks')],
    ['the content script', 'entrypoints/profile/probe.ts', usesDb('@/storage/db')],
    ['messaging', 'messaging/probe.ts', usesDb('@/storage/due')],
    ['i18n', 'i18n/probe.ts', usesDb('@/storage/db')],
    ['the core', 'core/probe.ts', usesDb('@/storage/db')],
  ])('refuses the database in %s', async (_label, path, code) => {
    expect(await firing(path, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['React in the content script', 'entrypoints/profile/probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n"],
    ['the messaging library in the content script', 'entrypoints/profile/probe.ts', "import { sendMessage } from '@/messaging/protocol';\nexport const probe = sendMessage;\n"],
    ["WXT's content-script context in the content script", 'entrypoints/profile/probe.ts', "import { ContentScriptContext } from 'wxt/utils/content-script-context';\nexport const probe = ContentScriptContext;\n"],
    ['React in the script on profiles', 'entrypoints/on-profiles.ts', "import { useState } from 'react';\nexport const probe = useState;\n"],
    ['a browser API in the core', 'core/probe.ts', "import { browser } from 'wxt/browser';\nexport const probe = browser;\n"],
    ['messaging in a site adapter', 'sites/probe.ts', "import { sendMessage } from '@/messaging/protocol';\nexport const probe = sendMessage;\n"],
    ['a page reader in the database code', 'storage/probe.ts', "import { extractXing } from '@/sites/xing/extract';\nexport const probe = extractXing;\n"],
    ['a browser API in the database code', 'storage/probe.ts', "import { browser } from 'wxt/browser';\nexport const probe = browser;\n"],
    ['messaging in the database code', 'storage/probe.ts', "import { sendCommand } from '@/messaging/send-command';\nexport const probe = sendCommand;\n"],
    ["WXT's auto-import module anywhere", 'entrypoints/background/probe.ts', "import { browser } from '#imports';\nexport const probe = browser;\n"],
  ])('refuses %s', async (_label, path, code) => {
    expect(await firing(path, code)).toContain('no-restricted-imports');
  });

  it('refuses a component function over 80 lines', async () => {
    const lines = (n: number) => `export function Probe() {\n${'  console.log(1);\n'.repeat(n - 2)}}\n`;
    expect(await firing('components/dashboard/Probe.tsx', lines(81))).toContain('max-lines-per-function');
    expect(await firing('components/dashboard/Probe.tsx', lines(80))).toEqual([]);
  });

  it('lets the database code ask which profile a URL is (sites/registry.ts)', async () => {
    expect(await firing('storage/probe.ts', "import { detectProfile } from '@/sites/registry';\nexport const probe = detectProfile;\n")).toEqual([]);
  });

  it('refuses the bare global `browser` (Chrome has none) but not the imported one', async () => {
    expect(await firing('messaging/probe.ts', 'export const probe = browser.runtime.id;\n')).toContain('no-restricted-globals');
    expect(await firing('messaging/probe.ts', "import { browser } from 'wxt/browser';\nexport const probe = browser.runtime.id;\n")).toEqual([]);
  });

  it.each([
    ['the background', 'entrypoints/background/probe.ts'],
    ['the popup (a top-level page)', 'components/popup/probe.ts'],
    ['storage itself', 'storage/probe.ts'],
  ])('lets %s use the database', async (_label, path) => {
    expect(await firing(path, usesDb('@/storage/db'))).toEqual([]);
  });
});

describe('no HTML sink and no code from strings, anywhere', () => {
  it.each([
    ['innerHTML', 'core/probe.ts', "export function probe(el: Element, s: string) { el.innerHTML = s; }\n", 'no-restricted-properties'],
    ['outerHTML', 'entrypoints/profile/probe.ts', "export function probe(el: Element, s: string) { el.outerHTML = s; }\n", 'no-restricted-properties'],
    ['insertAdjacentHTML', 'components/sidebar/probe.ts', "export function probe(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }\n", 'no-restricted-properties'],
    ['setHTMLUnsafe', 'sites/probe.ts', "export function probe(el: Element & { setHTMLUnsafe(s: string): void }, s: string) { el.setHTMLUnsafe(s); }\n", 'no-restricted-properties'],
    ['createContextualFragment', 'components/popup/probe.ts', "export function probe(s: string) { return document.createRange().createContextualFragment(s); }\n", 'no-restricted-properties'],
    ['document.write', 'entrypoints/background/probe.ts', "export function probe(s: string) { document.write(s); }\n", 'no-restricted-properties'],
    ['document.writeln', 'components/dashboard/probe.ts', "export function probe(s: string) { document.writeln(s); }\n", 'no-restricted-properties'],
    ['dangerouslySetInnerHTML', 'components/sidebar/Probe.tsx', "export function Probe({ s }: { s: string }) { return <p dangerouslySetInnerHTML={{ __html: s }} />; }\n", 'no-restricted-syntax'],
    ['an iframe srcDoc', 'components/dashboard/Probe.tsx', "export function Probe({ s }: { s: string }) { return <iframe title=\"x\" srcDoc={s} />; }\n", 'no-restricted-syntax'],
    ['eval', 'core/probe.ts', "export function probe(s: string) { return eval(s); }\n", 'no-eval'],
    ['new Function', 'core/probe.ts', "export function probe(s: string) { return new Function(s); }\n", 'no-new-func'],
    ['a string to setTimeout', 'core/probe.ts', "export function probe() { return setTimeout('go()', 1); }\n", 'no-implied-eval'],
  ])('refuses %s', async (_label, path, code, rule) => {
    expect(await firing(path, code)).toContain(rule);
  });

  it('lets text through', async () => {
    expect(await firing('core/probe.ts', 'export function probe(el: Element, s: string) { el.textContent = s; }\n')).toEqual([]);
  });
});

describe('dated notes on selectors', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (comment: string, month: string) =>
    linter.verify(`${comment}\nexport const selectors = ['.x'];\n`, [{ plugins: { maille }, rules: { 'maille/dated-notes': ['error', { month }] } }]).map((m) => m.message);

  it.each([
    ['a note not yet due', '// expires 2027-06: 2023–25 class names.', '2026-11', []],
    ['a note in its last month', '// expires 2027-06: 2023–25 class names.', '2027-06', []],
    ['an expired note', '// expires 2027-06: 2023–25 class names.', '2027-07', ['Expired 2027-06: check the site, then remove what this note is about or move its date.']],
    ['an expired note in a block comment', '/** expires 2025-01: old markup. */', '2026-11', ['Expired 2025-01: check the site, then remove what this note is about or move its date.']],
    ['a date in another form', '// remove 2027-06', '2026-11', ['Write a dated note as "expires YYYY-MM: why" (found "2027-06").']],
    ['a span of years is no date', '// 2023–25 class names', '2026-11', []],
  ])('%s', (_label, comment, month, expected) => {
    expect(lint(comment, month)).toEqual(expected);
  });
});
