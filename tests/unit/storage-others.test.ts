import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/core/profile';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { findOrCreateEvent, listEvents, peopleCounts, peopleMetAt, peopleOfEarlierEditions, updateEvent } from '@/storage/events';
import { describeIntroduction, introductionsOf, proposeIntroduction, takeIntroductionStep } from '@/storage/introductions';
import { interactionsOf } from '@/storage/interactions';
import { latestObservation, recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('events, introductions and observations', () => {
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

  it('keeps introductions on both people’s side', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    const intro = await proposeIntroduction(a.id, b.id, 'Both into cobots', NOW);
    await describeIntroduction(intro.id, { outcome: 'Met for coffee' }, NOW + 1);
    expect(await introductionsOf(b.id)).toEqual([{ ...intro, outcome: 'Met for coffee', updatedAt: NOW + 1 }]);
    expect((await introductionsOf(a.id)).length).toBe(1);
    await expect(proposeIntroduction(a.id, a.id, undefined, NOW)).rejects.toThrow('two different people');
    await expect(proposeIntroduction(b.id, a.id, undefined, NOW)).rejects.toMatchObject({ refusal: { rule: 'duplicate' } });
  });

  it('walks the double opt-in: each asked alone (on their timeline), both yes, then introduced on both timelines', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    const intro = await proposeIntroduction(a.id, b.id, undefined, NOW);
    await expect(takeIntroductionStep(intro.id, { step: 'introduced' }, 'Introduction', RULES, NOW + 1)).rejects.toMatchObject({ message: 'notAgreed' });
    await expect(takeIntroductionStep(intro.id, { step: 'answered', side: 'a', answer: 'yes' }, '', RULES, NOW + 1)).rejects.toMatchObject({ message: 'notAsked' });
    expect((await takeIntroductionStep(intro.id, { step: 'asked', side: 'a' }, 'Would you like to meet Marc?', RULES, NOW + 1)).status).toBe('asked');
    expect((await interactionsOf(a.id)).map((i) => [i.kind, i.summary])).toEqual([['introduction', 'Would you like to meet Marc?']]);
    expect(await interactionsOf(b.id)).toEqual([]);
    await takeIntroductionStep(intro.id, { step: 'asked', side: 'b' }, 'Would you like to meet Claire?', RULES, NOW + 2);
    await takeIntroductionStep(intro.id, { step: 'answered', side: 'a', answer: 'yes' }, '', RULES, NOW + 3);
    await takeIntroductionStep(intro.id, { step: 'answered', side: 'b', answer: 'yes' }, '', RULES, NOW + 4);
    const done = await takeIntroductionStep(intro.id, { step: 'introduced' }, 'Introduction: Claire and Marc', RULES, NOW + 5);
    expect(done).toMatchObject({ status: 'introduced', introducedAt: NOW + 5 });
    expect((await interactionsOf(b.id)).map((i) => i.summary)).toEqual(['Introduction: Claire and Marc', 'Would you like to meet Claire?']);
    await expect(takeIntroductionStep(intro.id, { step: 'asked', side: 'a' }, '', RULES, NOW + 6)).rejects.toMatchObject({ message: 'closed' });
  });

  it('records what a profile showed only when it changed', async () => {
    const claire = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    const seen = (company: string): ProfileSnapshot => ({ ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine', company, headline: `Partnerships at ${company}` } });
    expect(await recordObservation(claire.id, seen('Lumen Robotics'), RULES, NOW)).not.toBeNull();
    expect(await recordObservation(claire.id, seen('Lumen Robotics'), RULES, NOW + 1)).toBeNull();
    expect(await recordObservation(claire.id, seen('Axiome'), RULES, NOW + 2)).not.toBeNull();
    expect((await db.observations.toArray()).sort((a, b) => a.at - b.at).map((o) => o.company)).toEqual(['Lumen Robotics', 'Axiome']);
    expect((await latestObservation(claire.id))?.company).toBe('Axiome');
  });
});
