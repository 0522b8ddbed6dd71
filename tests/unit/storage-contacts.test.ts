import { describe, expect, it } from 'vitest';
import { normaliseTags } from '@/core/text';
import { createContact, findContactByProfileKey, findLinkCandidates, linkProfile, updateContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb, VIADEO_CLAIRE, XING_CLAIRE } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('contacts repository', () => {
  useEmptyDb();

  it('creates a contact with a string id, timestamps and its profile key', async () => {
    const contact = await createContact({ name: '  Claire   Fontaine ', profile: LINKEDIN_CLAIRE, cadenceDays: 91 }, RULES, NOW);
    expect(contact.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(contact).toMatchObject({ name: 'Claire Fontaine', nameKey: 'claire fontaine', profileKeys: [LINKEDIN_CLAIRE.key], createdAt: NOW, updatedAt: NOW, notes: '', tags: [] });
    expect(await findContactByProfileKey(LINKEDIN_CLAIRE.key)).toEqual(contact);
  });

  it('refuses a nameless contact and a profile that is already someone’s', async () => {
    await expect(createContact({ name: '   ' }, RULES, NOW)).rejects.toThrow('A contact needs a name.');
    await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    await expect(createContact({ name: 'Claire F.', profile: LINKEDIN_CLAIRE }, RULES, NOW)).rejects.toThrow('already in Maille');
    expect(await db.contacts.count()).toBe(1);
  });

  it('turns where-we-met into an event record, reused for the same event and day', async () => {
    const met = { eventName: 'Mobile Monday Lyon', date: '2026-11-23', place: 'La Cordée', topic: 'Cobots' };
    const a = await createContact({ name: 'Claire Fontaine', met }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre', met }, RULES, NOW);
    expect(a.met).toMatchObject({ eventName: 'Mobile Monday Lyon', date: '2026-11-23', place: 'La Cordée', topic: 'Cobots' });
    expect(a.met?.eventId).toBeDefined();
    expect(b.met?.eventId).toBe(a.met?.eventId);
    expect(await db.events.count()).toBe(1);
  });

  it('drops an empty where-we-met and an invalid date', async () => {
    const contact = await createContact({ name: 'Claire Fontaine', met: { eventName: ' ', place: '', date: 'yesterday' } }, RULES, NOW);
    expect(contact.met).toBeUndefined();
  });

  it('offers same-name contacts, accents and case aside: first those without a profile on that site, then those under another address of it', async () => {
    const onViadeo = await createContact({ name: 'Claire Fontaine', profile: { ...VIADEO_CLAIRE, key: 'viadeo:claire-fontaine-123' } }, RULES, NOW);
    const claire = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    const candidates = await findLinkCandidates('CLAIRE  FONTÂINE', 'viadeo');
    expect(candidates.map((c) => c.id)).toEqual([claire.id, onViadeo.id]);
  });

  it('one person under two addresses of one site: linked, both keys find her', async () => {
    const vanity = { site: 'linkedin', key: 'linkedin:jane-doe', url: 'https://www.linkedin.com/in/jane-doe/' } as const;
    const memberId = { site: 'linkedin', key: 'linkedin:acoaab2xyz9', url: 'https://www.linkedin.com/in/ACoAAB2xYz9/' } as const;
    const jane = await createContact({ name: 'Jane Doe', profile: vanity }, RULES, NOW);
    expect((await findLinkCandidates('Jane Doe', 'linkedin')).map((c) => c.id)).toEqual([jane.id]);
    await linkProfile(jane.id, memberId, {}, NOW + 1);
    expect((await findContactByProfileKey(memberId.key))?.id).toBe(jane.id);
    expect((await findContactByProfileKey(vanity.key))?.id).toBe(jane.id);
  });

  it.each([
    ['a company glued to the stored name', 'Claire Fontaine Lumen Robotics', 'Claire Fontaine', true],
    ['a middle name', 'Claire Marie Fontaine', 'claire fontaine', true],
    ['accents and case', 'CLAIRE FONTÂINE', 'Claire Fontaine', true],
    ['another first name', 'Clairette Fontaine', 'Claire Fontaine', false],
    ['another last name', 'Claire Fontana', 'Claire Fontaine', false],
    ['the last name first', 'Fontaine Claire', 'Claire Fontaine', false],
    ['a one-word page name only matches exactly', 'Claire Fontaine', 'Claire', false],
  ])('offers a stored contact across %s', async (_label, stored, shown, offered) => {
    const contact = await createContact({ name: stored }, RULES, NOW);
    const candidates = await findLinkCandidates(shown, 'viadeo');
    expect(candidates.map((c) => c.id)).toEqual(offered ? [contact.id] : []);
  });

  it('links profiles of other sites to one person, filling fields it lacked', async () => {
    const claire = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    await linkProfile(claire.id, VIADEO_CLAIRE, { location: 'Lyon', headline: 'Responsable partenariats' }, NOW + 1);
    const linked = await linkProfile(claire.id, XING_CLAIRE, { location: 'Munich' }, NOW + 2);
    expect(linked.profileKeys).toEqual([LINKEDIN_CLAIRE.key, VIADEO_CLAIRE.key, XING_CLAIRE.key]);
    expect(linked.location).toBe('Lyon');
    expect(linked.updatedAt).toBe(NOW + 2);
    expect((await findContactByProfileKey(XING_CLAIRE.key))?.id).toBe(claire.id);
  });

  it('refuses to link a profile that belongs to someone else', async () => {
    await createContact({ name: 'Claire Fontaine', profile: VIADEO_CLAIRE }, RULES, NOW);
    const other = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    await expect(linkProfile(other.id, VIADEO_CLAIRE, {}, NOW)).rejects.toThrow('belongs to Claire Fontaine');
  });

  it('updates notes, tags, cadence and where-we-met', async () => {
    const claire = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const updated = await updateContact(claire.id, { notes: 'Likes cobots', tags: ['robotics', 'Robotics', ' lyon '], cadenceDays: 30, met: { place: 'Lyon' } }, RULES, NOW + 5);
    expect(updated).toMatchObject({ notes: 'Likes cobots', tags: ['robotics', 'lyon'], cadenceDays: 30, met: { place: 'Lyon' }, updatedAt: NOW + 5 });
    expect(await db.contacts.get(claire.id)).toEqual(updated);
    await expect(updateContact(claire.id, { cadenceDays: -3 }, RULES, NOW)).rejects.toThrow('Invalid cadence');
    await expect(updateContact('nobody', { notes: 'x' }, RULES, NOW)).rejects.toThrow('No contact nobody');
  });
});

describe('normaliseTags', () => {
  it.each([
    [['a', 'A', ' a '], ['a']],
    [['', '  '], []],
    [['x'.repeat(60)], ['x'.repeat(39) + '…']],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });
});
