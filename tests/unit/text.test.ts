import { describe, expect, it } from 'vitest';
import { fromLocalDay, toLocalDay } from '@/core/local-day';
import { splitHeadline } from '@/core/headline';
import { cleanText, firstGrapheme, nameFromSlug, nameKey, nameMatchesSlug } from '@/core/text';
import { nameAgreesWithSlug } from '@/sites/identity-checks';

describe('cleanText', () => {
  it.each([
    ['  Claire \n\t Fontaine  ', 'Claire Fontaine'],
    ['A\u0000B\u200bC', 'A BC'],
    // A right-to-left override must not reverse what follows; bidi marks and isolates go too.
    ['Eve \u202eKcah\u202c Smith', 'Eve Kcah Smith'],
    ['\u2067Nadia\u2069 \u200fBenali\u200e', 'Nadia Benali'],
    // Zero-width characters vanish rather than split a word…
    ['Clai\u200bre\ufeff Fon\u2060taine', 'Claire Fontaine'],
    ['Jo\u200dhn', 'John'],
    // …but the joiner inside an emoji sequence stays: 👩🏽‍💻 is one character.
    ['Ada 👩🏽\u200d💻', 'Ada 👩🏽\u200d💻'],
    ['👨\u200d👩\u200d👧 family', '👨\u200d👩\u200d👧 family'],
    // A non-joiner between letters is Persian spelling.
    ['می\u200cخواهم', 'می\u200cخواهم'],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    ['x'.repeat(250), 'x'.repeat(199) + '…'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it.each([
    ['emoji', '😀'.repeat(150)],
    ['a skin-toned ZWJ emoji', '👩🏽\u200d💻'.repeat(40)],
    ['accents as combining marks', 'e\u0301'.repeat(150)],
    ['a flag', '🇫🇷'.repeat(80)],
  ])('cuts %s at a grapheme boundary, within the cap', (_label, raw) => {
    const text = cleanText(raw)!;
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('…')).toBe(true);
    const body = text.slice(0, -1);
    // What is kept is whole characters of the original: its start, ending between two graphemes.
    expect(raw.startsWith(body)).toBe(true);
    const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(raw)].map((s) => s.segment);
    let at = 0;
    const boundaries = new Set([0, ...graphemes.map((g) => (at += g.length))]);
    expect(boundaries.has(body.length)).toBe(true);
    expect(() => encodeURIComponent(text)).not.toThrow();
  });

  it('keeps a 100,000-character name to its cap', () => {
    expect(cleanText('x'.repeat(100_000))).toHaveLength(200);
  });
});

describe('firstGrapheme', () => {
  it.each([
    ['Claire', 'C'],
    ['👩🏽\u200d💻 Ada', '👩🏽\u200d💻'],
    ['🇫🇷 Paris', '🇫🇷'],
    ['Élodie', 'É'],
    ['e\u0301lodie', 'e\u0301'],
    ['  ', ''],
    [' A', 'A'],
    ['Ø', 'Ø'],
    ['a\u200d', 'a\u200d'],
    ['1\ufe0f\u20e3 One', '1\ufe0f\u20e3'],
    ['#\u20e3', '#\u20e3'],
    ['Ł\u0301', 'Ł\u0301'],
    ['\r\n', ''],
  ])('%j → %j', (text, first) => expect(firstGrapheme(text)).toBe(first));
});

describe('names', () => {
  it.each([
    ['Claire Fontaine', 'claire fontaine'],
    ['  CLAIRE  FONTÂINE ', 'claire fontaine'],
    ['Jean-François Lévesque', 'jean francois levesque'],
    ['Bruno Carré', 'bruno carre'],
    ['王小明', '王小明'],
  ])('nameKey(%j) = %j', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['jane-doe-4a5b6c', 'Jane Doe'],
    ['jean.dupont', 'Jean Dupont'],
    ['Jonas_Weber2', 'Jonas Weber'],
    ['0021xk8mz9q2vbd', ''],
    ['jd1984', ''],
  ])('nameFromSlug(%j) = %j', (slug, name) => expect(nameFromSlug(slug)).toBe(name));

  it.each([
    ['Claire Fontaine', 'claire-fontaine-4a5b6c', true],
    ['Bruno Carré', 'bruno-carré', true],
    ['Bruno Carré', 'bruno-carre', true],
    ['Marc Lefebvre', 'claire-fontaine-4a5b6c', false],
    ['Jonas Weber', 'Jonas_Weber2', true],
  ])('nameMatchesSlug(%j, %j) = %s', (name, slug, expected) => expect(nameMatchesSlug(name, slug)).toBe(expected));

  it.each([
    // An opaque slug cannot disprove a name.
    ['Jane Doe', 'jd1984', true],
    ['Jean Dupont', '0021xk8mz9q2vbd', true],
    // A name slug must share a word with the name.
    ['Claire Fontaine', 'marc-lefebvre', false],
    ['Marc Lefebvre', 'marc-lefebvre', true],
  ])('nameAgreesWithSlug(%j, %j) = %s', (name, slug, expected) => expect(nameAgreesWithSlug(name, slug)).toBe(expected));
});

describe('splitHeadline', () => {
  it.each([
    ['Head of Partnerships at Lumen Robotics', { title: 'Head of Partnerships', company: 'Lumen Robotics' }],
    ['Directrice marketing chez Atelier Numérique', { title: 'Directrice marketing', company: 'Atelier Numérique' }],
    ['Vertriebsleiter bei Nordwind GmbH', { title: 'Vertriebsleiter', company: 'Nordwind GmbH' }],
    ['CTO @ Brume', { title: 'CTO', company: 'Brume' }],
    ['CEO at A | Advisor at B', { title: 'CEO', company: 'A' }],
    ['Consultant SAP - Freelance', { title: 'Consultant SAP - Freelance' }],
    [undefined, {}],
  ])('%j', (headline, expected) => expect(splitHeadline(headline)).toEqual(expected));
});

describe('local days', () => {
  it('round-trips a day through its noon', () => {
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29', '2026-12-31']) {
      expect(toLocalDay(fromLocalDay(day)!)).toBe(day);
    }
  });
  it.each(['2026-02-30', '2026-13-01', 'yesterday', ''])('rejects %j', (day) => expect(fromLocalDay(day)).toBeUndefined());
});
