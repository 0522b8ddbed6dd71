import type { Contact } from './records';
import { keepBoth } from './text-merge';
import { normaliseEmails, normaliseTags } from './text';

/**
 * Two records of one person made one: nothing either held is lost. The kept record's own values
 * come first; the other's fill what it lacks; lists are joined; both notes are kept; every profile
 * key of either still finds the person. Interactions, observations and introductions are moved by
 * the storage that calls this.
 */
export function fuseContacts(keep: Contact, other: Contact, now: number): Contact {
  const max = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
  const profiles = [...keep.profiles, ...other.profiles.filter((p) => !keep.profileKeys.includes(p.key))];
  const aliasKeys = [...new Set([...(keep.aliasKeys ?? []), ...(other.aliasKeys ?? [])])].filter((key) => !profiles.some((p) => p.key === key));
  const cadences = [keep.cadenceDays, other.cadenceDays].filter((c): c is number => c != null);
  return {
    ...other,
    ...keep,
    headline: keep.headline ?? other.headline,
    company: keep.company ?? other.company,
    title: keep.title ?? other.title,
    location: keep.location ?? other.location,
    photoUrl: keep.photoUrl ?? other.photoUrl,
    language: keep.language ?? other.language,
    register: keep.register ?? other.register,
    connectedOn: keep.connectedOn ?? other.connectedOn,
    met: keep.met ?? other.met,
    emails: normaliseEmails([...keep.emails, ...other.emails]),
    tags: normaliseTags([...keep.tags, ...other.tags]),
    notes: keepBoth(other.notes, keep.notes),
    profiles,
    profileKeys: profiles.map((p) => p.key),
    aliasKeys: aliasKeys.length ? aliasKeys : undefined,
    // The closer of the two cadences: merging never makes reminders rarer.
    cadenceDays: cadences.length ? Math.min(...cadences) : null,
    lastContactAt: max(keep.lastContactAt, other.lastContactAt),
    lastInPersonAt: max(keep.lastInPersonAt, other.lastInPersonAt),
    snoozedUntil: undefined,
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
  };
}
