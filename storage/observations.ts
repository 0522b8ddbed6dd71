import type { ProfileSnapshot } from '@/core/profile';
import type { Observation } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { db, newId } from './db';
import { DUE_TABLES, refreshDue } from './due';

/**
 * Records what a profile page showed, once per visit that shows something new: an unchanged
 * page adds nothing, so the table grows with changes (a new job), not with visits.
 */
export async function recordObservation(contactId: string, snapshot: ProfileSnapshot, rules: ReminderRules, now: number): Promise<Observation | null> {
  const { headline, company, title, location } = snapshot.identity;
  return db.transaction('rw', DUE_TABLES, async () => {
    const previous = await latestObservation(contactId, snapshot.key);
    const unchanged = previous && previous.headline === headline && previous.company === company && previous.title === title && previous.location === location;
    if (unchanged) return null;
    const observation: Observation = {
      id: newId(),
      contactId,
      profileKey: snapshot.key,
      at: now,
      headline,
      company,
      title,
      location,
      createdAt: now,
      updatedAt: now,
    };
    await db.observations.add(observation);
    // A new job is an occasion to get in touch.
    await refreshDue(contactId, rules, now);
    return observation;
  });
}

export async function latestObservation(contactId: string, profileKey?: string): Promise<Observation | undefined> {
  const newestFirst = db.observations
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse();
  return profileKey ? newestFirst.filter((o) => o.profileKey === profileKey).first() : newestFirst.first();
}
