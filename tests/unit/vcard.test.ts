import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@/core/records';
import { parseVCards, readVCardFile, vcardOf, vcardsOf, type CardRow } from '@/core/vcard';
import { db } from '@/storage/db';
import { findContactByProfileKey } from '@/storage/contacts';
import { importCards } from '@/storage/import-cards';
import { FIXTURES_DIR } from './fixture-doc';
import { useEmptyDb } from './db-helpers';

const file = (name: string) => readFileSync(join(FIXTURES_DIR, 'imports', 'vcards', name), 'utf8');
const NOW = Date.UTC(2026, 10, 26, 9);

function cards(text: string): CardRow[] {
  const parsed = parseVCards(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.cards;
}

describe('vCard files', () => {
  it.each([
    ['iphone-3.0.vcf', [
      { line: 1, name: 'Chloé Lefèvre', emails: ['chloe@atelier-brun.fr', 'chloe.lefevre@example.org'], company: 'Atelier Brun & Fils, SARL', title: 'Directrice artistique',
        note: 'Rencontrée au salon Maison&Objet, stand B12. Parle de lancer une ligne de luminaires en 2027.',
        urls: ['https://www.linkedin.com/in/chloe-lefevre-design/', 'https://www.xing.com/profile/Chloe_Lefevre2'] },
      { line: 19, name: 'Ken Nakamura 🎌', emails: ['ken@kintsugi.example'], company: 'Kintsugi Labs', title: undefined, note: undefined, urls: ['https://kintsugi.example/team/ken'] },
    ]],
    ['android-2.1.vcf', [
      { line: 1, name: 'Jürgen Müller', emails: ['juergen.mueller@example.de'], company: 'Großhandel Köln GmbH', title: undefined,
        note: 'Kennengelernt auf der Messe in Düsseldorf.\nMag Fußball.', urls: ['https://www.xing.com/profile/Juergen_Mueller14/cv'] },
      { line: 12, name: 'Ada Okafor', emails: ['ada@okafor.example'], company: undefined, title: undefined, note: undefined, urls: [] },
    ]],
    ['thunderbird-4.0.vcf', [
      { line: 1, name: 'Sofia Marchetti', emails: ['sofia.marchetti@example.it'], company: 'Studio Marchetti', title: 'Architect',
        note: 'Lunch at the Biennale; wants an intro to a lighting designer.', urls: ['https://fr.viadeo.com/fr/profile/sofia.marchetti'] },
    ]],
  ])('%s: folded lines, quoted-printable, non-ASCII names, several cards', (name, expected) => {
    const parsed = parseVCards(file(name));
    expect(parsed).toEqual({ ok: true, cards: expected, problems: [] });
  });

  // Byte 0x80 of windows-1252 is "€" in every browser; Node 20's TextDecoder reads it as
  // ISO-8859-1 (a control, cleaned away). The end-to-end import checks the browser's "€".
  const EURO = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '€' ? '€' : '';
  const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES_DIR, 'imports', 'vcards', 'charsets', name)));
  it.each([
    ['declared-charsets.vcf: 2.1 values in windows-1252, ISO-8859-1, -2, -15 and UTF-8', [
      [1, 'Zoé Doë', `Café ${EURO}uro`], [8, 'Jürgen Müller', undefined], [14, 'Łukasz Wróbel', undefined], [20, 'Chloé Lœuvre', undefined], [25, 'Åsa Ångström', undefined],
    ], []],
    ['shift-jis.vcf: a Japanese phone, raw and quoted-printable', [[1, '山田太郎', undefined], [7, '花子 佐藤', undefined]], []],
    ['undeclared.vcf: 8-bit text with no charset', [
      [1, 'François Pérez', undefined], [7, 'Inés Nuñez', undefined], [13, 'Søren Kierkegaard', undefined], [18, 'Gaëlle Hervé', undefined], [23, 'Mathéo Brière', undefined],
    ], [
      // windows-1252 is a guess; so is UTF-8 in a 2.1 card (whose default is ASCII); 3.0's UTF-8 and a declared charset are not.
      { line: 1, reason: 'guessedCharset', charset: 'windows-1252' },
      { line: 7, reason: 'guessedCharset', charset: 'utf-8' },
      { line: 18, reason: 'guessedCharset', charset: 'windows-1252' },
    ]],
    ['utf16le-bom.vcf', [[1, 'Émilie Lefèvre', undefined], [7, 'Ōta Kenji 太田健二', undefined]], []],
    ['utf16be-bom.vcf', [[1, 'Émilie Lefèvre', undefined], [7, 'Ōta Kenji 太田健二', undefined]], []],
    ['utf16le-nobom.vcf', [[1, 'Amélie Lefèvre', undefined], [7, 'Ōta Kenji 太田健二', undefined]], []],
    ['utf16be-nobom.vcf', [[1, 'Mélanie Lefèvre', undefined], [7, 'Ōta Kenji 太田健二', undefined]], []],
    ['n-only-mixed-endings.vcf: names only in N; CRLF, LF and CR; a fold inside a character', [
      [1, 'Dr. Chidi Okonkwo', undefined], [6, 'Gabriel José García Márquez', undefined], [12, 'Yui Nakamura', undefined],
    ], []],
  ])('every charset: %s', (name, expected, problems) => {
    const parsed = readVCardFile(bytes(name.split(':')[0]!));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.cards.map((c) => [c.line, c.name, c.company])).toEqual(expected);
    expect(parsed.problems).toEqual(problems);
  });

  it.each(['iphone-3.0.vcf', 'thunderbird-4.0.vcf', 'android-2.1.vcf', 'malformed.vcf'])('%s reads the same from its bytes', (name) => {
    const raw = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'imports', 'vcards', name)));
    expect(readVCardFile(raw)).toEqual(parseVCards(file(name)));
  });

  it('a note folded inside a two-byte character reads whole', () => {
    const parsed = readVCardFile(bytes('n-only-mixed-endings.vcf'));
    expect(parsed.ok && parsed.cards[1]?.note).toBe('Rencontrée au salon, très intéressée');
  });

  it('a malformed file: each problem names its line, the good cards are read', () => {
    const parsed = parseVCards(file('malformed.vcf'));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.cards.map((c) => [c.line, c.name, c.emails, c.note])).toEqual([
      [1, 'Good Card', ['good@example.com'], undefined],
      [11, 'Huge Note', [], undefined],
    ]);
    expect(parsed.problems).toEqual([
      { line: 5, reason: 'badLine' },
      { line: 7, reason: 'noName' },
      { line: 14, reason: 'tooLong' },
      { line: 16, reason: 'unfinishedCard' },
    ]);
  });

  it.each([
    ['a CSV', file('not-a-vcard.vcf')],
    ['an empty file', ''],
    ['text with no card', 'hello\nworld'],
  ])('%s holds no card', (_label, text) => expect(parseVCards(text)).toEqual({ ok: false, problem: 'noCard' }));

  it.each([
    ['a card ical.js cannot read (a bad parameter)', 'BEGIN:VCARD\nVERSION:3.0\nFN;TYPE="unclosed:Someone\nEND:VCARD', [{ line: 1, reason: 'badCard' }]],
    ['a card begun inside another', 'BEGIN:VCARD\nFN:First\nBEGIN:VCARD\nFN:Second\nEND:VCARD', [{ line: 1, reason: 'unfinishedCard' }]],
    ['empty lines and CR line ends', '\r\rBEGIN:VCARD\r\rFN:Someone\rEND:VCARD\r', []],
  ])('%s', (_label, text, problems) => {
    const parsed = parseVCards(text);
    expect(parsed.ok && parsed.problems).toEqual(problems);
  });

  const contact: Contact = {
    id: 'c1', name: 'Zoë d’Arc-Müller', nameKey: 'x', company: 'Brume; Analytics, SAS', title: 'CTO', emails: ['zoe@brume.example', 'z@home.example'], tags: [],
    notes: 'Met at VivaTech.\nLikes: jazz, “quotes”; semicolons.\n' + 'long '.repeat(40), profiles: [{ site: 'linkedin', key: 'linkedin:zoe', url: 'https://www.linkedin.com/in/zoe/' }],
    profileKeys: ['linkedin:zoe'], cadenceDays: null, createdAt: 0, updatedAt: 0,
  };

  it('exports a contact as a vCard 4.0 that reads back the same (folded, escaped)', () => {
    const text = vcardOf(contact);
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    // Folded at 75 octets of UTF-8 (a continuation line adds its leading space).
    expect(Math.max(...text.split('\r\n').map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(76);
    expect(cards(text)).toEqual([{ line: 1, name: contact.name, emails: contact.emails, company: contact.company, title: 'CTO', note: contact.notes.trim(), urls: ['https://www.linkedin.com/in/zoe/'] }]);
  });

  it('exports every contact in one file', () => {
    const text = vcardsOf([contact, { ...contact, id: 'c2', name: 'Ken', emails: [], notes: '', company: undefined, title: undefined, profiles: [] }]);
    expect(cards(text).map((c) => c.name)).toEqual([contact.name, 'Ken']);
  });
});

