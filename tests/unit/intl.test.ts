import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatShortDay, setLanguage } from '@/i18n';
import { formatDuration } from '@/i18n/due-text';

describe('formatters are made once', () => {
  afterEach(() => setLanguage('en'));

  /** Counts the formatters `kind` makes while `run` runs. */
  const made = (kind: 'DateTimeFormat' | 'NumberFormat', run: () => void): number => {
    const real = Intl[kind] as unknown as new (...args: unknown[]) => object;
    let count = 0;
    Object.defineProperty(Intl, kind, { configurable: true, writable: true, value: new Proxy(real, { construct: (target: new (...args: unknown[]) => object, args: unknown[]) => (count++, new target(...args)) }) });
    try {
      run();
    } finally {
      Object.defineProperty(Intl, kind, { configurable: true, writable: true, value: real });
    }
    return count;
  };

  it('a list of dates and durations makes one formatter per language and shape', () => {
    const day = Date.UTC(2026, 10, 27, 12);
    expect(made('DateTimeFormat', () => Array.from({ length: 50 }, (_, i) => formatShortDay(day + i * 86_400_000, 'Europe/Paris')))).toBeLessThanOrEqual(1);
    expect(made('NumberFormat', () => Array.from({ length: 50 }, (_, i) => formatDuration(100 + i)))).toBeLessThanOrEqual(1);
  });

  it('follows the language and the time zone', () => {
    const day = Date.UTC(2026, 10, 27, 23, 30);
    expect(formatShortDay(day, 'UTC')).toBe('27 Nov 2026');
    expect(formatShortDay(day, 'Europe/Paris')).toBe('28 Nov 2026');
    setLanguage('fr');
    expect(formatDay(day, 'UTC')).toBe('27 novembre 2026');
    expect(formatDuration(100)).toMatch(/^3\smois$/);
    setLanguage('de');
    expect(formatShortDay(day, 'UTC')).toBe('27. Nov. 2026');
  });
});
