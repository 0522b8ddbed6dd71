import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/i18n';
import { syncProblemText, syncStatusText } from '@/i18n/sync-text';
import { SYNC_PROBLEMS as PROBLEMS } from '@/core/sync-problems';
import type { SYNC_STATUS } from '@/messaging/stored-keys';

describe('why a sync server cannot be used, in words', () => {
  afterEach(() => setLanguage('en'));

  it.each(['en', 'fr', 'de'] as const)('in %s, each problem its own sentence', (language) => {
    setLanguage(language);
    const texts = PROBLEMS.map(syncProblemText);
    expect(new Set(texts).size).toBe(PROBLEMS.length);
    for (const text of texts) expect(text).toMatch(/^\p{Lu}.{20,}[.]$/u);
  });

  it('says a wrong passphrase changed nothing', () => {
    expect(syncProblemText('wrongPassphrase')).toBe('This passphrase does not open this database: it was set up with another one. Nothing was changed here.');
  });

  const status: typeof SYNC_STATUS.fallback = { lastSyncedAt: null, waiting: 0, running: false, problem: null };
  const at = new Date(2026, 11, 7, 14, 2).getTime();
  it.each<[string, Partial<typeof status>, RegExp]>([
    ['never synced', {}, /^Not synced yet\.$/],
    ['synced today: the time', { lastSyncedAt: at - 60_000 }, /^Synced at 14:01\.$/],
    ['synced before today: the day', { lastSyncedAt: at - 3 * 86_400_000 }, /^Synced on 4 December 2026\.$/],
    ['under way', { running: true, waiting: 3 }, /^Syncing…$/],
    ['waiting, server away: what waits, why, and that it retries', { waiting: 3, problem: 'unreachable', lastSyncedAt: at }, /^3 changes waiting\. Nothing answers at this address\. .* Maille tries again every minute\.$/],
    ['one change waiting: singular', { waiting: 1, problem: 'unreachable', lastSyncedAt: at }, /^1 change waiting\. Nothing answers/],
    ['the database gone: said, no retry promised', { problem: 'databaseGone' }, /^The server no longer has this database: .*turn sync off\.$/],
  ])('status: %s', (_, change, expected) => {
    expect(syncStatusText({ ...status, ...change }, at)).toMatch(expected);
  });
});
