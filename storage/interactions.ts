import { IN_PERSON_KINDS, INTERACTION_KINDS, type Interaction, type InteractionKind } from '@/core/records';
import { cleanText } from '@/core/text';
import { db, newId } from './db';

export interface NewInteraction {
  contactId: string;
  kind: InteractionKind;
  at: number;
  summary?: string;
}

/**
 * Logs an interaction and moves the contact's last contact (and last in-person meeting) forward:
 * any interaction restarts the keep-in-touch clock.
 */
export async function logInteraction(input: NewInteraction, now: number): Promise<Interaction> {
  if (!INTERACTION_KINDS.includes(input.kind)) throw new Error(`Unknown interaction kind: ${String(input.kind)}`);
  if (!Number.isFinite(input.at)) throw new Error('An interaction needs a date.');
  return db.transaction('rw', db.contacts, db.interactions, async () => {
    const contact = await db.contacts.get(input.contactId);
    if (!contact) throw new Error(`No contact ${input.contactId}.`);
    const interaction: Interaction = {
      id: newId(),
      contactId: input.contactId,
      kind: input.kind,
      at: input.at,
      summary: cleanText(input.summary, 2000) ?? '',
      createdAt: now,
      updatedAt: now,
    };
    await db.interactions.add(interaction);
    await db.contacts.update(contact.id, {
      lastContactAt: Math.max(contact.lastContactAt ?? -Infinity, input.at),
      ...(IN_PERSON_KINDS.has(input.kind) ? { lastInPersonAt: Math.max(contact.lastInPersonAt ?? -Infinity, input.at) } : {}),
      updatedAt: now,
    });
    return interaction;
  });
}

/** A contact's interactions, newest first, through the [contactId+at] index. */
export function interactionsOf(contactId: string, limit = 200): Promise<Interaction[]> {
  return db.interactions
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}