describe('vCard import', () => {
  useEmptyDb();

  it('links profile URLs, keeps non-site URLs out, and importing again adds nobody', async () => {
    const all = [...cards(file('iphone-3.0.vcf')), ...cards(file('android-2.1.vcf')), ...cards(file('thunderbird-4.0.vcf'))];
    expect(await importCards(all, NOW)).toEqual({ added: 5, updated: 0, skipped: [] });
    expect(await findContactByProfileKey('linkedin:chloe-lefevre-design')).toMatchObject({ name: 'Chloé Lefèvre', profileKeys: ['linkedin:chloe-lefevre-design', 'xing:Chloe_Lefevre2'], cadenceDays: null });
    expect((await findContactByProfileKey('xing:Juergen_Mueller14'))?.notes).toBe('Kennengelernt auf der Messe in Düsseldorf.\nMag Fußball.');
    expect((await findContactByProfileKey('viadeo:sofia.marchetti'))?.title).toBe('Architect');
    expect(await importCards(all, NOW + 1)).toEqual({ added: 0, updated: 5, skipped: [] });
    expect(await db.contacts.count()).toBe(5);
    expect((await findContactByProfileKey('xing:Juergen_Mueller14'))?.notes).toBe('Kennengelernt auf der Messe in Düsseldorf.\nMag Fußball.');
  });

  it('adds to a contact found by email: emails, a profile, the card’s note after the notes; nothing removed', async () => {
    await db.contacts.put({ id: 'k', name: 'Ada O.', nameKey: 'ada o', emails: ['ada@okafor.example'], tags: ['vip'], notes: 'Mine.', profiles: [], profileKeys: [], cadenceDays: 30, createdAt: 0, updatedAt: 0 });
    const result = await importCards([{ line: 1, name: 'Ada Okafor', emails: ['ADA@okafor.example', 'ada@home.example'], note: 'From the phone.', urls: ['https://www.linkedin.com/in/ada-okafor'] }], NOW);
    expect(result).toEqual({ added: 0, updated: 1, skipped: [] });
    expect(await db.contacts.get('k')).toMatchObject({ name: 'Ada O.', tags: ['vip'], cadenceDays: 30, emails: ['ada@okafor.example', 'ada@home.example'], notes: 'Mine.\n\nFrom the phone.', profileKeys: ['linkedin:ada-okafor'] });
  });

  it('the same person twice in one file is one contact', async () => {
    const card = { line: 1, name: 'Ken Nakamura', emails: ['ken@kintsugi.example'], urls: [] };
    expect(await importCards([card, { ...card, line: 9, title: 'Founder' }], NOW)).toEqual({ added: 1, updated: 0, skipped: [] });
    expect((await db.contacts.toArray()).map((c) => c.title)).toEqual(['Founder']);
  });
});
