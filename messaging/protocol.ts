import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProfileIdentity, ProfileRef, ProfileSnapshot } from '@/core/profile';
import type { Contact, Interaction } from '@/core/records';
import type { ContactPatch, NewContactInput } from '@/storage/contacts';
import type { NewInteraction } from '@/storage/interactions';

/** What the sidebar shows for a profile page. */
export interface ProfileView {
  contact: Contact | null;
  interactions: Interaction[];
  /** Same-name contacts without a profile on this site: offered "Link to …". */
  linkCandidates: Contact[];
}

/**
 * Every message between the parts of Maille, declared once. The background answers them all;
 * the content script and the sidebar frame only send. Data never passes through the host page.
 */
export interface ProtocolMap {
  /** Content script → background: a profile page was read. */
  profileSeen(snapshot: ProfileSnapshot): void;
  getProfileView(query: { ref: ProfileRef; name?: string }): ProfileView;
  addContact(input: NewContactInput): Contact;
  linkProfile(input: { contactId: string; ref: ProfileRef; identity: Partial<ProfileIdentity> }): Contact;
  updateContact(input: { id: string; patch: ContactPatch }): Contact;
  /** Hides a contact from every list until `until` (epoch ms). */
  snoozeContact(input: { id: string; until: number }): Contact;
  logInteraction(input: NewInteraction): Interaction;
  deleteInteraction(input: { id: string }): Interaction;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Name of the runtime port over which the background announces changes to open pages. */
export const CHANGE_FEED_PORT = 'maille:changes';

/** A change the background made: pages showing one of these contacts refresh. */
export interface ChangeNotice {
  contactIds: string[];
}
