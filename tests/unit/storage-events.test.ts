import { describe, expect, it } from 'vitest';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { findOrCreateEvent, listEvents, peopleCounts, peopleMetAt, peopleOfEarlierEditions, updateEvent } from '@/storage/events';
import { RULES, useEmptyDb } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('events', () => {
  useEmptyDb();

  it.each([
    ['another case', 'MOBILE MONDAY LYON', '2026-11-23', true],
    ['accents and spaces', '  Mobile  Mondáy Lyon ', '2026-11-23', true],
    ['a typo', 'Mobile Mondy Lyon', '2026-11-23', true],
    ['a typo on another day', 'Mobile Mondy Lyon', '2026-12-21', false],
    ['another event that day', 'Lyon Data Meetup', '2026-11-23', false],
  ])('never makes a near-duplicate event: %s', async (_label, name, date, same) => {
    const first = await findOrCreateEvent({ name: 'Mobile Monday Lyon', date: '2026-11-23' }, NOW);
    const second = await findOrCreateEvent({ name, date }, NOW);
    expect(second.id === first.id).toBe(same);
    expect(await db.events.count()).toBe(same ? 1 : 2);
  });

  it('renames an event for the people met there, and refuses a name taken that day', async () => {
    const claire = await createContact({ name: 'Claire Fontaine', met: { eventName: 'Mobile Monday', date: '2026-11-23' } }, RULES, NOW);
    const event = (await listEvents())[0]!;
    await findOrCreateEvent({ name: 'Lyon Data Meetup', date: '2026-11-23' }, NOW);
    await updateEvent(event.id, { name: 'Mobile Monday Lyon', series: 'Mobile Monday' }, NOW + 1);
    expect((await db.contacts.get(claire.id))?.met?.eventName).toBe('Mobile Monday Lyon');
    expect((await peopleMetAt(event.id)).map((c) => c.name)).toEqual(['Claire Fontaine']);
    await expect(updateEvent(event.id, { name: 'lyon data meetup' }, NOW + 2)).rejects.toMatchObject({ refusal: { code: 'invalid', rule: 'duplicate' } });
  });

  it('lists the people of earlier editions of a series', async () => {
    await createContact({ name: 'Claire Fontaine', met: { eventName: 'Mobile Monday Lyon #41', date: '2026-09-21' } }, RULES, NOW);
    await createContact({ name: 'Marc Lefebvre', met: { eventName: 'Mobile Monday Lyon #42', date: '2026-10-19' } }, RULES, NOW);
    for (const event of await listEvents()) await updateEvent(event.id, { series: 'Mobile Monday Lyon' }, NOW);
    const next = await findOrCreateEvent({ name: 'Mobile Monday Lyon #43', date: '2026-12-21', series: 'Mobile Monday Lyon' }, NOW);
    const earlier = await peopleOfEarlierEditions(next.series!, next.date!);
    expect(earlier.map(({ event, people }) => [event.name, people.map((p) => p.name)])).toEqual([
      ['Mobile Monday Lyon #42', ['Marc Lefebvre']],
      ['Mobile Monday Lyon #41', ['Claire Fontaine']],
    ]);
    expect(await peopleCounts((await listEvents()).map((e) => e.id))).toEqual(new Map((await listEvents()).map((e) => [e.id, e.name.endsWith('#43') ? 0 : 1])));
  });

  it('finds or creates events by name and day', async () => {
    const a = await findOrCreateEvent({ name: 'Mobile Monday', date: '2026-11-23' }, NOW);
    const b = await findOrCreateEvent({ name: 'Mobile Monday', date: '2026-11-23' }, NOW);
    const c = await findOrCreateEvent({ name: 'Mobile Monday', date: '2026-12-21' }, NOW);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    expect((await listEvents()).map((e) => e.date)).toEqual(['2026-12-21', '2026-11-23']);
    await expect(findOrCreateEvent({ name: '  ' }, NOW)).rejects.toThrow('needs a name');
  });
});
