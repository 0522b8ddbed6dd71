import type { ProfileSnapshot } from '@/core/profile';
import type { ProtocolMap } from '@/messaging/protocol';
import * as contacts from '@/storage/contacts';
import * as interactions from '@/storage/interactions';
import { recordObservation } from '@/storage/observations';
import { currentRules, reminderRules, settingsItem } from '@/storage/settings';
import { publishChange } from './change-feed';
import { getProfileView } from './profile-view';
import { checkDue } from './scheduler';

type Handlers = { [K in keyof ProtocolMap]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>> };

/** After every write: open pages refresh, and the badge, notifications and alarms follow. */
async function changed(contactIds: string[]): Promise<void> {
  publishChange({ contactIds });
  await checkDue();
}

/** A profile page was read: remember what it showed for a known contact. */
export async function onProfileSeen(snapshot: ProfileSnapshot, now = Date.now()): Promise<void> {
  const contact = await contacts.findContactByProfileKey(snapshot.key);
  if (!contact) return;
  const observation = await recordObservation(contact.id, snapshot, await currentRules(), now);
  const newPhoto = await contacts.refreshPhoto(contact.id, snapshot.identity.photoUrl, now);
  if (observation || newPhoto) await changed([contact.id]);
}

/** The background's answer to every message of the protocol: each write announces its change. */
export const handlers: Handlers = {
  profileSeen: (snapshot) => onProfileSeen(snapshot),
  getProfileView: ({ ref, name }) => getProfileView(ref, name),
  async addContact(input) {
    const settings = await settingsItem.getValue();
    const cadenceDays = input.cadenceDays !== undefined ? input.cadenceDays : settings.defaultCadenceDays;
    const contact = await contacts.createContact({ ...input, cadenceDays }, reminderRules(settings), Date.now());
    await changed([contact.id]);
    return contact;
  },
  async linkProfile({ contactId, ref, identity }) {
    const contact = await contacts.linkProfile(contactId, { site: ref.site, key: ref.key, url: ref.url }, identity, Date.now());
    await changed([contact.id]);
    return contact;
  },
  async updateContact({ id, patch }) {
    const contact = await contacts.updateContact(id, patch, await currentRules(), Date.now());
    await changed([id]);
    return contact;
  },
  async snoozeContact({ id, until }) {
    const contact = await contacts.snoozeContact(id, until, await currentRules(), Date.now());
    await changed([id]);
    return contact;
  },
  async logInteraction(input) {
    const interaction = await interactions.logInteraction(input, await currentRules(), Date.now());
    await changed([input.contactId]);
    return interaction;
  },
  async deleteInteraction({ id }) {
    const interaction = await interactions.deleteInteraction(id, await currentRules(), Date.now());
    await changed([interaction.contactId]);
    return interaction;
  },
};
