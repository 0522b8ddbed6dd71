import { RefusalError } from '@/core/commands';
import { applyIntroductionStep, type IntroductionStep } from '@/core/introductions';
import { LIMITS } from '@/core/limits';
import type { Introduction } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { cleanText } from '@/core/text';
import { db, newId } from './db';
import { DUE_TABLES } from './due';
import { logInteraction } from './interactions';

/** Records "introduce A to B". The same two, already on their way to an introduction, are refused. */
export async function proposeIntroduction(aId: string, bId: string, note: string | undefined, now: number): Promise<Introduction> {
  if (aId === bId) throw new RefusalError({ code: 'invalid', field: 'bId', rule: 'type' }, 'An introduction needs two different people.');
  return db.transaction('rw', ['contacts', 'introductions'], async () => {
    for (const id of [aId, bId]) if (!(await db.contacts.get(id))) throw new RefusalError({ code: 'notFound' }, `No contact ${id}.`);
    const open = (await introductionsOf(aId)).find((i) => (i.aId === bId || i.bId === bId) && i.status !== 'declined');
    if (open) throw new RefusalError({ code: 'invalid', field: 'bId', rule: 'duplicate' }, 'These two are already being introduced.');
    const intro: Introduction = { id: newId(), aId, bId, at: now, status: 'proposed', note: cleanText(note, LIMITS.summary), createdAt: now, updatedAt: now };
    await db.introductions.add(intro);
    return intro;
  });
}

/**
 * Takes a step of the double opt-in. Asking someone, and the introduction itself, are contacts:
 * they are logged on the timeline (of the one asked; of both when introduced) with `summary`.
 */
export async function takeIntroductionStep(id: string, change: IntroductionStep, summary: string, rules: ReminderRules, now: number): Promise<Introduction> {
  return db.transaction('rw', ['introductions', ...DUE_TABLES], async () => {
    const intro = await db.introductions.get(id);
    if (!intro) throw new RefusalError({ code: 'notFound' }, `No introduction ${id}.`);
    const next = applyIntroductionStep(intro, change, now);
    if (typeof next === 'string') throw new RefusalError({ code: 'invalid', field: 'step', rule: 'range' }, next);
    await db.introductions.put(next);
    const logged = change.step === 'asked' ? [change.side === 'a' ? intro.aId : intro.bId] : change.step === 'introduced' ? [intro.aId, intro.bId] : [];
    for (const contactId of logged) await logInteraction({ contactId, kind: 'introduction', at: now, summary }, rules, now);
    return next;
  });
}

/** Notes what came of an introduction (or why it was proposed). */
export async function describeIntroduction(id: string, patch: { note?: string; outcome?: string }, now: number): Promise<Introduction> {
  return db.transaction('rw', 'introductions', async () => {
    const intro = await db.introductions.get(id);
    if (!intro) throw new RefusalError({ code: 'notFound' }, `No introduction ${id}.`);
    const next: Introduction = {
      ...intro,
      ...(patch.note !== undefined ? { note: cleanText(patch.note, LIMITS.summary) } : {}),
      ...(patch.outcome !== undefined ? { outcome: cleanText(patch.outcome, LIMITS.summary) } : {}),
      updatedAt: now,
    };
    await db.introductions.put(next);
    return next;
  });
}

/** Every introduction a contact is part of, on either side, newest first. */
export async function introductionsOf(contactId: string): Promise<Introduction[]> {
  const [asA, asB] = await Promise.all([
    db.introductions.where('aId').equals(contactId).toArray(),
    db.introductions.where('bId').equals(contactId).toArray(),
  ]);
  return [...asA, ...asB].sort((x, y) => y.at - x.at);
}

/** Every introduction, newest first (the dashboard's Introductions section). */
export function listIntroductions(): Promise<Introduction[]> {
  return db.introductions.orderBy('at').reverse().toArray();
}
