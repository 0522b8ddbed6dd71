import { describe, expect, it } from 'vitest';
import { isQuiet, nextDigestAt, quietEndsAt } from '@/core/notification-times';

const t = (iso: string) => new Date(iso).getTime();
const iso = (ms: number) => new Date(ms).toISOString();
const NIGHT = { start: '21:00', end: '08:00' };

describe('quiet hours', () => {
  it.each([
    ['2026-11-26T22:30:00+01:00', NIGHT, true],
    ['2026-11-26T07:59:00+01:00', NIGHT, true],
    ['2026-11-26T08:00:00+01:00', NIGHT, false],
    ['2026-11-26T12:00:00+01:00', NIGHT, false],
    ['2026-11-26T13:30:00+01:00', { start: '12:00', end: '14:00' }, true],
    ['2026-11-26T14:00:00+01:00', { start: '12:00', end: '14:00' }, false],
    ['2026-11-26T03:00:00+01:00', null, false],
  ] as const)('%s in %j: %s', (at, quiet, expected) => {
    expect(isQuiet(t(at), quiet, 'Europe/Paris')).toBe(expected);
  });

  it.each([
    ['2026-11-26T22:30:00+01:00', '2026-11-27T07:00:00.000Z'],
    ['2026-11-27T03:00:00+01:00', '2026-11-27T07:00:00.000Z'],
    ['2026-11-27T10:00:00+01:00', '2026-11-27T09:00:00.000Z'],
    // The night DST ends in Paris is an hour longer: 08:00 is then UTC+1.
    ['2026-10-24T23:00:00+02:00', '2026-10-25T07:00:00.000Z'],
  ])('quiet at %s ends at %s', (at, end) => {
    expect(iso(quietEndsAt(t(at), NIGHT, 'Europe/Paris'))).toBe(end);
  });
});

describe('next digest', () => {
  it.each([
    ['before 9:00: today at 9:00', '2026-11-26T06:00:00+01:00', '09:00', NIGHT, '2026-11-26T08:00:00.000Z'],
    ['at 9:00 exactly: tomorrow', '2026-11-26T09:00:00+01:00', '09:00', NIGHT, '2026-11-27T08:00:00.000Z'],
    ['after 9:00: tomorrow', '2026-11-26T15:00:00+01:00', '09:00', NIGHT, '2026-11-27T08:00:00.000Z'],
    ['a digest time in the quiet hours moves to their end', '2026-11-26T15:00:00+01:00', '07:00', NIGHT, '2026-11-27T07:00:00.000Z'],
    ['an evening digest before the quiet hours', '2026-11-26T15:00:00+01:00', '18:30', NIGHT, '2026-11-26T17:30:00.000Z'],
    ['across spring DST: 9:00 is UTC+2', '2026-03-28T15:00:00+01:00', '09:00', NIGHT, '2026-03-29T07:00:00.000Z'],
    ['no quiet hours', '2026-11-26T15:00:00+01:00', '07:00', null, '2026-11-27T06:00:00.000Z'],
  ] as const)('%s', (_label, after, time, quiet, expected) => {
    expect(iso(nextDigestAt(t(after), time, quiet, 'Europe/Paris'))).toBe(expected);
  });

  it('refuses a malformed time', () => {
    expect(() => nextDigestAt(0, '9h', null, 'UTC')).toThrow('Invalid time of day');
  });
});
