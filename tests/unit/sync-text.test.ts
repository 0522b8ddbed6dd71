import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/i18n';
import { syncProblemText } from '@/i18n/sync-text';
import type { SyncProblem } from '@/sync/server-check';

const PROBLEMS: SyncProblem[] = ['insecureAddress', 'badDatabaseName', 'unreachable', 'notCouch', 'wrongPassword', 'noDatabaseNoRight', 'wrongPassphrase', 'badKey'];

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
});
