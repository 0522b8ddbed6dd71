// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '@/assets/palette';

const ROOT = join(import.meta.dirname, '..', '..');

/** The variables a `:root { … }` block of theme.css declares. */
function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

describe('one palette', () => {
  const css = readFileSync(join(ROOT, 'assets', 'theme.css'), 'utf8');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)');

  it('theme.css declares exactly the colours of palette.ts, light and dark', () => {
    expect(variables(light!)).toEqual(LIGHT);
    expect(variables(dark!)).toEqual(DARK);
  });

  it('no other file writes a colour of its own: they use the variables or palette.ts', () => {
    const offenders: string[] = [];
    for (const file of ['core', 'sites', 'storage', 'components', 'entrypoints', 'messaging', 'i18n', 'assets'].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const path = relative(ROOT, file).replaceAll('\\', '/');
      if (path === 'assets/palette.ts' || path === 'assets/theme.css') continue;
      for (const [colour] of readFileSync(file, 'utf8').matchAll(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![-\w])/gi)) offenders.push(`${path}: ${colour}`);
    }
    expect(offenders).toEqual([]);
  });
});
