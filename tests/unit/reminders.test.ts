import { describe, expect, it } from 'vitest';
import type { InteractionKind } from '@/core/records';
import { isDueNow, reminderState, type ReminderInput, type ReminderRules, type ReminderState } from '@/core/reminders';

const t = (iso: string) => new Date(iso).getTime();
const iso = (ms: number | null | undefined) => (ms == null ? ms : new Date(ms).toISOString());

interface Case {
  name: string;
  zone?: string;
  minGapDays?: number;
  newYearWishes?: boolean;
  now: string;
  met?: string;
  cadenceDays?: number | null;
  createdAt?: string;
  snoozedUntil?: string;
  interactions?: [InteractionKind, string][];
  observations?: [string, string, string?][];
  expect: { reason: ReminderState['reason']; dueAt?: string; nextDueAt?: string; due: boolean };
}

const CASES: Case[] = [
  // Habit 1: met on D, nothing since → due on D+1 at local midnight.
  { name: 'met yesterday, nothing since: follow-up due today', now: '2026-11-26T09:00:00+01:00', met: '2026-11-25',
    expect: { reason: 'follow-up', dueAt: '2026-11-25T23:00:00.000Z', due: true } },
  { name: 'met today: follow-up due tomorrow, not yet', now: '2026-11-25T20:00:00+01:00', met: '2026-11-25',
    expect: { reason: 'follow-up', dueAt: '2026-11-25T23:00:00.000Z', due: false } },
  { name: 'the meeting itself logged on D does not count as the follow-up', now: '2026-11-26T09:00:00+01:00', met: '2026-11-25',
    interactions: [['event', '2026-11-25T19:00:00+01:00']], expect: { reason: 'follow-up', dueAt: '2026-11-25T23:00:00.000Z', due: true } },
  { name: 'an email the same evening is the follow-up', now: '2026-11-26T09:00:00+01:00', met: '2026-11-25', cadenceDays: 91,
    interactions: [['email', '2026-11-25T22:30:00+01:00']], expect: { reason: 'reconnect', dueAt: '2027-02-23T23:00:00.000Z', due: false } },
  { name: 'an email three days later ends the follow-up', now: '2026-11-29T09:00:00+01:00', met: '2026-11-25', cadenceDays: null,
    interactions: [['email', '2026-11-28T10:00:00+01:00']], expect: { reason: null, due: false } },
  { name: 'follow-up overdue for a week stays due', now: '2026-12-02T09:00:00+01:00', met: '2026-11-25',
    expect: { reason: 'follow-up', dueAt: '2026-11-25T23:00:00.000Z', due: true } },

  // Time zones and daylight saving: days start at local midnight.
  { name: 'Paris, the day before autumn DST ends', now: '2026-10-25T12:00:00+01:00', met: '2026-10-24',
    expect: { reason: 'follow-up', dueAt: '2026-10-24T22:00:00.000Z', due: true } },
  { name: 'Paris, met on the day autumn DST ends', now: '2026-10-26T12:00:00+01:00', met: '2026-10-25',
    expect: { reason: 'follow-up', dueAt: '2026-10-25T23:00:00.000Z', due: true } },
  { name: 'Paris, met the day before spring DST starts', now: '2026-03-29T12:00:00+02:00', met: '2026-03-28',
    expect: { reason: 'follow-up', dueAt: '2026-03-28T23:00:00.000Z', due: true } },
  { name: 'Paris, a 30-day cadence across spring DST', now: '2026-03-31T08:00:00+02:00', cadenceDays: 30,
    interactions: [['call', '2026-03-01T10:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2026-03-30T22:00:00.000Z', due: true } },
  { name: 'New York, met the day before DST ends', zone: 'America/New_York', now: '2026-11-01T12:00:00-05:00', met: '2026-10-31',
    expect: { reason: 'follow-up', dueAt: '2026-11-01T04:00:00.000Z', due: true } },
  { name: 'Tokyo, no DST', zone: 'Asia/Tokyo', now: '2026-11-26T09:00:00+09:00', met: '2026-11-25',
    expect: { reason: 'follow-up', dueAt: '2026-11-25T15:00:00.000Z', due: true } },
  { name: 'Auckland, met the day before southern DST starts', zone: 'Pacific/Auckland', now: '2026-09-27T12:00:00+13:00', met: '2026-09-26',
    expect: { reason: 'follow-up', dueAt: '2026-09-26T12:00:00.000Z', due: true } },
  { name: 'the same instant is still "today" in New York, already tomorrow in Paris', zone: 'America/New_York', now: '2026-11-26T03:00:00+01:00', met: '2026-11-25',
    expect: { reason: 'follow-up', dueAt: '2026-11-26T05:00:00.000Z', due: false } },

  // Month ends and leap days.
  { name: '30 days after January 31 (not a leap year)', now: '2026-03-02T08:00:00+01:00', cadenceDays: 30,
    interactions: [['lunch', '2026-01-31T12:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2026-03-01T23:00:00.000Z', due: true } },
  { name: '30 days after January 31 of a leap year lands on February 29', now: '2028-03-01T08:00:00+01:00', cadenceDays: 30,
    interactions: [['lunch', '2028-01-31T12:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2028-02-29T23:00:00.000Z', due: true } },
  { name: 'a year after a leap day', now: '2029-02-28T08:00:00+01:00', cadenceDays: 365,
    interactions: [['call', '2028-02-29T12:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2029-02-27T23:00:00.000Z', due: true } },
  { name: 'met on a leap day', now: '2028-03-01T08:00:00+01:00', met: '2028-02-29',
    expect: { reason: 'follow-up', dueAt: '2028-02-29T23:00:00.000Z', due: true } },

  // Keep in touch: the clock restarts at the last contact, whatever its kind.
  { name: 'contacted yesterday with a three-month cadence: nowhere', now: '2026-11-26T09:00:00+01:00', cadenceDays: 91,
    interactions: [['message', '2026-11-25T15:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2027-02-23T23:00:00.000Z', due: false } },
  { name: 'no contact for four months, cadence three', now: '2026-11-26T09:00:00+01:00', cadenceDays: 91,
    interactions: [['call', '2026-07-20T10:00:00+02:00']], expect: { reason: 'reconnect', dueAt: '2026-10-18T22:00:00.000Z', due: true } },
  { name: 'past 1.5 × cadence: losing touch', now: '2026-11-26T09:00:00+01:00', cadenceDays: 91,
    interactions: [['call', '2026-05-01T10:00:00+02:00']], expect: { reason: 'losing-touch', dueAt: '2026-07-30T22:00:00.000Z', due: true } },
  { name: 'an old contact and a recent one: the recent one counts', now: '2026-11-26T09:00:00+01:00', cadenceDays: 30,
    interactions: [['call', '2026-05-01T10:00:00+02:00'], ['news', '2026-11-20T10:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2026-12-19T23:00:00.000Z', due: false } },
  { name: 'never contacted: counted from the day they were added', now: '2026-11-26T09:00:00+01:00', cadenceDays: 91, createdAt: '2026-06-01T10:00:00+02:00',
    expect: { reason: 'losing-touch', dueAt: '2026-08-30T22:00:00.000Z', due: true } },
  { name: 'no cadence, no meeting: no reminder', now: '2026-11-26T09:00:00+01:00', cadenceDays: null,
    interactions: [['call', '2025-01-01T10:00:00+01:00']], expect: { reason: null, due: false } },

  // Occasions: a new job seen on the profile.
  { name: 'a new company seen on the profile: occasion', now: '2026-11-26T09:00:00+01:00', cadenceDays: 182,
    interactions: [['call', '2026-10-01T10:00:00+02:00']],
    observations: [['2026-09-01T10:00:00+02:00', 'Lumen Robotics', 'Head of Partnerships'], ['2026-11-20T10:00:00+01:00', 'Axiome', 'COO']],
    expect: { reason: 'occasion', dueAt: '2026-11-20T09:00:00.000Z', due: true } },
  { name: 'a job change already acknowledged', now: '2026-11-26T09:00:00+01:00', cadenceDays: 182,
    interactions: [['message', '2026-11-21T10:00:00+01:00']],
    observations: [['2026-09-01T10:00:00+02:00', 'Lumen Robotics'], ['2026-11-20T10:00:00+01:00', 'Axiome']],
    expect: { reason: 'reconnect', due: false } },

  // Pace guard and snooze.
  { name: 'reached three days ago: off every list for the minimum gap', now: '2026-11-26T09:00:00+01:00', minGapDays: 7, cadenceDays: 182,
    interactions: [['call', '2026-11-23T10:00:00+01:00']],
    observations: [['2026-09-01T10:00:00+02:00', 'Lumen Robotics'], ['2026-11-25T10:00:00+01:00', 'Axiome']],
    expect: { reason: 'occasion', dueAt: '2026-11-25T09:00:00.000Z', nextDueAt: '2026-11-29T23:00:00.000Z', due: false } },
  { name: 'snoozed: hidden until the snooze ends', now: '2026-11-26T09:00:00+01:00', met: '2026-11-25', snoozedUntil: '2026-12-03T09:00:00+01:00',
    expect: { reason: 'follow-up', nextDueAt: '2026-12-03T08:00:00.000Z', due: false } },
  { name: 'a snooze that ended: due again', now: '2026-12-04T09:00:00+01:00', met: '2026-11-25', snoozedUntil: '2026-12-03T09:00:00+01:00',
    expect: { reason: 'follow-up', nextDueAt: '2026-12-03T08:00:00.000Z', due: true } },

  // Habit 4: new-year wishes, 1–31 January, once a year, to everyone with a cadence.
  { name: 'January, not contacted since last year: wishes due since 1 January', newYearWishes: true, now: '2027-01-05T09:00:00+01:00', cadenceDays: 91,
    interactions: [['email', '2026-11-25T10:00:00+01:00']], expect: { reason: 'new-year', dueAt: '2026-12-31T23:00:00.000Z', due: true } },
  { name: 'contacted on 2 January: no wishes this year', newYearWishes: true, now: '2027-01-05T09:00:00+01:00', cadenceDays: 91,
    interactions: [['call', '2027-01-02T10:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2027-04-02T22:00:00.000Z', due: false } },
  { name: 'February: the wishes are over, the cadence is back', newYearWishes: true, now: '2027-02-03T09:00:00+01:00', cadenceDays: 91,
    interactions: [['email', '2026-11-25T10:00:00+01:00']], expect: { reason: 'reconnect', dueAt: '2027-02-23T23:00:00.000Z', due: false } },
  { name: 'December: wishes come next on 1 January', newYearWishes: true, now: '2026-12-20T09:00:00+01:00', cadenceDays: 91,
    interactions: [['email', '2026-11-25T10:00:00+01:00']], expect: { reason: 'new-year', dueAt: '2026-12-31T23:00:00.000Z', due: false } },
  { name: 'no cadence: no wishes', newYearWishes: true, now: '2027-01-05T09:00:00+01:00', cadenceDays: null,
    interactions: [['email', '2026-11-25T10:00:00+01:00']], expect: { reason: null, due: false } },
  { name: 'wishes turned off in the settings', newYearWishes: false, now: '2027-01-05T09:00:00+01:00', cadenceDays: 91,
    interactions: [['email', '2026-11-25T10:00:00+01:00']], expect: { reason: 'reconnect', due: false } },
  { name: 'contacted on 30 December with a 7-day gap: wishes wait for the gap', newYearWishes: true, minGapDays: 7, now: '2027-01-03T09:00:00+01:00', cadenceDays: 91,
    interactions: [['email', '2026-12-30T10:00:00+01:00']], expect: { reason: 'new-year', nextDueAt: '2027-01-05T23:00:00.000Z', due: false } },
];

describe('reminder engine', () => {
  it.each(CASES)('$name', (c) => {
    const rules: ReminderRules = { minGapDays: c.minGapDays ?? 0, timeZone: c.zone ?? 'Europe/Paris', newYearWishes: c.newYearWishes ?? false };
    const input: ReminderInput = {
      contact: {
        met: c.met ? { date: c.met } : undefined,
        cadenceDays: c.cadenceDays === undefined ? null : c.cadenceDays,
        createdAt: t(c.createdAt ?? '2026-01-01T00:00:00Z'),
        snoozedUntil: c.snoozedUntil ? t(c.snoozedUntil) : undefined,
      },
      interactions: (c.interactions ?? []).map(([kind, at]) => ({ kind, at: t(at) })),
      observations: (c.observations ?? []).map(([at, company, title]) => ({ at: t(at), profileKey: 'linkedin:camille-roux', company, title })),
    };
    const now = t(c.now);
    const state = reminderState(input, rules, now);
    expect(state.reason).toBe(c.expect.reason);
    if (c.expect.dueAt) expect(iso(state.dueAt)).toBe(c.expect.dueAt);
    if (c.expect.nextDueAt) expect(iso(state.nextDueAt)).toBe(c.expect.nextDueAt);
    expect(isDueNow(state, now)).toBe(c.expect.due);
    if (state.reason === null) expect(state.nextDueAt).toBeNull();
  });
});
