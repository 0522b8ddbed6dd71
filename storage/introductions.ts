import type { Introduction, IntroductionStatus } from '@/core/records';
import { db, newId } from './db';

export async function proposeIntroduction(aId: string, bId: string, note: string | undefined, now: number): Promise<Introduction> {
  if (aId === bId) throw new Error('An introduction needs two different people.');
  const intro: Introduction = { id: newId(), aId, bId, at: now, status: 'proposed', note, createdAt: now, updatedAt: now };
  await db.introductions.add(intro);
  return intro;
}

export async function setIntroductionStatus(id: string, status: IntroductionStatus, now: number, outcome?: string): Promise<void> {
  const changed = await db.introductions.update(id, { status, updatedAt: now, ...(outcome !== undefined ? { outcome } : {}) });
  if (!changed) throw new Error(`No introduction ${id}.`);
}

/** Every introduction a contact is part of, on either side, newest first. */
export async function introductionsOf(contactId: string): Promise<Introduction[]> {
  const [asA, asB] = await Promise.all([
    db.introductions.where('aId').equals(contactId).toArray(),
    db.introductions.where('bId').equals(contactId).toArray(),
  ]);
  return [...asA, ...asB].sort((x, y) => y.at - x.at);
}
