import { storage } from 'wxt/utils/storage';

interface NotifiedLog {
  /** The local day the keys below belong to, `YYYY-MM-DD`. */
  day: string;
  /** Entries notified that day: one notification per entry per day, whatever restarts happen. */
  keys: string[];
}

const notifiedItem = storage.defineItem<NotifiedLog>('local:notified', { fallback: { day: '', keys: [] }, version: 1 });

/** Whether `key` was already notified on `day`; records it when not. Older days are forgotten. */
export async function firstTimeToday(key: string, day: string): Promise<boolean> {
  const log = await notifiedItem.getValue();
  const keys = log.day === day ? log.keys : [];
  if (keys.includes(key)) return false;
  await notifiedItem.setValue({ day, keys: [...keys, key] });
  return true;
}

/** Whether `key` was notified on `day`, without recording anything. */
export async function wasNotifiedToday(key: string, day: string): Promise<boolean> {
  const log = await notifiedItem.getValue();
  return log.day === day && log.keys.includes(key);
}
