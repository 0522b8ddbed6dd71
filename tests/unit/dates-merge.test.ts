import { describe, expect, it } from 'vitest';
import { checkCommand } from '@/core/commands';
import { mergePatch } from '@/core/contact-merge';
import { checkPastDay, checkPastInstant, fromLocalDay, toLocalDay } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { keepBoth, mergeText } from '@/core/text-merge';

describe('days of things that happened', () => {
  const today = '2026-11-26';
  it.each([
    ['today', '2026-11-26', null],
    ['yesterday', '2026-11-25', null],
    ['the first day accepted', '1900-01-01', null],
    ['tomorrow', '2026-11-27', 'future'],
    ['in 2099', '2099-01-01', 'future'],
    ['the day before 1900', '1899-12-31', 'tooOld'],
    ['year 99 (not 1999)', '0099-06-15', 'tooOld'],
    ['year 1', '0001-01-01', 'tooOld'],
    ['30 February', '2026-02-30', 'badDate'],
    ['a word', 'yesterday', 'badDate'],
  ])('%s', (_label, day, problem) => expect(checkPastDay(day, today)).toBe(problem));

  it('reads years below 100 as themselves, not as 19xx', () => {
    expect(new Date(fromLocalDay('0099-06-15')!).getFullYear()).toBe(99);
    expect(toLocalDay(fromLocalDay('0001-01-01')!)).toBe('0001-01-01');
  });

  const now = Date.UTC(2026, 10, 26, 12);
  it.each([
    ['now', now, null],
    ['a second from now (clock slack)', now + 1_000, null],
    ['tomorrow', now + 86_400_000, 'future'],
    ['year 275760', 8.64e15, 'future'],
    ['1899', Date.UTC(1899, 0, 1), 'tooOld'],
    ['NaN', Number.NaN, 'badDate'],
    ['Infinity', Infinity, 'badDate'],
  ])('an instant %s', (_label, at, problem) => expect(checkPastInstant(at, now)).toBe(problem));
});

describe('forms check the rules the background keeps', () => {
  const clock = { now: Date.UTC(2026, 10, 26, 12), today: '2026-11-26' };
  it.each([
    ['a blank name', { name: '   ' }, 'name', 'required'],
    ['a topic of 1,001 characters', { name: 'A', met: { topic: 'x'.repeat(1_001) } }, 'met.topic', 'tooLong'],
    ['a meeting tomorrow', { name: 'A', met: { date: '2026-11-27' } }, 'met.date', 'future'],
    ['31 tags', { name: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags', 'tooMany'],
  ])('%s', (_label, input, field, rule) => {
    expect(checkCommand('addContact', input, clock)).toMatchObject({ ok: false, refusal: { code: 'invalid', field, rule } });
  });

  it('says how long a field may be', () => {
    expect(checkCommand('addContact', { name: 'A', met: { topic: 'x'.repeat(1_001) } }, clock)).toMatchObject({ refusal: { max: 1_000 } });
  });

  it('trims a name, and accepts an empty date as none', () => {
    expect(checkCommand('addContact', { name: '  Claire ', met: { date: '' } }, clock)).toMatchObject({ ok: true, value: { name: 'Claire' } });
  });
});

describe('three-way merge of notes', () => {
  it.each([
    ['edits on different lines', 'One.\nTwo.', 'One, changed.\nTwo.', 'One.\nTwo, edited.', 'One, changed.\nTwo, edited.'],
    ['edits to different words of one line', 'Met in Lyon. Likes cobots.', 'Met in Lyon in May. Likes cobots.', 'Met in Lyon. Likes cobots and drones.', 'Met in Lyon in May. Likes cobots and drones.'],
    ['nothing changed here', 'A', 'B', 'A', 'B'],
    ['nothing changed there', 'A', 'A', 'B', 'B'],
    ['the same change on both sides', 'A', 'A B', 'A B', 'A B'],
  ])('%s merges', (_label, base, theirs, mine, merged) => expect(mergeText(base, theirs, mine)).toEqual({ clean: true, text: merged }));

  it.each([
    ['two texts typed into empty notes', '', 'From tab one.', 'From tab two.'],
    ['two endings added to the same line', 'Met in Lyon.', 'Met in Lyon. Call in May.', 'Met in Lyon. Send the deck.'],
  ])('%s cannot merge', (_label, base, theirs, mine) => expect(mergeText(base, theirs, mine)).toEqual({ clean: false }));

  it('keeps both texts, nothing lost', () => {
    expect(keepBoth('Theirs.', 'Mine.')).toBe('Mine.\n\nTheirs.');
    expect(keepBoth('', 'Mine.')).toBe('Mine.');
  });
});

describe('an edit rebased on what is stored now', () => {
  const stored = { notes: 'Stored.', tags: ['a', 'c'], emails: [], cadenceDays: 91, met: { eventName: 'Sud Web', date: '2026-05-20' } } as unknown as Contact;
  it.each([
    ['tags: this page removed a, another removed b and added c', { tags: ['a', 'b'] }, { tags: ['b', 'd'] }, { ok: true, patch: { tags: ['c', 'd'] } }],
    ['a cadence changed elsewhere to another value', { cadenceDays: 30 }, { cadenceDays: 365 }, { ok: false, fields: ['cadenceDays'] }],
    ['a cadence changed elsewhere to the same value', { cadenceDays: 30 }, { cadenceDays: 91 }, { ok: true, patch: { cadenceDays: 91 } }],
    ['where we met, unchanged elsewhere', { met: { eventName: 'Sud Web', date: '2026-05-20', place: '' } }, { met: { eventName: 'Sud Web 2026', date: '2026-05-20' } }, { ok: true }],
    ['where we met, changed elsewhere too', { met: { eventName: 'Sudweb' } }, { met: { eventName: 'Sud Web 2026' } }, { ok: false, fields: ['met'] }],
  ])('%s', (_label, base, patch, expected) => expect(mergePatch(stored, base, patch)).toMatchObject(expected));
});
