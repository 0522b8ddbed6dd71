import { describe, expect, it } from 'vitest';
import { charsetLabel, decodeTextFile, knownCharset, utf16Of } from '@/core/charset';

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, a) => a[i ^ 1]!);

describe('text files in any charset', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('Prénom,Nom\nJosé,García'), 'utf-8', false, 'Prénom,Nom\nJosé,García'],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zoë')]), 'utf-8', false, 'Zoë'],
    ['UTF-16LE with a mark', new Uint8Array([0xff, 0xfe, ...utf16le('First Name,Zoë')]), 'utf-16le', false, 'First Name,Zoë'],
    ['UTF-16BE with a mark', new Uint8Array([0xfe, 0xff, ...utf16be('First Name,Zoë')]), 'utf-16be', false, 'First Name,Zoë'],
    ['UTF-16LE without', utf16le('First Name,Last Name\r\nZoë,Doe'), 'utf-16le', false, 'First Name,Last Name\r\nZoë,Doe'],
    ['UTF-16BE without', utf16be('First Name,Last Name\r\nZoë,Doe'), 'utf-16be', false, 'First Name,Last Name\r\nZoë,Doe'],
    ['windows-1252 (not UTF-8): a guess', new Uint8Array([0x44, 0x6f, 0xeb]), 'windows-1252', true, 'Doë'],
    ['ASCII', new TextEncoder().encode('plain'), 'utf-8', false, 'plain'],
  ])('%s', (_label, bytes, charset, guessed, text) => expect(decodeTextFile(bytes)).toEqual({ text, charset, guessed }));

  it('text that is mostly not ASCII is not taken for UTF-16', () => {
    expect(utf16Of(new TextEncoder().encode('山田太郎,佐藤花子,鈴木一郎'))).toBeUndefined();
    expect(utf16Of(new Uint8Array([0x41]))).toBeUndefined();
  });

  it.each([
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['SHIFT_JIS', 'shift_jis'],
    [' utf-8 ', 'utf-8'],
    ['x-unknown', undefined],
  ])('the charset label %s is %s', (label, charset) => expect(knownCharset(label)).toBe(charset));

  it('names a charset as people know it', () => expect(['windows-1252', 'utf-8', 'iso-8859-2'].map(charsetLabel)).toEqual(['Windows-1252', 'UTF-8', 'ISO-8859-2']));
});
