import type { Plugin } from 'vite';

/**
 * Escapes every non-ASCII UTF-16 code unit of emitted JS chunks as `\uXXXX`.
 *
 * Why: Vite 8 minifies Dexie's `String.fromCharCode(65535)` into a raw U+FFFF, and Chrome then
 * refuses the whole extension ("isn't UTF-8 encoded"). `\uXXXX` is valid, with the same meaning,
 * in strings, templates, regular expressions and identifiers, so escaping is safe everywhere JS
 * can hold such a character. tests/build/ascii-build.test.ts checks every built file.
 */
export function escapeNonAscii(code: string): string {
  // eslint-disable-next-line no-control-regex
  return code.replace(/[^\x00-\x7f]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function asciiOnly(): Plugin {
  return {
    name: 'maille:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
      }
    },
  };
}
