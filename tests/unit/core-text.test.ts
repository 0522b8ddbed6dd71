import { describe, expect, it } from 'vitest';
import { fromLocalDay, toLocalDay } from '@/core/dates';
import { splitHeadline } from '@/core/headline';
import { cleanText, nameFromSlug, nameKey, nameMatchesSlug } from '@/core/text';
import { nameAgreesWithSlug } from '@/sites/identity-checks';

describe('cleanText', () => {
  it.each([
    ['  Claire \n\t Fontaine  ', 'Claire Fontaine'],
    ['A\u0000B\u200bC', 'A B C'],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    ['x'.repeat(250), 'x'.repeat(199) + '…'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });
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
