import type { ProfileRef } from '@/core/profile';
import { RefusalError } from '@/core/commands';
import type { ContactView, IntroductionView, ProfileView } from '@/messaging/protocol';
import { findContactByProfileKey, findLinkCandidates, getContact } from '@/storage/contacts';
import { interactionsOf } from '@/storage/interactions';
import { introductionsOf } from '@/storage/introductions';

/** Everything the sidebar shows for a profile: the contact, its timeline, or people to link. */
export async function getProfileView(ref: ProfileRef, name: string | undefined): Promise<ProfileView> {
  const contact = await findContactByProfileKey(ref.key);
  if (contact) return { contact, interactions: await interactionsOf(contact.id), introductions: await introductionViews(contact.id), linkCandidates: [] };
  return { contact: null, interactions: [], introductions: [], linkCandidates: name ? await findLinkCandidates(name, ref.site) : [] };
}

/** One contact with their timeline and introductions (the drafts' last exchange, the dashboard). */
export async function getContactView(id: string): Promise<ContactView> {
  const contact = await getContact(id);
  if (!contact) throw new RefusalError({ code: 'notFound' }, `No contact ${id}.`);
  const [interactions, introductions] = await Promise.all([interactionsOf(id), introductionViews(id)]);
  return { contact, interactions, introductions };
}

/** A contact's introductions, each with the other person (one whose record is gone is left out). */
async function introductionViews(contactId: string): Promise<IntroductionView[]> {
  const views = await Promise.all(
    (await introductionsOf(contactId)).map(async (introduction) => {
      const other = await getContact(introduction.aId === contactId ? introduction.bId : introduction.aId);
      return other ? { introduction, other } : null;
    }),
  );
  return views.filter((view): view is IntroductionView => view !== null);
}
