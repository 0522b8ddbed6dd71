import { describe, expect, it } from 'vitest';
import { readBackup } from '@/core/backup';
import { exportRecords } from '@/storage/backup';
import { fuseRecords, unfuseRecords } from '@/storage/contact-fusion';
import { createContact, findContactByProfileKey, rememberProfileAlias, updateContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { logInteraction } from '@/storage/interactions';
import { introductionsOf, proposeIntroduction } from '@/storage/introductions';
import { recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb, VIADEO_CLAIRE } from './db-helpers';

const NOW = new Date('2026-11-26T10:00:00+01:00').getTime();

describe('merging two records of one person', () => {
  useEmptyDb();

  it('refuses to merge two people whose notes together pass the notes limit, and changes nothing (their backup must stay restorable)', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const b = await createContact({ name: 'Claire F.' }, RULES, NOW);
    await updateContact(a.id, { notes: 'a'.repeat(60_000) }, RULES, NOW, { notes: '' });
    await updateContact(b.id, { notes: 'b'.repeat(60_000) }, RULES, NOW, { notes: '' });
    const before = await exportRecords(NOW);
    await expect(fuseRecords(a.id, b.id, RULES, NOW + 1)).rejects.toMatchObject({ refusal: { code: 'invalid', field: 'notes', rule: 'tooLong', max: 100_000 } });
    expect(await exportRecords(NOW)).toEqual(before);
    expect(readBackup(JSON.stringify(before)).ok).toBe(true);
  });

  it('keeps everything of both, moves the timeline, points introductions at the one kept; undo puts both back exactly', async () => {
    const a = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE, tags: ['robotics'], cadenceDays: 182 }, RULES, NOW - 1000);
    const b = await createContact({ name: 'Claire FONTAINE', profile: VIADEO_CLAIRE, tags: ['Lyon'], emails: ['claire@lumen.example'], cadenceDays: 91 }, RULES, NOW - 2000);
    const marc = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    await updateContact(a.id, { notes: 'Notes on LinkedIn side.' }, RULES, NOW, { notes: '' });
    await updateContact(b.id, { notes: 'Notes from the Viadeo card.' }, RULES, NOW, { notes: '' });
    await logInteraction({ contactId: a.id, kind: 'call', at: NOW - 5000 }, RULES, NOW);
    await logInteraction({ contactId: b.id, kind: 'lunch', at: NOW - 3000, summary: 'Cobots' }, RULES, NOW);
    await recordObservation(b.id, { ...VIADEO_CLAIRE, identity: { name: 'Claire Fontaine', company: 'Lumen' } }, RULES, NOW);
    await proposeIntroduction(b.id, marc.id, 'data', NOW);
    await proposeIntroduction(a.id, b.id, 'herself', NOW);
    const before = await exportRecords(NOW);

    const { merged, undo } = await fuseRecords(a.id, b.id, RULES, NOW + 1);
    expect(merged).toMatchObject({
      id: a.id, name: 'Claire Fontaine', tags: ['robotics', 'Lyon'], emails: ['claire@lumen.example'], cadenceDays: 91,
      notes: 'Notes on LinkedIn side.\n\nNotes from the Viadeo card.', profileKeys: [LINKEDIN_CLAIRE.key, VIADEO_CLAIRE.key],
      createdAt: NOW - 2000, lastInPersonAt: NOW - 3000,
    });
    expect(await db.contacts.get(b.id)).toBeUndefined();
    expect((await findContactByProfileKey(VIADEO_CLAIRE.key))?.id).toBe(a.id);
    expect((await db.interactions.where('contactId').equals(a.id).count())).toBe(2);
    expect((await db.observations.toArray()).map((o) => o.contactId)).toEqual([a.id]);
    expect((await introductionsOf(a.id)).map((i) => [i.aId, i.bId])).toEqual([[a.id, marc.id]]);

    await unfuseRecords(undo, RULES, NOW + 2);
    const sort = (backup: typeof before) => JSON.parse(JSON.stringify(backup, (_k, v) => (Array.isArray(v) && v[0]?.id ? [...v].sort((x, y) => x.id.localeCompare(y.id)) : v)));
    const after = await exportRecords(NOW);
    // Due dates are recomputed at the undo's time: compare everything else.
    const strip = (backup: typeof before) => {
      const sorted = sort(backup);
      for (const contact of sorted.contacts) {
        delete contact.nextDueAt;
        delete contact.dueReason;
      }
      return sorted;
    };
    expect(strip(after)).toEqual(strip(before));
  });

  it('one profile seen under two keys: merged, both keys find the person, no alias left that is now theirs', async () => {
    const vanity = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW - 1000);
    const memberId = { site: 'linkedin', key: 'linkedin:acoaaclaire42', url: 'https://www.linkedin.com/in/acoaaclaire42/' } as const;
    const other = await createContact({ name: 'Claire Fontaine', profile: memberId }, RULES, NOW);
    await rememberProfileAlias(memberId.key, LINKEDIN_CLAIRE.key, NOW);
    expect((await db.contacts.get(vanity.id))?.aliasKeys).toEqual([memberId.key]);
    expect((await db.contacts.get(other.id))?.aliasKeys).toEqual([LINKEDIN_CLAIRE.key]);
    const { merged } = await fuseRecords(vanity.id, other.id, RULES, NOW + 1);
    expect(merged.profileKeys).toEqual([LINKEDIN_CLAIRE.key, memberId.key]);
    expect(merged.aliasKeys).toBeUndefined();
    expect((await findContactByProfileKey(memberId.key))?.id).toBe(vanity.id);
  });

  it('refuses to merge a contact with itself, or with nobody', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    await expect(fuseRecords(a.id, a.id, RULES, NOW)).rejects.toMatchObject({ refusal: { code: 'invalid' } });
    await expect(fuseRecords(a.id, 'gone', RULES, NOW)).rejects.toMatchObject({ refusal: { code: 'notFound' } });
  });
});
