import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Contact } from '@/core/records';
import { draftId } from '@/messaging/notes-draft';
import { NOTES_DRAFTS } from '@/messaging/stored-keys';
import { answer, fakePort, send, startBackground } from './background-harness';
import { LINKEDIN_CLAIRE } from './db-helpers';
import { DAY } from '../support/records';


describe('the background refuses what makes no sense, and writes nothing', () => {
  beforeEach(() => fakeBrowser.reset());

  const now = Date.now();
  const year = (y: number) => `${String(y).padStart(4, '0')}-06-15`;
  const tomorrow = new Date(now + DAY).toISOString().slice(0, 10);

  it.each([
    ['a meeting tomorrow', 'addContact', { name: 'A', met: { date: tomorrow } }, 'met.date', 'future'],
    ['a meeting in 2099', 'addContact', { name: 'A', met: { date: year(2099) } }, 'met.date', 'future'],
    ['a meeting in year 99', 'addContact', { name: 'A', met: { date: year(99) } }, 'met.date', 'tooOld'],
    ['a meeting in year 1', 'addContact', { name: 'A', met: { date: year(1) } }, 'met.date', 'tooOld'],
    ['a meeting on 30 February', 'addContact', { name: 'A', met: { date: '2026-02-30' } }, 'met.date', 'badDate'],
    ['a topic of 50,000 characters', 'addContact', { name: 'A', met: { topic: 'x'.repeat(50_000) } }, 'met.topic', 'tooLong'],
    ['notes of 100,001 characters', 'addContact', { name: 'A', notes: 'x'.repeat(100_001) }, 'notes', 'tooLong'],
    ['a name of 201 characters', 'addContact', { name: 'x'.repeat(201) }, 'name', 'tooLong'],
    ['a name that is a number', 'addContact', { name: 42 }, 'name', 'type'],
    ['a cadence of 2.5 days', 'addContact', { name: 'A', cadenceDays: 2.5 }, 'cadenceDays', 'range'],
    ['a bad email', 'addContact', { name: 'A', emails: ['claire@'] }, 'emails.0', 'email'],
    ['a contact in 1899', 'logInteraction', { contactId: 'c', kind: 'call', at: Date.UTC(1899, 5, 1) }, 'at', 'tooOld'],
    ['a contact in year 275760', 'logInteraction', { contactId: 'c', kind: 'call', at: 8.64e15 }, 'at', 'future'],
    ['a contact at NaN', 'logInteraction', { contactId: 'c', kind: 'call', at: Number.NaN }, 'at', 'type'],
    ['a contact tomorrow', 'logInteraction', { contactId: 'c', kind: 'call', at: now + DAY }, 'at', 'future'],
    ['an unknown kind', 'logInteraction', { contactId: 'c', kind: 'telepathy', at: now }, 'kind', 'type'],
    ['a snooze for ten years', 'snoozeContact', { id: 'c', until: now + 3650 * DAY }, 'until', 'range'],
    ['a snooze until Infinity', 'snoozeContact', { id: 'c', until: Infinity }, 'until', 'type'],
    ['an edit that does not say what it started from', 'updateContact', { id: 'c', patch: { notes: 'x' }, base: {} }, '', 'required'],
  ])('%s', async (_label, type, data, field, rule) => {
    await startBackground();
    const { db } = await import('@/storage/db');
    const outcome = await answer<{ ok: boolean; refusal?: { field: string; rule: string } }>(type, data);
    expect(outcome.ok).toBe(false);
    expect(outcome.refusal).toMatchObject({ code: 'invalid', field, rule });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.interactions.count()).toBe(0);
  });

  it('refuses an id that does not exist, in words a page can show', async () => {
    await startBackground();
    expect(await answer('logInteraction', { contactId: 'nobody', kind: 'call', at: now })).toEqual({ ok: false, refusal: { code: 'notFound' } });
    expect(await answer('deleteInteraction', { id: 'nothing' })).toEqual({ ok: false, refusal: { code: 'notFound' } });
  });

  it('accepts a meeting today and a contact in 1900', async () => {
    await startBackground();
    const contact = await send<Contact>('addContact', { name: 'Claire', met: { date: new Date(now).toLocaleDateString('sv') } });
    await send('logInteraction', { contactId: contact.id, kind: 'call', at: new Date(1900, 0, 1, 12).getTime() });
    const { db } = await import('@/storage/db');
    expect(Number.isFinite((await db.contacts.get(contact.id))!.nextDueAt)).toBe(true);
  });
});

