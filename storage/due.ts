import Dexie from 'dexie';
import { dayStart } from '@/core/local-day';
import { reminderState, type ReminderRules } from '@/core/reminders';
import type { Contact, Interaction, Observation } from '@/core/records';
import { db } from './db';

/** How many of the latest observations the job-change rule looks through for the same profile's previous one. */
const OBSERVATIONS_LOOKED_AT = 12;

/** The tables a write that may change who is due must hold in its transaction. */
export const DUE_TABLES = ['contacts', 'interactions', 'observations'] as const;

/**
 * Recomputes a contact's denormalised `nextDueAt`/`dueReason` from its record, interactions
 * and observations. Called inside every write transaction that can change them, so the due list
 * is always an indexed range query. Reads only what the engine needs, through indexes.
 */
export async function refreshDue(contactId: string, rules: ReminderRules, now: number): Promise<Contact | undefined> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return undefined;
  const range = db.interactions.where('[contactId+at]');
  const latest = await range.between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).last();
  const metAt = contact.met?.date ? dayStart(contact.met.date, rules.timeZone) : undefined;
  const sinceMet = metAt !== undefined ? await range.between([contactId, metAt], [contactId, Dexie.maxKey]).toArray() : [];
  const due = dueFields(contact, latest ? [...sinceMet, latest] : sinceMet, await latestObservations(contactId), rules, now);
  const same = contact.nextDueAt === due.nextDueAt && contact.dueReason === due.dueReason && JSON.stringify(contact.dueJob) === JSON.stringify(due.dueJob) && contact.lunchKey === due.lunchKey;
  if (same) return contact;
  // Setting a field to undefined removes it, and with it the contact from the nextDueAt index.
  await db.contacts.update(contactId, due);
  return { ...contact, ...due };
}

/** The observations of a person the reminder rules look at, newest first. */
export function latestObservations(contactId: string): Promise<Observation[]> {
  return db.observations.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).reverse().limit(OBSERVATIONS_LOOKED_AT).toArray();
}

/**
 * A contact's derived due fields from what the rules look at: its interactions since the day
 * met and its latest (all of them will do: a first sync has them in hand) and its latest observations.
 */
export function dueFields(contact: Contact, interactions: Interaction[], observations: Observation[], rules: ReminderRules, now: number): Pick<Contact, 'nextDueAt' | 'dueReason' | 'dueJob' | 'lunchKey'> {
  const state = reminderState({ contact, interactions, observations }, rules, now);
  // A date past what Date can hold would make NaN, which no index range ever returns: never due.
  const nextDueAt = state.nextDueAt !== null && Number.isFinite(state.nextDueAt) ? state.nextDueAt : undefined;
  const lunchKey = contact.cadenceDays != null ? (contact.lastInPersonAt ?? 0) : undefined;
  return { nextDueAt, dueReason: state.reason ?? undefined, dueJob: state.jobChange, lunchKey };
}

/**
 * Recomputes the contacts due now (an index range): time alone changes their reason — wishes end
 * with January, a reconnect turns into losing touch — and only a write would notice otherwise.
 */
export async function refreshDueNow(rules: ReminderRules, now: number): Promise<void> {
  await db.transaction('rw', DUE_TABLES, async () => {
    const ids = await db.contacts.where('nextDueAt').belowOrEqual(now).primaryKeys();
    for (const id of ids) await refreshDue(id, rules, now);
  });
}

/** Recomputes everyone (after a change of the rules themselves), in one transaction. */
export async function refreshAllDue(rules: ReminderRules, now: number): Promise<void> {
  await db.transaction('rw', DUE_TABLES, async () => {
    const ids = await db.contacts.toCollection().primaryKeys();
    for (const id of ids) await refreshDue(id, rules, now);
  });
}

export function countDue(now: number): Promise<number> {
  return db.contacts.where('nextDueAt').belowOrEqual(now).count();
}

/**
 * Contacts due up to `until` (`now` for today's list; later for the days ahead), soonest first:
 * an indexed range query, never a scan of all contacts.
 */
export function contactsDueBy(until: number): Promise<Contact[]> {
  return db.contacts.where('nextDueAt').belowOrEqual(until).toArray(); // in index order: soonest first
}

/**
 * Lunch ideas (habit 5): people with a cadence not seen in person for the longest (never first),
 * through the lunchKey index; seen in person within `recentDays` of `now`, left out.
 */
export function lunchIdeas(now: number, limit = 5, recentDays = 30): Promise<Contact[]> {
  return db.contacts.where('lunchKey').below(now - recentDays * 86_400_000).limit(limit).toArray();
}

/** When the next contact becomes due after `now`, for the alarm that updates the badge then. */
export async function nextDueAfter(now: number): Promise<number | undefined> {
  return (await db.contacts.where('nextDueAt').above(now).first())?.nextDueAt;
}
