import { describe, expect, it } from 'vitest';
import { nextRecipient, planNewsWalk, walkProgress } from '@/core/news';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { logInteraction } from '@/storage/interactions';
import { createNews, newsStep } from '@/storage/news';
import { RULES, useEmptyDb } from './db-helpers';
import { DAY } from '../support/records';

const NOW = new Date('2026-11-26T10:00:00+01:00').getTime();

describe('a news walk: one person at a time, not too often', () => {
  it.each([
    ['never contacted', undefined, 'pending'],
    ['contacted a month ago', NOW - 30 * DAY, 'pending'],
    ['contacted yesterday, with a 7-day gap', NOW - DAY, 'skipped'],
    ['contacted 7 days ago at this hour: the gap is over at midnight', NOW - 7 * DAY, 'pending'],
  ])('%s → %s', (_label, lastContactAt, state) => {
    const [recipient] = planNewsWalk([{ id: 'c', lastContactAt }], 7, NOW, 'Europe/Paris');
    expect(recipient?.state).toBe(state);
    if (state === 'skipped') expect(recipient?.reason).toBe('paceGuard');
  });

  it('tells each person once, in order; progress leaves out the pace-guarded', () => {
    const walk = planNewsWalk([{ id: 'a' }, { id: 'b', lastContactAt: NOW - DAY }, { id: 'a' }, { id: 'c' }], 7, NOW, 'Europe/Paris');
    expect(walk.map((r) => r.contactId)).toEqual(['a', 'b', 'c']);
    expect(nextRecipient(walk)?.contactId).toBe('a');
    expect(walkProgress(walk)).toEqual({ done: 0, total: 2 });
  });
});

describe('news repository', () => {
  useEmptyDb();

  it('walks, logs each one sent as news on their timeline, skips, and resumes where it was left', async () => {
    const rules = { ...RULES, minGapDays: 7 };
    const [a, b, c] = await Promise.all(['Claire Fontaine', 'Marc Lefebvre', 'Nadia Benali'].map((name) => createContact({ name }, rules, NOW - 60 * DAY)));
    await logInteraction({ contactId: c!.id, kind: 'call', at: NOW - DAY }, rules, NOW - DAY);
    const news = await createNews('I am moving to Lyon.', [a!.id, b!.id, c!.id], rules, NOW);
    expect(news.recipients.map((r) => r.state)).toEqual(['pending', 'pending', 'skipped']);
    await newsStep(news.id, a!.id, 'sent', 'Some news', rules, NOW + 1);
    expect((await db.interactions.where('[contactId+at]').between([a!.id, 0], [a!.id, Infinity]).toArray()).map((i) => i.kind)).toEqual(['news']);
    // Left, then resumed: the walk is where it was.
    const resumed = (await db.news.get(news.id))!;
    expect(nextRecipient(resumed.recipients)?.contactId).toBe(b!.id);
    await newsStep(news.id, b!.id, 'skipped', '', rules, NOW + 2);
    expect(walkProgress((await db.news.get(news.id))!.recipients)).toEqual({ done: 2, total: 2 });
    await expect(newsStep(news.id, a!.id, 'sent', '', rules, NOW + 3)).rejects.toMatchObject({ refusal: { code: 'invalid' } });
  });
});