describe('two pages editing the same contact', () => {
  beforeEach(() => fakeBrowser.reset());

  async function claire(notes: string) {
    await startBackground();
    return send<Contact>('addContact', { name: 'Claire Fontaine', notes, tags: ['robotics'], cadenceDays: 30 });
  }

  it('merges notes edited in different places', async () => {
    const contact = await claire('Met in Lyon. Likes cobots.');
    await send('updateContact', { id: contact.id, patch: { notes: 'Met in Lyon in May. Likes cobots.' }, base: { notes: contact.notes } });
    const merged = await send<Contact>('updateContact', { id: contact.id, patch: { notes: 'Met in Lyon. Likes cobots and drones.' }, base: { notes: contact.notes } });
    expect(merged.notes).toBe('Met in Lyon in May. Likes cobots and drones.');
  });

  it('refuses to overwrite the same words changed elsewhere: a conflict with the stored text', async () => {
    const contact = await claire('Likes cobots.');
    await send('updateContact', { id: contact.id, patch: { notes: 'Likes robots.' }, base: { notes: 'Likes cobots.' } });
    const outcome = await answer<{ ok: false; refusal: { code: string; fields: string[]; current: Contact } }>('updateContact', { id: contact.id, patch: { notes: 'Likes drones.' }, base: { notes: 'Likes cobots.' } });
    expect(outcome.refusal).toMatchObject({ code: 'conflict', fields: ['notes'] });
    expect(outcome.refusal.current.notes).toBe('Likes robots.');
  });

  it('keeps both texts added at the same place (typed into empty notes in two tabs), in one order', async () => {
    const contact = await claire('');
    await send('updateContact', { id: contact.id, patch: { notes: 'From tab two.' }, base: { notes: '' } });
    expect((await send<Contact>('updateContact', { id: contact.id, patch: { notes: 'From tab one.' }, base: { notes: '' } })).notes).toBe('From tab one.\nFrom tab two.');
  });

  it('a save whose answer was lost, then more typed: the earlier save is built on, not kept twice', async () => {
    const contact = await claire('');
    await send('updateContact', { id: contact.id, patch: { notes: 'part-0' }, base: { notes: '' } });
    const next = { id: contact.id, patch: { notes: 'part-0 part-1' }, base: { notes: '', notesSavedBefore: ['part-0'] } };
    expect((await send<Contact>('updateContact', next)).notes).toBe('part-0 part-1');
    // Without saying so, the two look like two tabs' additions: both kept.
    const other = await claire('');
    await send('updateContact', { id: other.id, patch: { notes: 'part-0' }, base: { notes: '' } });
    expect((await send<Contact>('updateContact', { id: other.id, patch: { notes: 'part-1' }, base: { notes: '' } })).notes).toBe('part-0\npart-1');
  });

  it('a save repeated after its answer was lost is not a conflict', async () => {
    const contact = await claire('');
    await send('updateContact', { id: contact.id, patch: { notes: 'Typed once.' }, base: { notes: '' } });
    expect((await send<Contact>('updateContact', { id: contact.id, patch: { notes: 'Typed once.' }, base: { notes: '' } })).notes).toBe('Typed once.');
  });

  it('merges tags as sets, and refuses a cadence changed elsewhere to another value', async () => {
    const contact = await claire('');
    await send('updateContact', { id: contact.id, patch: { tags: ['robotics', 'lyon'] }, base: { tags: ['robotics'] } });
    const tagged = await send<Contact>('updateContact', { id: contact.id, patch: { tags: [] }, base: { tags: ['robotics'] } });
    expect(tagged.tags).toEqual(['lyon']);

    await send('updateContact', { id: contact.id, patch: { cadenceDays: 91 }, base: { cadenceDays: 30 } });
    const late = await answer<{ ok: boolean; refusal?: { code: string; fields: string[] } }>('updateContact', { id: contact.id, patch: { cadenceDays: 365 }, base: { cadenceDays: 30 } });
    expect(late.refusal).toMatchObject({ code: 'conflict', fields: ['cadenceDays'] });
    // The same choice made twice is no conflict.
    expect((await send<Contact>('updateContact', { id: contact.id, patch: { cadenceDays: 91 }, base: { cadenceDays: 30 } })).cadenceDays).toBe(91);
  });
});

