import type { SyncProblem } from '@/sync/server-check';
import { t, type MessageKey } from './index';

const PROBLEMS: Record<SyncProblem, MessageKey> = {
  insecureAddress: 'syncInsecureAddress',
  badDatabaseName: 'syncBadDatabaseName',
  unreachable: 'syncUnreachable',
  notCouch: 'syncNotCouch',
  wrongPassword: 'syncWrongPassword',
  noDatabaseNoRight: 'syncNoDatabaseNoRight',
  wrongPassphrase: 'syncWrongPassphrase',
  badKey: 'syncBadKey',
};

/** Why a sync server could not be used, in the user's words (issue 22). */
export function syncProblemText(problem: SyncProblem): string {
  return t(PROBLEMS[problem]);
}
