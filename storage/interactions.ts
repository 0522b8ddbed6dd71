import { RefusalError, type NewInteraction } from '@/core/commands';
import { LIMITS } from '@/core/limits';
import { IN_PERSON_KINDS, INTERACTION_KINDS, latestAt, type Interaction, type InteractionKind } from '@/core/records';
import { cleanText } from '@/core/text';
import type { ReminderRules } from '@/core/reminders';
import { db, newId } from './db';
import { DUE_TABLES, refreshDue } from './due';

/**
 * Logs an interaction and moves the contact's last contact (and last in-person meeting) forward:
 * any interaction restarts the keep-in-touch clock.
 */
export async function logInteraction(input: NewInteraction, rules: ReminderRules, now: number): Promise<Interaction> {
  if (!INTERACTION_KINDS.includes(input.kind)) throw new Error(`Unknown interaction kind: ${String(input.kind)}`);
  if (!Number.isFinite(input.at)) throw new Error('An interaction needs a date.');
  return db.transaction('rw', DUE_TABLES, async () => {
    const contact = await db.contacts.get(input.contactId);
    if (!contact) throw new RefusalError({ code: 'notFound' }, `No contact ${input.contactId}.`);
    const interaction: Interaction = {
      id: newId(),
      contactId: input.contactId,
      kind: input.kind as InteractionKind,
      at: input.at,
      summary: cleanText(input.summary, LIMITS.summary) ?? '',
      nextStep: cleanText(input.nextStep, LIMITS.summary),
      createdAt: now,
      updatedAt: now,
    };
    await db.interactions.add(interaction);
    await db.contacts.update(contact.id, {
      lastContactAt: Math.max(contact.lastContactAt ?? -Infinity, input.at),
      ...(IN_PERSON_KINDS.has(input.kind) ? { lastInPersonAt: Math.max(contact.lastInPersonAt ?? -Infinity, input.at) } : {}),
      updatedAt: now,
    });
    await refreshDue(contact.id, rules, now);
    return interaction;
  });
}

/** Removes a logged interaction; the contact's last contact falls back to the one before. */
export async function deleteInteraction(id: string, rules: ReminderRules, now: number): Promise<Interaction> {
  return db.transaction('rw', DUE_TABLES, async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) throw new RefusalError({ code: 'notFound' }, `No interaction ${id}.`);
    await db.interactions.delete(id);
    const rest = await db.interactions.where('[contactId+at]').between([interaction.contactId, -Infinity], [interaction.contactId, Infinity]).toArray();
    await db.contacts.update(interaction.contactId, {
      lastContactAt: latestAt(rest),
      lastInPersonAt: latestAt(rest.filter((i) => IN_PERSON_KINDS.has(i.kind))),
      updatedAt: now,
    });
    await refreshDue(interaction.contactId, rules, now);
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

/** How many lunches were logged since `from` (the week's lunch goal), through the `at` index. */
export function lunchesSince(from: number): Promise<number> {
  return db.interactions.where('at').aboveOrEqual(from).filter((i) => i.kind === 'lunch').count();
}