describe('notes left as a draft by a page that closed', () => {
  beforeEach(() => fakeBrowser.reset());

  async function withDraft(stored: string, draft: { base: string; text: string }) {
    const { acceptChangeFeedPort } = await startBackground();
    const { sessionOpened, sessionClosed } = await import('@/entrypoints/background/draft-recovery');
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE, notes: stored });
    const key = NOTES_DRAFTS.key + draftId('tab-1', contact.id);
    await fakeBrowser.storage.local.set({ [key]: { contactId: contact.id, session: 'tab-1', at: Date.now(), ...draft } });
    const closed = new Promise<void>((resolve) => {
      const { port, disconnect } = fakePort('maille:changes:tab-1');
      acceptChangeFeedPort(port, { opened: sessionOpened, closed: (session) => void sessionClosed(session).then(resolve) });
      disconnect();
    });
    await closed;
    const { db } = await import('@/storage/db');
    return { notes: (await db.contacts.get(contact.id))!.notes, left: await fakeBrowser.storage.local.get(key) };
  }

  it('are saved when its port closes, and the draft is removed', async () => {
    expect(await withDraft('', { base: '', text: 'Typed just before closing.' })).toEqual({ notes: 'Typed just before closing.', left: {} });
  });

  it('keep both texts when the stored notes changed the same words meanwhile', async () => {
    const { notes } = await withDraft('Met in Lyon, written in another tab.', { base: 'Met in Lyon.', text: 'Met in Paris, typed just before closing.' });
    expect(notes).toContain('Met in Lyon, written in another tab.');
    expect(notes).toContain('Met in Paris, typed just before closing.');
  });

  it('of a page still open are left to that page', async () => {
    await startBackground();
    const { recoverOrphanDrafts, sessionOpened } = await import('@/entrypoints/background/draft-recovery');
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine' });
    sessionOpened('tab-2');
    const key = NOTES_DRAFTS.key + draftId('tab-2', contact.id);
    await fakeBrowser.storage.local.set({ [key]: { contactId: contact.id, session: 'tab-2', at: Date.now() - 60_000, base: '', text: 'Still typing.' } });
    await recoverOrphanDrafts();
    expect(Object.keys(await fakeBrowser.storage.local.get(key))).toEqual([key]);
  });
});

