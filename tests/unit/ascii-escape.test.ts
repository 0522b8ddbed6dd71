import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../tooling/ascii-only';

describe('escapeNonAscii (the build plugin that keeps emitted JS ASCII)', () => {
  it('escapes non-ASCII without changing what the code means', () => {
    const source = 'const s = "é\uffff😀"; const r = /[à-ÿ]/u; const t = `ü${1}`; const ï = 1;';
    const escaped = escapeNonAscii(source);
    expect([...escaped].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    // eslint-disable-next-line no-new-func -- the test runs the escaped code to compare it with the source
    const run = (code: string) => new Function(`${code}; return [s, r.test("ç"), r.test("a"), t, ï];`)();
    expect(run(escaped)).toEqual(run(source));
  });
});
