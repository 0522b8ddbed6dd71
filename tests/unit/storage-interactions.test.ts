import { describe, expect, it } from 'vitest';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { interactionsOf, logInteraction } from '@/storage/interactions';
import { RULES, useEmptyDb } from './db-helpers';
import { DAY } from '../support/records';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('interactions repository', () => {
  useEmptyDb();

  it('logs an interaction and moves last contact forward, never back', async () => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'call', at: NOW - 2 * DAY, summary: 'Catch-up' }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'email', at: NOW - 10 * DAY }, RULES, NOW);
    const stored = await db.contacts.get(claire.id);
    expect(stored?.lastContactAt).toBe(NOW - 2 * DAY);
    expect(stored?.lastInPersonAt).toBeUndefined();
  });

  it.each([
    ['lunch', true],
    ['meeting', true],
    ['event', true],
    ['message', false],
    ['call', false],
  ] as const)('a %s counts as in person: %s', async (kind, inPerson) => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind, at: NOW - DAY }, RULES, NOW);
    expect((await db.contacts.get(claire.id))?.lastInPersonAt).toBe(inPerson ? NOW - DAY : undefined);
  });

  it('lists a contact’s interactions newest first, and only theirs', async () => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const marc = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'call', at: NOW - 3 * DAY }, RULES, NOW);
    await logInteraction({ contactId: claire.id, kind: 'lunch', at: NOW - DAY }, RULES, NOW);
    await logInteraction({ contactId: marc.id, kind: 'email', at: NOW }, RULES, NOW);
    expect((await interactionsOf(claire.id)).map((i) => i.kind)).toEqual(['lunch', 'call']);
  });

  it('refuses an unknown contact, kind or date and writes nothing', async () => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    await expect(logInteraction({ contactId: 'nobody', kind: 'call', at: NOW }, RULES, NOW)).rejects.toThrow('No contact');
    // @ts-expect-error an unknown kind, as a bad message could carry
    await expect(logInteraction({ contactId: claire.id, kind: 'telepathy', at: NOW }, RULES, NOW)).rejects.toThrow('Unknown interaction kind');
    await expect(logInteraction({ contactId: claire.id, kind: 'call', at: Number.NaN }, RULES, NOW)).rejects.toThrow('needs a date');
    expect(await db.interactions.count()).toBe(0);
  });
});
