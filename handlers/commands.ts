import type { ProfileSnapshot } from '@/core/profile';
import type { ProtocolMap } from '@/messaging/protocol';
import { createContact, findContactByProfileKey, linkProfile, refreshPhoto, updateContact } from '@/storage/contacts';
import { logInteraction } from '@/storage/interactions';
import { recordObservation } from '@/storage/observations';
import { publishChange } from './change-feed';
import { getProfileView } from './profile-view';

type Handlers = { [K in keyof ProtocolMap]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>> };

/** A profile page was read: remember what it showed for a known contact. */
export async function onProfileSeen(snapshot: ProfileSnapshot, now = Date.now()): Promise<void> {
  const contact = await findContactByProfileKey(snapshot.key);
  if (!contact) return;
  const observation = await recordObservation(contact.id, snapshot, now);
  await refreshPhoto(contact.id, snapshot.identity.photoUrl, now);
  if (observation) publishChange({ contactIds: [contact.id] });
}

/** The background's answer to every message of the protocol: each write announces its change. */
export const handlers: Handlers = {
  profileSeen: (snapshot) => onProfileSeen(snapshot),
  getProfileView: ({ ref, name }) => getProfileView(ref, name),
  async addContact(input) {
    const contact = await createContact(input, Date.now());
    publishChange({ contactIds: [contact.id] });
    return contact;
  },
  async linkProfile({ contactId, ref, identity }) {
    const contact = await linkProfile(contactId, { site: ref.site, key: ref.key, url: ref.url }, identity, Date.now());
    publishChange({ contactIds: [contact.id] });
    return contact;
  },
  async updateContact({ id, patch }) {
    const contact = await updateContact(id, patch, Date.now());
    publishChange({ contactIds: [id] });
    return contact;
  },
  async logInteraction(input) {
    const interaction = await logInteraction(input, Date.now());
    publishChange({ contactIds: [input.contactId] });
    return interaction;
  },
};
