import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs after the builds (`npm run test:build`, and `npm test` after its build stage).
const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

function builtJsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

describe('ASCII-only build', () => {
  // Chrome refuses the whole extension when one script is not valid UTF-8 (a raw U+FFFF is not).
  it.each(['chrome-mv3', 'firefox-mv2'])('every built .js file of %s is pure ASCII', (target) => {
    const dir = join(OUTPUT, target);
    expect(existsSync(dir), `${dir} is missing: build first (npm run test:build does)`).toBe(true);
    const files = builtJsFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      const offender = bytes.findIndex((b) => b > 0x7f);
      expect(offender, `${file} has a non-ASCII byte at ${offender}`).toBe(-1);
    }
  });
});
