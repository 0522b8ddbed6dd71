import type { ProfileSnapshot } from '@/core/profile';
import type { ProtocolMap } from '@/messaging/protocol';
import * as contacts from '@/storage/contacts';
import * as interactions from '@/storage/interactions';
import { recordObservation } from '@/storage/observations';
import { settingsItem } from '@/storage/settings';
import { publishChange } from './change-feed';
import { getProfileView } from './profile-view';

type Handlers = { [K in keyof ProtocolMap]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>> };

/** A profile page was read: remember what it showed for a known contact. */
export async function onProfileSeen(snapshot: ProfileSnapshot, now = Date.now()): Promise<void> {
  const contact = await contacts.findContactByProfileKey(snapshot.key);
  if (!contact) return;
  const observation = await recordObservation(contact.id, snapshot, now);
  const newPhoto = await contacts.refreshPhoto(contact.id, snapshot.identity.photoUrl, now);
  if (observation || newPhoto) publishChange({ contactIds: [contact.id] });
}

/** The background's answer to every message of the protocol: each write announces its change. */
export const handlers: Handlers = {
  profileSeen: (snapshot) => onProfileSeen(snapshot),
  getProfileView: ({ ref, name }) => getProfileView(ref, name),
  async addContact(input) {
    const cadenceDays = input.cadenceDays !== undefined ? input.cadenceDays : (await settingsItem.getValue()).defaultCadenceDays;
    const contact = await contacts.createContact({ ...input, cadenceDays }, Date.now());
    publishChange({ contactIds: [contact.id] });
    return contact;
  },
  async linkProfile({ contactId, ref, identity }) {
    const contact = await contacts.linkProfile(contactId, { site: ref.site, key: ref.key, url: ref.url }, identity, Date.now());
    publishChange({ contactIds: [contact.id] });
    return contact;
  },
  async updateContact({ id, patch }) {
    const contact = await contacts.updateContact(id, patch, Date.now());
    publishChange({ contactIds: [id] });
    return contact;
  },
  async logInteraction(input) {
    const interaction = await interactions.logInteraction(input, Date.now());
    publishChange({ contactIds: [input.contactId] });
    return interaction;
  },
};
