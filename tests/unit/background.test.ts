import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Contact } from '@/core/records';
import type { ProfileView } from '@/messaging/protocol';
import { answer, fakePort, send, startBackground } from './background-harness';
import { LINKEDIN_CLAIRE, VIADEO_CLAIRE } from './db-helpers';

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers its listeners synchronously at start-up', async () => {
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const onConnect = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    vi.resetModules();
    const { default: background } = await import('@/entrypoints/background/index');
    background.main();
    expect(onMessage).toHaveBeenCalledTimes(1);
    expect(onConnect).toHaveBeenCalledTimes(1);
  });

  it('adds a contact, answers the profile view, and tells open pages', async () => {
    const { acceptChangeFeedPort } = await startBackground();
    const { port, postMessage } = fakePort();
    acceptChangeFeedPort(port);

    const empty = await send<ProfileView>('getProfileView', { ref: LINKEDIN_CLAIRE, name: 'Claire Fontaine' });
    expect(empty).toEqual({ contact: null, interactions: [], introductions: [], linkCandidates: [] });

    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE });
    expect(postMessage).toHaveBeenCalledWith({ contactIds: [contact.id] });

    const view = await send<ProfileView>('getProfileView', { ref: LINKEDIN_CLAIRE, name: 'Claire Fontaine' });
    expect(view.contact?.id).toBe(contact.id);

    // The same person on Viadeo is offered as a link, not a duplicate.
    const viadeo = await send<ProfileView>('getProfileView', { ref: VIADEO_CLAIRE, name: 'Claire Fontaine' });
    expect(viadeo.linkCandidates.map((c) => c.id)).toEqual([contact.id]);
  });

  it('gives new contacts the default cadence of the settings, unless told otherwise', async () => {
    await startBackground();
    const { DEFAULT_SETTINGS, settingsItem } = await import('@/messaging/settings');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultCadenceDays: 182 });
    expect((await send<Contact>('addContact', { name: 'Claire Fontaine' })).cadenceDays).toBe(182);
    expect((await send<Contact>('addContact', { name: 'Marc Lefebvre', cadenceDays: null })).cadenceDays).toBeNull();
  });

  it('a new minimum gap moves due dates; other settings leave them', async () => {
    await startBackground();
    const { DEFAULT_SETTINGS, settingsItem } = await import('@/messaging/settings');
    const { db } = await import('@/storage/db');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, minGapDays: 0 });
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', cadenceDays: 30 });
    await send('logInteraction', { contactId: contact.id, kind: 'call', at: Date.now() });
    const dueAt = async () => (await db.contacts.get(contact.id))?.nextDueAt;
    const before = await dueAt();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, minGapDays: 0, digestTime: '10:00' });
    await new Promise((r) => setTimeout(r, 50));
    expect(await dueAt()).toBe(before);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, minGapDays: 60 });
    await vi.waitFor(async () => expect(await dueAt()).toBeGreaterThan(before! + 20 * 86_400_000));
  });

  it('answers a refused command with a typed refusal, and writes nothing', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    expect(await answer('addContact', { name: '  ' })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'name', rule: 'required' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('records an observation when a known profile is seen, and nothing for a stranger', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    await send('profileSeen', { ...VIADEO_CLAIRE, identity: { name: 'Claire Fontaine' } });
    expect(await db.observations.count()).toBe(0);
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE });
    await send('profileSeen', { ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine', company: 'Lumen Robotics', photoUrl: 'https://media.licdn.com/new.jpg' } });
    expect(await db.observations.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).count()).toBe(1);
    expect((await db.contacts.get(contact.id))?.photoUrl).toBe('https://media.licdn.com/new.jpg');
  });

  it('takes the content script’s profileSeen sent without the messaging library (the same wire format)', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    const { notifyBackground } = await import('@/messaging/notify-background');
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE });
    await notifyBackground('profileSeen', { ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine', company: 'Lumen Robotics' } });
    await vi.waitFor(async () => expect(await db.observations.where('[contactId+at]').between([contact.id, -Infinity], [contact.id, Infinity]).count()).toBe(1));
  });

  it('remembers a profile seen under two keys on the contact holding either; refuses an alias of another site', async () => {
    await startBackground();
    const { db } = await import('@/storage/db');
    const memberId = { site: 'linkedin', key: 'linkedin:acoaaclaire42', url: 'https://www.linkedin.com/in/acoaaclaire42/' };
    const contact = await send<Contact>('addContact', { name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE });
    await send('profileSeen', { ...memberId, identity: { name: 'Claire Fontaine' }, alsoKey: LINKEDIN_CLAIRE.key });
    await send('profileSeen', { ...memberId, identity: { name: 'Claire Fontaine' }, alsoKey: LINKEDIN_CLAIRE.key });
    expect((await db.contacts.get(contact.id))?.aliasKeys).toEqual(['linkedin:acoaaclaire42']);
    await send('profileSeen', { ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine' }, alsoKey: 'xing:Claire_Fontaine' });
    expect((await db.contacts.get(contact.id))?.aliasKeys).toEqual(['linkedin:acoaaclaire42']);
  });

  it('forgets a page whose port closed', async () => {
    const { acceptChangeFeedPort, publishChange } = await startBackground();
    const { port, postMessage, disconnect } = fakePort();
    acceptChangeFeedPort(port);
    disconnect();
    publishChange({ contactIds: ['x'] });
    expect(postMessage).not.toHaveBeenCalled();
  });
});
