import { RefusalError } from '@/core/commands';
import { planNewsWalk } from '@/core/news';
import type { NewsItem } from '@/core/records';
import type { ReminderRules } from '@/core/reminders';
import { db, newId } from './db';
import { DUE_TABLES } from './due';
import { logInteraction } from './interactions';

/**
 * Your news, to tell each of `contactIds` one at a time. Those reached within the minimum gap are
 * left out now, with the reason kept to show.
 */
export async function createNews(text: string, contactIds: readonly string[], rules: ReminderRules & { minGapDays: number }, now: number): Promise<NewsItem> {
  return db.transaction('rw', ['news', 'contacts'], async () => {
    const people = (await db.contacts.bulkGet([...contactIds])).filter((c) => c !== undefined);
    if (people.length === 0) throw new RefusalError({ code: 'invalid', field: 'contactIds', rule: 'required' }, 'Nobody to tell.');
    const news: NewsItem = { id: newId(), text, recipients: planNewsWalk(people, rules.minGapDays, now, rules.timeZone), createdAt: now, updatedAt: now };
    await db.news.add(news);
    return news;
  });
}

/** One person of the walk: sent (logged as news on their timeline, with `summary`) or skipped. */
export async function newsStep(id: string, contactId: string, state: 'sent' | 'skipped', summary: string, rules: ReminderRules, now: number): Promise<NewsItem> {
  return db.transaction('rw', ['news', ...DUE_TABLES], async () => {
    const news = await db.news.get(id);
    if (!news) throw new RefusalError({ code: 'notFound' }, `No news ${id}.`);
    const recipient = news.recipients.find((r) => r.contactId === contactId);
    if (!recipient || recipient.state !== 'pending') throw new RefusalError({ code: 'invalid', field: 'contactId', rule: 'range' }, 'Not waiting for this news.');
    const updated: NewsItem = {
      ...news,
      recipients: news.recipients.map((r) => (r.contactId === contactId ? { ...r, state, at: now, ...(state === 'skipped' ? { reason: 'byHand' as const } : {}) } : r)),
      updatedAt: now,
    };
    await db.news.put(updated);
    if (state === 'sent') await logInteraction({ contactId, kind: 'news', at: now, summary }, rules, now);
    return updated;
  });
}

/** Every news item, newest first. */
export function listNews(): Promise<NewsItem[]> {
  return db.news.orderBy('createdAt').reverse().toArray();
}
