import { describe, expect, it } from 'vitest';
import { groupDue } from '@/core/due-groups';
import type { Contact } from '@/core/records';
import { describeDue, formatDuration } from '@/i18n/due-text';
import { contactRecord } from '../support/records';

const t = (iso: string) => new Date(iso).getTime();
const NOW = t('2026-11-26T10:00:00+01:00');
const ZONE = 'Europe/Paris';

function contact(name: string, fields: Partial<Contact>): Contact {
  return contactRecord({ id: name, name, cadenceDays: 91, createdAt: t('2026-01-01T00:00:00Z'), ...fields });
}

describe('popup groups', () => {
  it('sorts into Overdue, Today and This week by local day', () => {
    const groups = groupDue([
      contact('late', { nextDueAt: t('2026-11-25T23:59:00+01:00') }),
      contact('midnight', { nextDueAt: t('2026-11-26T00:00:00+01:00') }),
      contact('tonight', { nextDueAt: t('2026-11-26T22:00:00+01:00') }),
      contact('tomorrow', { nextDueAt: t('2026-11-27T00:00:00+01:00') }),
      contact('in six days', { nextDueAt: t('2026-12-02T23:00:00+01:00') }),
      contact('in seven days', { nextDueAt: t('2026-12-03T00:00:00+01:00') }),
      contact('never', {}),
    ], NOW, ZONE);
    expect(Object.fromEntries(Object.entries(groups).map(([g, list]) => [g, list.map((c) => c.name)]))).toEqual({
      overdue: ['late'],
      today: ['midnight', 'tonight'],
      week: ['tomorrow', 'in six days'],
    });
  });
});

describe('reasons in words', () => {
  it.each([
    ['follow-up at an event, yesterday', contact('a', { dueReason: 'follow-up', met: { date: '2026-11-25', eventName: 'Mobile Monday' } }), 'Met at Mobile Monday yesterday — follow up'],
    ['follow-up, three days ago', contact('a', { dueReason: 'follow-up', met: { date: '2026-11-23' } }), 'Met 3 days ago — follow up'],
    ['follow-up, long ago', contact('a', { dueReason: 'follow-up', met: { date: '2026-10-02' } }), 'Met on 2 October 2026 — follow up'],
    ['reconnect', contact('a', { dueReason: 'reconnect', lastContactAt: t('2026-07-20T10:00:00+02:00') }), 'No contact for 4 months'],
    ['reconnect turned losing touch with time', contact('a', { dueReason: 'reconnect', lastContactAt: t('2026-05-01T10:00:00+02:00') }), 'Losing touch — no contact for 7 months'],
    ['never contacted', contact('a', { dueReason: 'reconnect', createdAt: t('2026-08-01T10:00:00+02:00') }), 'No contact since you added them, 4 months ago'],
    ['a new job', contact('a', { dueReason: 'occasion', dueJob: { title: 'COO', company: 'Axiome' } }), 'New job: COO at Axiome — congratulate them'],
  ])('%s', (_label, c, text) => {
    expect(describeDue(c, NOW, ZONE)).toBe(text);
  });

  it.each([
    [1, '1 day'],
    [12, '12 days'],
    [21, '3 weeks'],
    [130, '4 months'],
    [800, '2 years'],
  ])('%i days → %s', (days, text) => expect(formatDuration(days)).toBe(text));
});
