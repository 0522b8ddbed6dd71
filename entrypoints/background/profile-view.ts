import type { ProfileRef } from '@/core/profile';
import type { ProfileView } from '@/messaging/protocol';
import { findContactByProfileKey, findLinkCandidates } from '@/storage/contacts';
import { interactionsOf } from '@/storage/interactions';

/** Everything the sidebar shows for a profile: the contact, its timeline, or people to link. */
export async function getProfileView(ref: ProfileRef, name: string | undefined): Promise<ProfileView> {
  const contact = await findContactByProfileKey(ref.key);
  if (contact) return { contact, interactions: await interactionsOf(contact.id), linkCandidates: [] };
  return { contact: null, interactions: [], linkCandidates: name ? await findLinkCandidates(name, ref.site) : [] };
}
