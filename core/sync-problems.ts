/**
 * What can stop sync (issue 22), by name: the page says each in words (`i18n/sync-text.ts`).
 * The first eight are found when sync is turned on (`sync/server-check.ts`), the others later.
 */
export const SYNC_PROBLEMS = [
  'insecureAddress', 'badDatabaseName', 'unreachable', 'notCouch', 'wrongPassword', 'noDatabaseNoRight', 'wrongPassphrase', 'badKey',
  /** The browser's access to the server was not given (or was taken back). */
  'noPermission',
  /** The server's database, or its key, is gone: deleted, or the server lost it. */
  'databaseGone',
  /** The database now holds another key: replaced by another one of the same name. */
  'databaseReplaced',
  /** The server sent what no Maille wrote (a document that does not open, or too large): refused, nothing written here. */
  'badAnswer',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];
