import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/core/profile';
import { deleteContact, restoreContact } from '@/storage/contact-deletion';
import { createContact, snoozeContact, updateContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { contactsDueBy, countDue, lunchIdeas, nextDueAfter, refreshAllDue, refreshDueNow } from '@/storage/due';
import { deleteInteraction, logInteraction, lunchesSince } from '@/storage/interactions';
import { introductionsOf, proposeIntroduction } from '@/storage/introductions';
import { recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb } from './db-helpers';
import { DAY } from '../support/records';

const t = (iso: string) => new Date(iso).getTime();
const NOW = t('2026-11-26T10:00:00+01:00');
const TODAY_MIDNIGHT = t('2026-11-26T00:00:00+01:00');

async function nextDueOf(id: string) {
  const c = await db.contacts.get(id);
  return { nextDueAt: c?.nextDueAt, dueReason: c?.dueReason };
}

describe('nextDueAt is kept true on every write', () => {
  useEmptyDb();

  it('new contact met yesterday: due today at midnight, for a follow-up', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' }, cadenceDays: 91 }, RULES, NOW);
    expect(await nextDueOf(c.id)).toEqual({ nextDueAt: TODAY_MIDNIGHT, dueReason: 'follow-up' });
  });

  it('a logged interaction moves it (the follow-up is done; the cadence restarts)', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' }, cadenceDays: 30 }, RULES, NOW);
    await logInteraction({ contactId: c.id, kind: 'email', at: NOW }, RULES, NOW);
    expect(await nextDueOf(c.id)).toEqual({ nextDueAt: t('2026-12-26T00:00:00+01:00'), dueReason: 'reconnect' });
  });

  it('a cadence change moves it, and "no reminders" removes it', async () => {
    const c = await createContact({ name: 'Marc', cadenceDays: 30 }, RULES, NOW);
    await logInteraction({ contactId: c.id, kind: 'call', at: NOW }, RULES, NOW);
    await updateContact(c.id, { cadenceDays: 182 }, RULES, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBe(t('2027-05-27T00:00:00+02:00'));
    await updateContact(c.id, { cadenceDays: null }, RULES, NOW);
    expect(await nextDueOf(c.id)).toEqual({ nextDueAt: undefined, dueReason: undefined });
    expect(await db.contacts.where('nextDueAt').above(0).count()).toBe(0);
  });

  it('where-we-met changes move it', async () => {
    const c = await createContact({ name: 'Marc', cadenceDays: null }, RULES, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBeUndefined();
    await updateContact(c.id, { met: { date: '2026-11-25', eventName: 'Mobile Monday' } }, RULES, NOW);
    expect(await nextDueOf(c.id)).toEqual({ nextDueAt: TODAY_MIDNIGHT, dueReason: 'follow-up' });
  });

  it('a snooze moves it, and an ended snooze brings it back', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' } }, RULES, NOW);
    await snoozeContact(c.id, NOW + 7 * DAY, RULES, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBe(NOW + 7 * DAY);
    await snoozeContact(c.id, NOW - 1, RULES, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBe(TODAY_MIDNIGHT);
  });

  it('deleting an interaction moves it back', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' }, cadenceDays: 30 }, RULES, NOW);
    const email = await logInteraction({ contactId: c.id, kind: 'email', at: NOW }, RULES, NOW);
    await deleteInteraction(email.id, RULES, NOW);
    expect(await nextDueOf(c.id)).toEqual({ nextDueAt: TODAY_MIDNIGHT, dueReason: 'follow-up' });
    expect((await db.contacts.get(c.id))?.lastContactAt).toBeUndefined();
  });

  it('deleting a contact takes it off the list; undo puts everything back', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' }, profile: LINKEDIN_CLAIRE }, RULES, NOW);
    await logInteraction({ contactId: c.id, kind: 'event', at: t('2026-11-25T19:00:00+01:00') }, RULES, NOW);
    const marc = await createContact({ name: 'Marc', cadenceDays: null }, RULES, NOW);
    await proposeIntroduction(c.id, marc.id, 'cobots', NOW);
    const deleted = await deleteContact(c.id);
    expect(await countDue(NOW)).toBe(0);
    expect(await db.interactions.count()).toBe(0);
    expect(await introductionsOf(marc.id)).toEqual([]);
    await restoreContact(deleted, RULES, NOW);
    expect(await countDue(NOW)).toBe(1);
    expect(await db.interactions.count()).toBe(1);
    expect(await introductionsOf(marc.id)).toHaveLength(1);
  });

  it('new-year wishes: due on 1 January; once January is over, the daily refresh brings the cadence back', async () => {
    const rules = { ...RULES, newYearWishes: true };
    const december = new Date('2026-12-10T10:00:00+01:00').getTime();
    const contact = await createContact({ name: 'Claire Fontaine', cadenceDays: 91 }, rules, december);
    await logInteraction({ contactId: contact.id, kind: 'email', at: december }, rules, december);
    expect(await db.contacts.get(contact.id)).toMatchObject({ dueReason: 'new-year', nextDueAt: new Date('2027-01-01T00:00:00+01:00').getTime() });
    const february = new Date('2027-02-02T10:00:00+01:00').getTime();
    await refreshDueNow(rules, february);
    expect(await db.contacts.get(contact.id)).toMatchObject({ dueReason: 'reconnect', nextDueAt: new Date('2027-03-11T00:00:00+01:00').getTime() });
  });

  it('lunch ideas: people with a cadence not seen in person for the longest, never first; seen this month or without a cadence, left out', async () => {
    const never = await createContact({ name: 'Never Seen', cadenceDays: 91 }, RULES, NOW - 100 * DAY);
    const longAgo = await createContact({ name: 'Long Ago', cadenceDays: 91 }, RULES, NOW - 100 * DAY);
    const recent = await createContact({ name: 'Seen Recently', cadenceDays: 91 }, RULES, NOW - 100 * DAY);
    await createContact({ name: 'No Cadence', cadenceDays: null }, RULES, NOW - 100 * DAY);
    await logInteraction({ contactId: longAgo.id, kind: 'lunch', at: NOW - 60 * DAY }, RULES, NOW);
    await logInteraction({ contactId: recent.id, kind: 'meeting', at: NOW - 5 * DAY }, RULES, NOW);
    await logInteraction({ contactId: never.id, kind: 'email', at: NOW - 2 * DAY }, RULES, NOW);
    expect((await lunchIdeas(NOW)).map((c) => c.name)).toEqual(['Never Seen', 'Long Ago']);
    expect(await lunchesSince(NOW - 70 * DAY)).toBe(1);
  });

  it('an observed job change makes an occasion', async () => {
    const c = await createContact({ name: 'Claire', cadenceDays: 182, profile: LINKEDIN_CLAIRE }, RULES, NOW - 30 * DAY);
    const seen = (company: string): ProfileSnapshot => ({ ...LINKEDIN_CLAIRE, identity: { name: 'Claire', company } });
    await recordObservation(c.id, seen('Lumen Robotics'), RULES, NOW - 20 * DAY);
    expect((await nextDueOf(c.id)).dueReason).toBe('reconnect');
    await recordObservation(c.id, seen('Axiome'), RULES, NOW);
    expect(await db.contacts.get(c.id)).toMatchObject({ nextDueAt: NOW, dueReason: 'occasion', dueJob: { company: 'Axiome' } });
  });

  it('two sites wording the same job differently is no occasion', async () => {
    const c = await createContact({ name: 'Claire', cadenceDays: 182, profile: LINKEDIN_CLAIRE }, RULES, NOW - 30 * DAY);
    await recordObservation(c.id, { ...LINKEDIN_CLAIRE, identity: { name: 'Claire', title: 'Head of Partnerships' } }, RULES, NOW - 2 * DAY);
    const viadeo = { site: 'viadeo', key: 'viadeo:claire.fontaine', url: 'https://www.viadeo.com/fr/profile/claire.fontaine' } as const;
    await recordObservation(c.id, { ...viadeo, identity: { name: 'Claire', title: 'Responsable partenariats' } }, RULES, NOW);
    expect((await nextDueOf(c.id)).dueReason).toBe('reconnect');
  });

  it('a change of the rules recomputes everyone', async () => {
    const c = await createContact({ name: 'Claire', met: { date: '2026-11-25' } }, RULES, NOW);
    await logInteraction({ contactId: c.id, kind: 'event', at: t('2026-11-25T19:00:00+01:00') }, RULES, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBe(TODAY_MIDNIGHT);
    await refreshAllDue({ ...RULES, minGapDays: 3 }, NOW);
    expect((await nextDueOf(c.id)).nextDueAt).toBe(t('2026-11-28T00:00:00+01:00'));
  });
});

describe('the due list is an indexed range query', () => {
  useEmptyDb();
  const queried: string[] = [];

  beforeEach(async () => {
    queried.length = 0;
    // A middleware takes effect when the database opens.
    db.close();
    // Records which index each read of the contacts table goes through ('' = primary key).
    db.use({
      stack: 'dbcore',
      name: 'query-recorder',
      create: (down: DBCore) => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          if (name !== 'contacts') return table;
          const record = (index: string, range: { type: number }) => queried.push(`${index || 'primary'}:${range.type === 3 ? 'any' : 'range'}`);
          return {
            ...table,
            query: (req) => (record(req.query.index.name ?? '', req.query.range), table.query(req)),
            openCursor: (req) => (record(req.query.index.name ?? '', req.query.range), table.openCursor(req)),
            count: (req) => (record(req.query.index.name ?? '', req.query.range), table.count(req)),
          };
        },
      }),
    });
    await db.open();
  });
  afterEach(async () => {
    db.close();
    db.unuse({ stack: 'dbcore', name: 'query-recorder' });
    await db.open();
  });

  it('reads only through the nextDueAt index, never the whole table', async () => {
    for (let i = 0; i < 50; i++) await createContact({ name: `P${i}`, met: i % 5 === 0 ? { date: '2026-11-25' } : undefined, cadenceDays: null }, RULES, NOW);
    queried.length = 0;
    expect((await contactsDueBy(NOW)).length).toBe(10);
    expect(await countDue(NOW)).toBe(10);
    expect((await contactsDueBy(NOW + 7 * DAY)).length).toBe(10);
    expect(await nextDueAfter(NOW)).toBeUndefined();
    expect(queried.length).toBeGreaterThan(0);
    expect(new Set(queried)).toEqual(new Set(['nextDueAt:range']));
  });
});
