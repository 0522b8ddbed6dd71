import { describe, expect, it } from 'vitest';
import { rebaseEdit } from '@/core/edit-rebase';
import type { Contact } from '@/core/records';

describe('an edit rebased on what is stored now', () => {
  const stored = { notes: 'Stored.', tags: ['a', 'c'], emails: [], cadenceDays: 91, met: { eventName: 'Sud Web', date: '2026-05-20' } } as unknown as Contact;
  it.each([
    ['tags: this page removed a, another removed b and added c', { tags: ['a', 'b'] }, { tags: ['b', 'd'] }, { ok: true, patch: { tags: ['c', 'd'] } }],
    ['a cadence changed elsewhere to another value', { cadenceDays: 30 }, { cadenceDays: 365 }, { ok: false, fields: ['cadenceDays'] }],
    ['a cadence changed elsewhere to the same value', { cadenceDays: 30 }, { cadenceDays: 91 }, { ok: true, patch: { cadenceDays: 91 } }],
    ['where we met, unchanged elsewhere', { met: { eventName: 'Sud Web', date: '2026-05-20', place: '' } }, { met: { eventName: 'Sud Web 2026', date: '2026-05-20' } }, { ok: true }],
    ['where we met, changed elsewhere too', { met: { eventName: 'Sudweb' } }, { met: { eventName: 'Sud Web 2026' } }, { ok: false, fields: ['met'] }],
  ])('%s', (_label, base, patch, expected) => expect(rebaseEdit(stored, base, patch)).toMatchObject(expected));
});
