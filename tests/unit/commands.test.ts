import { describe, expect, it } from 'vitest';
import { checkCommand } from '@/core/commands';

describe('forms check the rules the background keeps', () => {
  const clock = { now: Date.UTC(2026, 10, 26, 12), today: '2026-11-26' };
  it.each([
    ['a blank name', { name: '   ' }, 'name', 'required'],
    ['a topic of 1,001 characters', { name: 'A', met: { topic: 'x'.repeat(1_001) } }, 'met.topic', 'tooLong'],
    ['a meeting tomorrow', { name: 'A', met: { date: '2026-11-27' } }, 'met.date', 'future'],
    ['31 tags', { name: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags', 'tooMany'],
  ])('%s', (_label, input, field, rule) => {
    expect(checkCommand('addContact', input, clock)).toMatchObject({ ok: false, refusal: { code: 'invalid', field, rule } });
  });

  it('says how long a field may be', () => {
    expect(checkCommand('addContact', { name: 'A', met: { topic: 'x'.repeat(1_001) } }, clock)).toMatchObject({ refusal: { max: 1_000 } });
  });

  it('trims a name, and accepts an empty date as none', () => {
    expect(checkCommand('addContact', { name: '  Claire ', met: { date: '' } }, clock)).toMatchObject({ ok: true, value: { name: 'Claire' } });
  });
});
