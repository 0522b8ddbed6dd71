import { readStored, writeStored } from '@/messaging/stored';
import { NOTIFIED } from '@/messaging/stored-keys';

/** Whether `key` was already notified on `day`; records it when not. Older days are forgotten. */
export async function firstTimeToday(key: string, day: string): Promise<boolean> {
  const log = await readStored(NOTIFIED);
  const keys = log.day === day ? log.keys : [];
  if (keys.includes(key)) return false;
  await writeStored(NOTIFIED, { day, keys: [...keys, key] });
  return true;
}

/** Whether `key` was notified on `day`, without recording anything. */
export async function wasNotifiedToday(key: string, day: string): Promise<boolean> {
  const log = await readStored(NOTIFIED);
  return log.day === day && log.keys.includes(key);
}
