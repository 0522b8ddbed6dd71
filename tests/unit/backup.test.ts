import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup, type Backup } from '@/core/backup';
import { createContact, updateContact } from '@/storage/contacts';
import { deleteAllRecords, exportRecords, restoreRecords } from '@/storage/backup';
import { logInteraction } from '@/storage/interactions';
import { proposeIntroduction } from '@/storage/introductions';
import { createNews } from '@/storage/news';
import { recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb } from './db-helpers';

const NOW = new Date('2026-11-26T10:00:00+01:00').getTime();
const empty: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-26T09:00:00.000Z', contacts: [], interactions: [], events: [], introductions: [], observations: [], news: [] };
const claire = { id: 'c1', name: 'Claire Fontaine', nameKey: 'claire fontaine', emails: [], tags: [], notes: 'n', profiles: [], profileKeys: [], cadenceDays: 91, createdAt: 1, updatedAt: 1 };

describe('reading a backup file: nothing is written unless all of it checks out', () => {
  it.each<[string, string, string]>([
    ['not JSON', 'hello', 'notJson'],
    ['cut short', JSON.stringify({ ...empty, contacts: [claire] }).slice(0, 80), 'notJson'],
    ['another JSON file', '{"name":"package"}', 'notBackup'],
    ['from a newer Maille', JSON.stringify({ ...empty, version: 99 }), 'newer'],
    ['a contact without a name', JSON.stringify({ ...empty, contacts: [{ ...claire, name: '' }] }), 'invalid:contacts.0.name'],
    ['a cadence that is text', JSON.stringify({ ...empty, contacts: [{ ...claire, cadenceDays: 'often' }] }), 'invalid:contacts.0.cadenceDays'],
    ['an interaction of nobody', JSON.stringify({ ...empty, contacts: [claire], interactions: [{ id: 'i', contactId: 'gone', kind: 'call', at: 1, summary: '', createdAt: 1, updatedAt: 1 }] }), 'dangling:interactions.0.contactId'],
    // Hostile or foreign files: nothing beyond the limits a person's typing has is stored.
    ['a 100,000-character name', JSON.stringify({ ...empty, contacts: [{ ...claire, name: 'x'.repeat(100_000) }] }), 'invalid:contacts.0.name'],
    ['a name one character over its limit', JSON.stringify({ ...empty, contacts: [{ ...claire, name: 'x'.repeat(201) }] }), 'invalid:contacts.0.name'],
    ['a name at its limit', JSON.stringify({ ...empty, contacts: [{ ...claire, name: 'x'.repeat(200) }] }), 'ok'],
    ['a headline of script, too long', JSON.stringify({ ...empty, contacts: [{ ...claire, headline: '<script>alert(1)</script>'.repeat(20) }] }), 'invalid:contacts.0.headline'],
    ['a headline of script, within its limit (kept as text)', JSON.stringify({ ...empty, contacts: [{ ...claire, headline: '<img src=x onerror=alert(1)>' }] }), 'ok'],
    ['too many tags', JSON.stringify({ ...empty, contacts: [{ ...claire, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }] }), 'invalid:contacts.0.tags'],
    ['a tag too long', JSON.stringify({ ...empty, contacts: [{ ...claire, tags: ['t'.repeat(41)] }] }), 'invalid:contacts.0.tags.0'],
    ['a company too long', JSON.stringify({ ...empty, contacts: [{ ...claire, company: 'c'.repeat(201) }] }), 'invalid:contacts.0.company'],
    ['an event name too long', JSON.stringify({ ...empty, events: [{ id: 'e', name: 'e'.repeat(201), nameKey: 'e', createdAt: 1, updatedAt: 1 }] }), 'invalid:events.0.name'],
    ['an interaction summary too long', JSON.stringify({ ...empty, contacts: [claire], interactions: [{ id: 'i', contactId: 'c1', kind: 'call', at: 1, summary: 's'.repeat(2_001), createdAt: 1, updatedAt: 1 }] }), 'invalid:interactions.0.summary'],
    ['notes over 100,000 characters', JSON.stringify({ ...empty, contacts: [{ ...claire, notes: 'n'.repeat(100_001) }] }), 'invalid:contacts.0.notes'],
    ['a byte-order mark and a good file', `\uFEFF${JSON.stringify({ ...empty, contacts: [claire] })}`, 'ok'],
  ])('%s', (_label, text, expected) => {
    const read = readBackup(text);
    const got = read.ok ? 'ok' : read.problem.kind + ('where' in read.problem ? `:${read.problem.where}` : '');
    expect(got).toBe(expected);
  });
});

describe('backup round trip', () => {
  useEmptyDb();

  it('export → delete everything → restore → export gives the same content', async () => {
    const a = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE, tags: ['robotics'], emails: ['claire@lumen.example'], met: { eventName: 'Mobile Monday', date: '2026-11-25', topic: 'cobots' } }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    await updateContact(a.id, { notes: 'Years of notes — « accents », emoji 🤝' }, RULES, NOW, { notes: '' });
    await logInteraction({ contactId: a.id, kind: 'lunch', at: NOW - 1000, summary: 'Cobots', nextStep: 'Intro to Marc' }, RULES, NOW);
    await recordObservation(a.id, { ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine', company: 'Lumen' } }, RULES, NOW);
    await proposeIntroduction(a.id, b.id, 'cobots', NOW);
    await createNews('We launched', [a.id, b.id], { ...RULES, minGapDays: 0 }, NOW);

    const first = await exportRecords(NOW);
    expect(readBackup(JSON.stringify(first)).ok).toBe(true);
    await deleteAllRecords();
    expect((await exportRecords(NOW)).contacts).toEqual([]);
    const read = readBackup(JSON.stringify(first));
    if (!read.ok) throw new Error(`not restorable: ${JSON.stringify(read.problem)}`);
    await restoreRecords(read.backup);
    const sort = (backup: Backup) => JSON.parse(JSON.stringify(backup, (_key, value) => (Array.isArray(value) && value[0]?.id ? [...value].sort((x, y) => x.id.localeCompare(y.id)) : value)));
    expect(sort(await exportRecords(NOW))).toEqual(sort(first));
  });
});
