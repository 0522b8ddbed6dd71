import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/core/profile';
import { createContact } from '@/storage/contacts';
import { db, MailleDb } from '@/storage/db';
import { findOrCreateEvent, listEvents } from '@/storage/events';
import { introductionsOf, proposeIntroduction, setIntroductionStatus } from '@/storage/introductions';
import { latestObservation, recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('database schema, version 1', () => {
  it('has every table with its indexes', () => {
    const schema = Object.fromEntries(new MailleDb('schema-probe').tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)]]));
    expect(schema).toEqual({
      contacts: ['id', 'profileKeys', 'nextDueAt', 'lastContactAt', 'tags', 'name', 'nameKey', 'updatedAt'],
      interactions: ['id', '[contactId+at]', 'at'],
      events: ['id', 'date', 'series', 'name'],
      introductions: ['id', 'aId', 'bId', 'at', 'status'],
      observations: ['id', '[contactId+at]', 'profileKey'],
    });
    expect(db.verno).toBe(1);
  });
});

describe('events, introductions and observations', () => {
  useEmptyDb();

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
    await setIntroductionStatus(intro.id, 'accepted', NOW + 1, 'Met for coffee');
    expect(await introductionsOf(b.id)).toEqual([{ ...intro, status: 'accepted', outcome: 'Met for coffee', updatedAt: NOW + 1 }]);
    expect((await introductionsOf(a.id)).length).toBe(1);
    await expect(proposeIntroduction(a.id, a.id, undefined, NOW)).rejects.toThrow('two different people');
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
