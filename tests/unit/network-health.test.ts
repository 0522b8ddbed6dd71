import { describe, expect, it } from 'vitest';
import { touchCounts, weeklyInteractions, WEEKS_SHOWN } from '@/core/network-health';
import type { Contact } from '@/core/records';
import { contactRecord, DAY } from '../support/records';

const TZ = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 26, 9); // a Thursday

const contact = (fields: Partial<Contact>): Contact => contactRecord({ id: 'x', name: 'X', ...fields });

describe('network health', () => {
  it.each([
    ['never contacted, whatever the cadence', contact({ cadenceDays: 30, nextDueAt: NOW - DAY }), 'never'],
    ['contacted, no cadence', contact({ lastContactAt: NOW - 5 * DAY }), 'noCadence'],
    ['contacted, next due later', contact({ cadenceDays: 30, lastContactAt: NOW - 5 * DAY, nextDueAt: NOW + 25 * DAY }), 'fresh'],
    ['contacted, due now', contact({ cadenceDays: 30, lastContactAt: NOW - 31 * DAY, nextDueAt: NOW - DAY }), 'due'],
    ['contacted, far past the cadence', contact({ cadenceDays: 30, lastContactAt: NOW - 200 * DAY, nextDueAt: NOW - 170 * DAY }), 'losingTouch'],
  ])('%s', (_label, person, bucket) => {
    const counts = touchCounts([person], NOW, TZ);
    expect(Object.entries(counts).filter(([, n]) => n).map(([name]) => name)).toEqual([bucket]);
  });

  it('counts 52 weeks ending with this one, in-person apart, nothing older or in the future', () => {
    const weeks = weeklyInteractions([
      { at: NOW, kind: 'lunch' },
      { at: NOW - DAY, kind: 'email' },
      // Monday 23 November 00:30 in Paris is this week; Sunday 22 at 23:30 is the week before.
      { at: Date.UTC(2026, 10, 22, 23, 30), kind: 'call' },
      { at: Date.UTC(2026, 10, 22, 22, 30), kind: 'meeting' },
      { at: NOW - 400 * DAY, kind: 'call' },
      { at: NOW + DAY, kind: 'call' },
    ], NOW, TZ);
    expect(weeks).toHaveLength(WEEKS_SHOWN);
    expect(weeks.at(-1)).toMatchObject({ start: Date.UTC(2026, 10, 22, 23), inPerson: 1, other: 2 });
    expect(weeks.at(-2)).toMatchObject({ inPerson: 1, other: 0 });
    expect(weeks[0]!.start).toBe(Date.UTC(2025, 10, 30, 23)); // Monday 1 December 2025, Paris midnight
    expect(weeks.reduce((n, w) => n + w.inPerson + w.other, 0)).toBe(4);
  });

  it('keeps whole local weeks across a DST change', () => {
    const weeks = weeklyInteractions([], Date.UTC(2026, 3, 1, 12), TZ);
    const lengths = new Set(weeks.slice(1).map((w, i) => Math.round((w.start - weeks[i]!.start) / 3_600_000)));
    expect([...lengths].sort()).toEqual([167, 168, 169]);
  });
});