describe('restoring a backup and deleting everything, through the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a damaged backup is refused with where, and changes nothing; a good one replaces everything', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    const kept = await send<Contact>('addContact', { name: 'Kept Person' });
    const claire = { id: 'c1', name: 'Claire Fontaine', nameKey: 'claire fontaine', emails: [], tags: [], notes: 'back', profiles: [], profileKeys: [], cadenceDays: null, createdAt: 1, updatedAt: 1 };
    const damaged = { format: 'maille-backup', version: 1, exportedAt: 'x', contacts: [{ ...claire, name: '' }], interactions: [], events: [], introductions: [], observations: [], news: [] };
    // The page hands the background a blob URL of the file; the background fetches it.
    const files = new Map<string, unknown>();
    const origin = new URL(fakeBrowser.runtime.getURL('/')).origin;
    const handOver = (name: string, content: unknown) => {
      const url = `blob:${origin}/${name}`;
      files.set(url, content);
      return url;
    };
    const fetching = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const content = files.get(String(url));
      if (content === undefined) throw new TypeError('Failed to fetch');
      return typeof content === 'string' ? new Response(content) : (content as Response);
    });
    const refusalOf = async (upload: string, url: string) => (await answer<{ refusal?: unknown }>('stageBackup', { upload, url })).refusal;
    expect(await refusalOf('u1', handOver('damaged', JSON.stringify(damaged)))).toEqual({ code: 'badBackup', problem: { kind: 'invalid', where: 'contacts.0.name' } });
    expect((await answer<{ refusal?: { code: string } }>('restoreBackup', { upload: 'u1' })).refusal).toEqual({ code: 'notFound' });
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual([kept.id]);
    // A file that is not there (revoked) and a URL that is not the extension's own blob: not found.
    expect(await refusalOf('u1', `blob:${origin}/revoked`)).toEqual({ code: 'notFound' });
    const linkedin = 'blob:https://www.linkedin.com/good';
    files.set(linkedin, JSON.stringify(damaged));
    expect(await refusalOf('u1', linkedin)).toEqual({ code: 'notFound' });
    // Larger than a backup Maille reads: refused before it is read.
    const huge = { blob: async () => ({ size: 1_000_000_001, text: async () => '' }) } as unknown as Response;
    expect(await refusalOf('u1', handOver('huge', huge))).toEqual({ code: 'badBackup', problem: { kind: 'tooLarge', maxBytes: 1_000_000_000 } });

    const good = JSON.stringify({ ...damaged, contacts: [claire], settings: { myName: 'Anne Moreau' } });
    expect(await send('stageBackup', { upload: 'u2', url: handOver('good', good) })).toEqual({ contacts: 1, interactions: 0, events: 0, introductions: 0, news: 0 });
    fetching.mockRestore();
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual([kept.id]);
    await send('restoreBackup', { upload: 'u2' });
    expect((await db.contacts.toArray()).map((c) => [c.name, c.notes])).toEqual([['Claire Fontaine', 'back']]);
    const { settingsItem } = await import('@/messaging/settings');
    expect((await settingsItem.getValue()).myName).toBe('Anne Moreau');
    // Restored once: the upload is let go.
    expect((await answer<{ refusal?: { code: string } }>('restoreBackup', { upload: 'u2' })).refusal).toEqual({ code: 'notFound' });
  });

  it('deletes everything only when confirmed, and tells every open page to refresh', async () => {
    const { acceptChangeFeedPort } = await startBackground();
    const { port, postMessage } = fakePort();
    acceptChangeFeedPort(port);
    const { db } = await import('@/storage/db');
    await send('addContact', { name: 'Claire Fontaine' });
    const refused = await answer<{ ok: boolean }>('deleteAllData', {});
    expect(refused.ok).toBe(false);
    expect(await db.contacts.count()).toBe(1);
    await send('deleteAllData', { confirm: true });
    expect(await db.contacts.count()).toBe(0);
    // Nobody to list, but a sidebar still showing Claire must learn she is gone.
    expect(postMessage).toHaveBeenLastCalledWith({ contactIds: [], everyone: true });
  });
});

describe('an import in batches, through the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells the open pages once the batches pause, not after each one', async () => {
    const { acceptChangeFeedPort } = await startBackground();
    const { IMPORT_QUIET_MS } = await import('@/entrypoints/background/command-handlers');
    const { port, postMessage } = fakePort();
    acceptChangeFeedPort(port);
    const row = (i: number) => ({ line: i + 2, name: `Person ${i}`, url: `https://www.linkedin.com/in/person-${i}/` });
    for (let batch = 0; batch < 3; batch++) {
      await send('importConnections', { rows: [row(batch * 2), row(batch * 2 + 1)] });
      expect(postMessage).not.toHaveBeenCalled();
    }
    await new Promise((resolve) => setTimeout(resolve, IMPORT_QUIET_MS + 50));
    expect(postMessage.mock.calls).toEqual([[{ contactIds: [], everyone: true }]]);
    const { db } = await import('@/storage/db');
    expect(await db.contacts.count()).toBe(6);
  });

  it('finds people written between its batches (no duplicate), and adds nobody on a second run', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    const row = (i: number) => ({ line: i + 2, name: `Person ${i}`, url: `https://www.linkedin.com/in/person-${i}/` });
    await send('importConnections', { rows: [row(0), row(1)] });
    // Written by the sidebar while the import runs: the next batch must know them.
    await send('addContact', { name: 'Person 2', profile: { site: 'linkedin', key: 'linkedin:person-2', url: 'https://www.linkedin.com/in/person-2/' } });
    expect(await send('importConnections', { rows: [row(2), row(3)] })).toMatchObject({ added: 1, updated: 1 });
    expect(await send('importConnections', { rows: [row(0), row(1), row(2), row(3)] })).toMatchObject({ added: 0, updated: 4 });
    expect(await db.contacts.count()).toBe(4);
  });
});
