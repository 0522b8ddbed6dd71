import { midnightAfter } from './local-day';
import type { Contact, NewsRecipient } from './records';

/**
 * Who of `people` hears the news now: everyone, one at a time, except those reached within the
 * minimum gap — left out with the reason shown (habit 4: not too often). Each person once.
 */
export function planNewsWalk(people: readonly Pick<Contact, 'id' | 'lastContactAt'>[], minGapDays: number, now: number, timeZone: string): NewsRecipient[] {
  const seen = new Set<string>();
  const recipients: NewsRecipient[] = [];
  for (const person of people) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const guarded = person.lastContactAt !== undefined && now < midnightAfter(person.lastContactAt, minGapDays, timeZone);
    recipients.push(guarded ? { contactId: person.id, state: 'skipped', reason: 'paceGuard' } : { contactId: person.id, state: 'pending' });
  }
  return recipients;
}

/** The next person of the walk to write to, if any is left. */
export function nextRecipient(recipients: readonly NewsRecipient[]): NewsRecipient | undefined {
  return recipients.find((r) => r.state === 'pending');
}

/** A walk's progress: how many done (sent or skipped by hand) of how many to write to. */
export function walkProgress(recipients: readonly NewsRecipient[]): { done: number; total: number } {
  const walked = recipients.filter((r) => r.reason !== 'paceGuard');
  return { done: walked.filter((r) => r.state !== 'pending').length, total: walked.length };
}
