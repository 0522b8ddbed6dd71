import type { SyncProblem } from '@/core/sync-problems';
import type { SYNC_STATUS } from '@/messaging/stored-keys';
import { formatDay, formatTime, t, type MessageKey } from './index';
import { toLocalDay } from '@/core/local-day';

const PROBLEMS: Record<SyncProblem, MessageKey> = {
  insecureAddress: 'syncInsecureAddress',
  badDatabaseName: 'syncBadDatabaseName',
  unreachable: 'syncUnreachable',
  notCouch: 'syncNotCouch',
  wrongPassword: 'syncWrongPassword',
  noDatabaseNoRight: 'syncNoDatabaseNoRight',
  wrongPassphrase: 'syncWrongPassphrase',
  badKey: 'syncBadKey',
  databaseGone: 'syncDatabaseGone',
  databaseReplaced: 'syncDatabaseReplaced',
  badAnswer: 'syncBadAnswer',
  noPermission: 'syncNoPermission',
};

/** Why a sync server could not be used, in the user's words (issue 22). */
export function syncProblemText(problem: SyncProblem): string {
  return t(PROBLEMS[problem]);
}

/**
 * How sync stands, in words: "Synced at 14:02.", "3 changes waiting. Nothing answers at this
 * address… Maille tries again every minute."
 */
export function syncStatusText(status: typeof SYNC_STATUS.fallback, now = Date.now()): string {
  if (status.running) return t('syncRunning');
  const parts: string[] = [];
  if (status.waiting > 0) parts.push(status.waiting === 1 ? t('syncWaitingOne') : t('syncWaiting', { count: status.waiting }));
  if (status.problem) {
    parts.push(syncProblemText(status.problem));
    if (status.problem === 'unreachable' || status.problem === 'badAnswer') parts.push(t('syncRetrying'));
  } else if (status.lastSyncedAt === null) parts.push(t('syncNever'));
  else {
    const today = toLocalDay(status.lastSyncedAt) === toLocalDay(now);
    parts.push(today ? t('syncedAt', { time: formatTime(status.lastSyncedAt) }) : t('syncedOn', { day: formatDay(status.lastSyncedAt) }));
  }
  return parts.join(' ');
}
