import { describe, expect, it } from 'vitest';
import { atMinutesOfDay, checkPastDay, checkPastInstant, dayStart, daysBetween, fromLocalDay, midnightAfter, minutesOfDay, reachedMidnightAfter, toLocalDay } from '@/core/local-day';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso).getTime();

describe('local days in a time zone', () => {
  it.each([
    ['late evening in Paris is still that day', '2026-11-26T22:30:00Z', PARIS, '2026-11-26'],
    ['just after midnight in Paris is the next day', '2026-11-26T23:30:00Z', PARIS, '2026-11-27'],
    ['the same instant in New York', '2026-11-26T23:30:00Z', 'America/New_York', '2026-11-26'],
    ['the same instant in Auckland', '2026-11-26T23:30:00Z', 'Pacific/Auckland', '2026-11-27'],
  ])('toLocalDay: %s', (_label, iso, zone, day) => expect(toLocalDay(at(iso), zone)).toBe(day));

  it.each([
    ['a winter day', '2026-11-26', '2026-11-25T23:00:00.000Z'],
    ['a summer day', '2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['the day clocks go forward', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['29 February of a leap year', '2028-02-29', '2028-02-28T23:00:00.000Z'],
  ])('dayStart: %s', (_label, day, iso) => expect(new Date(dayStart(day, PARIS)!).toISOString()).toBe(iso));

  it.each(['2026-02-29', '2026-13-01', '26-11-2026', ''])('dayStart refuses %j', (day) => expect(dayStart(day, PARIS)).toBeUndefined());

  it('steps calendar days, not 24 hours, across a DST change', () => {
    const saturday = at('2026-03-28T12:00:00Z');
    // Sunday 29 March is 23 hours long in Paris: Monday still starts at local midnight.
    expect(new Date(midnightAfter(saturday, 2, PARIS)).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(daysBetween(saturday, at('2026-03-30T06:00:00Z'), PARIS)).toBe(2);
    expect(daysBetween(at('2026-11-26T23:30:00Z'), at('2026-11-26T22:30:00Z'), PARIS)).toBe(-1);
  });

  // The zones furthest from UTC either side, half-hour and half-hour-DST ones, starts late in the
  // day and across DST changes: the arithmetic shortcut agrees with the zone on each side of
  // each midnight, to the millisecond.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', PARIS, 'America/St_Johns', 'Australia/Lord_Howe', 'UTC'])('reachedMidnightAfter agrees with midnightAfter in %s', (zone) => {
    for (const start of ['2026-03-28T23:59:00Z', '2026-03-29T00:30:00Z', '2026-10-24T11:00:00Z', '2026-12-31T13:59:59Z', '2027-04-04T14:30:00Z']) {
      for (const days of [0, 1, 2, 45, 137, 400]) {
        const midnight = midnightAfter(at(start), days, zone);
        for (const now of [midnight - 86_400_000, midnight - 3_600_000, midnight - 1, midnight, midnight + 1, midnight + 3_600_000, midnight + 86_400_000]) {
          expect(reachedMidnightAfter(now, at(start), days, zone), `${start} + ${days} days, ${new Date(now).toISOString()}`).toBe(now >= midnight);
        }
      }
    }
  });

  it('reads and sets times of day in the zone', () => {
    const noonish = at('2026-11-26T11:45:00Z');
    expect(minutesOfDay(noonish, PARIS)).toBe(12 * 60 + 45);
    expect(new Date(atMinutesOfDay(noonish, 9 * 60, PARIS)).toISOString()).toBe('2026-11-26T08:00:00.000Z');
  });
});

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
