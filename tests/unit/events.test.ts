import { describe, expect, it } from 'vitest';
import { editDistance, isUpcoming, matchEvents, sameEventName } from '@/core/events';
import type { EventRecord } from '@/core/records';
import { nameKey } from '@/core/text';

const event = (name: string, date?: string): EventRecord => ({ id: name, name, nameKey: nameKey(name), date, createdAt: 0, updatedAt: 0 });
const EVENTS = [
  event('Mobile Monday Lyon', '2026-11-23'),
  event('Mobile Monday Lyon', '2026-10-19'),
  event('Lyon Data Meetup', '2026-11-12'),
  event('Salon des Entrepreneurs', '2026-02-04'),
  event('Web2day Nantes', '2026-06-18'),
];

describe('one event, whatever the case or a typo', () => {
  it.each([
    ['Mobile Monday Lyon', 'mobile monday lyon', true],
    ['Mobile Monday Lyon', 'Mobile Mondy Lyon', true],
    ['Mobile Monday Lyon', 'Mobile Mondays Lyonn', true],
    ['Salon des Entrepreneurs', 'Salon des entrepreneurs', true],
    ['Mobile Monday Lyon', 'Mobile Monday Paris', false],
    ['Web2day', 'Web3day', false],
    ['JUG', 'JUG', true],
    ['JUG', 'BUG', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameEventName(a, b)).toBe(same));

  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['abcdef', 'zzzzzzzzzz', 4],
  ])('edit distance %s → %s = %i (capped)', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('events offered as the user types', () => {
  it.each([
    ['mobile', ['Mobile Monday Lyon', 'Mobile Monday Lyon']],
    ['MOBILE MON', ['Mobile Monday Lyon', 'Mobile Monday Lyon']],
    ['lyon', ['Lyon Data Meetup', 'Mobile Monday Lyon', 'Mobile Monday Lyon']],
    ['mobli', ['Mobile Monday Lyon', 'Mobile Monday Lyon']],
    ['entreprneurs', ['Salon des Entrepreneurs']],
    ['zzz', []],
  ])('%s', (query, names) => expect(matchEvents(query, EVENTS).map((e) => e.name)).toEqual(names));

  it('offers the newest edition first, and at most the limit', () => {
    expect(matchEvents('mobile monday lyon', EVENTS).map((e) => e.date)).toEqual(['2026-11-23', '2026-10-19']);
    expect(matchEvents('', EVENTS, 3)).toHaveLength(3);
  });

  it('says which events are still to come', () => {
    expect(isUpcoming({ date: '2026-12-21' }, '2026-11-26')).toBe(true);
    expect(isUpcoming({ date: '2026-11-26' }, '2026-11-26')).toBe(true);
    expect(isUpcoming({ date: '2026-11-25' }, '2026-11-26')).toBe(false);
    expect(isUpcoming({}, '2026-11-26')).toBe(false);
  });
});
