import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Contact } from '@/core/records';
import { writeDraft } from '@/messaging/notes-draft';
import { parseStored, readStored, writeStored } from '@/messaging/stored';
import { PANEL_SITES, SIDEBAR_FOLDED, STORED_KEYS, UNDO_DELETED, type StoredKey } from '@/messaging/stored-keys';
import { answer, send, startBackground } from './background-harness';
import { LINKEDIN_CLAIRE } from './db-helpers';

/** The entry of the registry a stored key belongs to, if any. */
function entryOf(area: 'local' | 'session', key: string): StoredKey<unknown> | undefined {
  return STORED_KEYS.find((entry) => entry.area === area && (entry.family ? key.startsWith(entry.key) : entry.key === key || entry.alsoKeys?.includes(key)));
}

/** Every key of both storage areas, with its value. */
async function everythingStored() {
  return [...Object.entries(await fakeBrowser.storage.local.get(null)).map(([key, value]) => ({ area: 'local' as const, key, value })),
    ...Object.entries(await fakeBrowser.storage.session.get(null)).map(([key, value]) => ({ area: 'session' as const, key, value }))];
}

/** Uses every feature that writes outside IndexedDB: a contact with notes typed, a merge, a deletion, reminders, the display choices. */
async function useEverything() {
  await startBackground();
  const claire = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE, notes: 'Her daughter is Léa.', cadenceDays: 1, met: { date: '2026-01-05' } });
  const twin = await send<Contact>('addContact', { name: 'Claire F.', notes: 'Second record.' });
  const other = await send<Contact>('addContact', { name: 'Marc Lefebvre', notes: 'Cobots in Grenoble.' });
  writeDraft({ contactId: claire.id, session: 'tab-1', base: '', text: 'Typing about Léa', at: Date.now() });
  await send('mergeContacts', { keepId: claire.id, otherId: twin.id });
  await send('deleteContact', { id: other.id });
  await writeStored(SIDEBAR_FOLDED, true);
  await writeStored(PANEL_SITES, ['xing']);
  const { DEFAULT_SETTINGS, settingsItem } = await import('@/messaging/settings');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, myName: 'Anne Moreau', quietHours: null });
  const { checkDue } = await import('@/entrypoints/background/reminder-check');
  await checkDue();
  const { notifyDigest } = await import('@/entrypoints/background/notifications');
  const { db } = await import('@/storage/db');
  await notifyDigest(await db.contacts.toArray(), Date.now(), 'UTC', '2026-12-07');
  return { claire, twin, other };
}

describe('every key outside IndexedDB is in the registry', () => {
  beforeEach(() => fakeBrowser.reset());

  it('each entry says where it goes: carried by the backup, or kept on this device', () => {
    for (const entry of STORED_KEYS) expect(entry.perDevice, entry.key).toBe(!entry.inBackup);
  });

  it('after using every feature, each stored key belongs to an entry and matches its schema', async () => {
    await useEverything();
    const stored = await everythingStored();
    expect(stored.map(({ key }) => key)).toEqual(expect.arrayContaining(['settings', 'sidebarCollapsed', 'panelSites', 'notified', 'maille:dueRefreshedOn']));
    for (const { area, key, value } of stored) {
      const entry = entryOf(area, key);
      expect(entry, `${area}:${key} is not in messaging/stored-keys.ts`).toBeDefined();
      if (!entry!.alsoKeys?.includes(key)) expect(parseStored(entry!, value), key).not.toEqual(entry!.fallback);
    }
    expect(stored.filter(({ key }) => key.startsWith('maille:deleted:') || key.startsWith('maille:merged:') || key.startsWith('maille:draft:'))).toHaveLength(3);
  });

  it('"Delete all my data" leaves nothing of anyone in either area', async () => {
    const people = await useEverything();
    await send('deleteAllData', { confirm: true });
    const left = JSON.stringify(await everythingStored());
    for (const person of Object.values(people)) {
      expect(left).not.toContain(person.id);
      expect(left).not.toContain(person.name);
    }
    expect(left).not.toContain('Léa');
    expect(left).not.toContain('Cobots');
  });

  it('a value of another shape reads as the fallback, and unknown sites are dropped', async () => {
    await fakeBrowser.storage.local.set({ sidebarCollapsed: 'yes', panelSites: ['xing', 'myspace', 'xing'] });
    expect(await readStored(SIDEBAR_FOLDED)).toBe(false);
    expect(await readStored(PANEL_SITES)).toEqual(['xing']);
  });
});

describe('undo copies expire', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('say until when; an undo after that is refused in words, and the copy is removed', async () => {
    await startBackground();
    const { UNDO_FOR_MS, forgetExpiredUndo } = await import('@/entrypoints/background/undo-store');
    const claire = await send<Contact>('addContact', { name: 'Claire Fontaine', notes: 'Her daughter is Léa.' });
    const start = Date.now();
    const { undoUntil } = await send<{ undoUntil: number }>('deleteContact', { id: claire.id });
    expect(undoUntil).toBeGreaterThanOrEqual(start + UNDO_FOR_MS);
    expect(await readStored(UNDO_DELETED, claire.id)).toMatchObject({ until: undoUntil });

    vi.useFakeTimers({ toFake: ['Date'], now: undoUntil + 1 });
    expect(await answer('undoDeleteContact', { id: claire.id })).toEqual({ ok: false, refusal: { code: 'undoOver' } });
    await forgetExpiredUndo();
    expect(await readStored(UNDO_DELETED, claire.id)).toBeNull();
  });

  it('within the time, the undo brings the person back once', async () => {
    await startBackground();
    const claire = await send<Contact>('addContact', { name: 'Claire Fontaine', notes: 'Her daughter is Léa.' });
    await send('deleteContact', { id: claire.id });
    expect((await send<Contact>('undoDeleteContact', { id: claire.id })).notes).toBe('Her daughter is Léa.');
    expect(await answer('undoDeleteContact', { id: claire.id })).toEqual({ ok: false, refusal: { code: 'undoOver' } });
    expect(await readStored(UNDO_DELETED, claire.id)).toBeNull();
  });
});
