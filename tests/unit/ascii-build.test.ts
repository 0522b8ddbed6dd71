import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../tooling/ascii-only';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

function builtJsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

describe('ASCII-only build', () => {
  it('escapes non-ASCII without changing what the code means', () => {
    const source = 'const s = "é\uffff😀"; const r = /[à-ÿ]/u; const t = `ü${1}`; const ï = 1;';
    const escaped = escapeNonAscii(source);
    expect([...escaped].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    const run = (code: string) => new Function(`${code}; return [s, r.test("ç"), r.test("a"), t, ï];`)();
    expect(run(escaped)).toEqual(run(source));
  });

  // Chrome refuses the whole extension when one script is not valid UTF-8 (a raw U+FFFF is not).
  it.each(['chrome-mv3', 'firefox-mv2'])('every built .js file of %s is pure ASCII', (target) => {
    const dir = join(OUTPUT, target);
    expect(existsSync(dir), `${dir} is missing: run the build first (npm test does)`).toBe(true);
    const files = builtJsFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      const offender = bytes.findIndex((b) => b > 0x7f);
      expect(offender, `${file} has a non-ASCII byte at ${offender}`).toBe(-1);
    }
  });
});
