import { describe, expect, it } from 'vitest';
import { createContact } from '@/storage/contacts';
import { describeIntroduction, introductionsOf, proposeIntroduction, takeIntroductionStep } from '@/storage/introductions';
import { interactionsOf } from '@/storage/interactions';
import { RULES, useEmptyDb } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('introductions', () => {
  useEmptyDb();

  it('keeps introductions on both people’s side', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    const intro = await proposeIntroduction(a.id, b.id, 'Both into cobots', NOW);
    await describeIntroduction(intro.id, { outcome: 'Met for coffee' }, NOW + 1);
    expect(await introductionsOf(b.id)).toEqual([{ ...intro, outcome: 'Met for coffee', updatedAt: NOW + 1 }]);
    expect((await introductionsOf(a.id)).length).toBe(1);
    await expect(proposeIntroduction(a.id, a.id, undefined, NOW)).rejects.toThrow('two different people');
    await expect(proposeIntroduction(b.id, a.id, undefined, NOW)).rejects.toMatchObject({ refusal: { rule: 'duplicate' } });
  });

  it('walks the double opt-in: each asked alone (on their timeline), both yes, then introduced on both timelines', async () => {
    const a = await createContact({ name: 'Claire Fontaine' }, RULES, NOW);
    const b = await createContact({ name: 'Marc Lefebvre' }, RULES, NOW);
    const intro = await proposeIntroduction(a.id, b.id, undefined, NOW);
    await expect(takeIntroductionStep(intro.id, { step: 'introduced' }, 'Introduction', RULES, NOW + 1)).rejects.toMatchObject({ message: 'notAgreed' });
    await expect(takeIntroductionStep(intro.id, { step: 'answered', side: 'a', answer: 'yes' }, '', RULES, NOW + 1)).rejects.toMatchObject({ message: 'notAsked' });
    expect((await takeIntroductionStep(intro.id, { step: 'asked', side: 'a' }, 'Would you like to meet Marc?', RULES, NOW + 1)).status).toBe('asked');
    expect((await interactionsOf(a.id)).map((i) => [i.kind, i.summary])).toEqual([['introduction', 'Would you like to meet Marc?']]);
    expect(await interactionsOf(b.id)).toEqual([]);
    await takeIntroductionStep(intro.id, { step: 'asked', side: 'b' }, 'Would you like to meet Claire?', RULES, NOW + 2);
    await takeIntroductionStep(intro.id, { step: 'answered', side: 'a', answer: 'yes' }, '', RULES, NOW + 3);
    await takeIntroductionStep(intro.id, { step: 'answered', side: 'b', answer: 'yes' }, '', RULES, NOW + 4);
    const done = await takeIntroductionStep(intro.id, { step: 'introduced' }, 'Introduction: Claire and Marc', RULES, NOW + 5);
    expect(done).toMatchObject({ status: 'introduced', introducedAt: NOW + 5 });
    expect((await interactionsOf(b.id)).map((i) => i.summary)).toEqual(['Introduction: Claire and Marc', 'Would you like to meet Claire?']);
    await expect(takeIntroductionStep(intro.id, { step: 'asked', side: 'a' }, '', RULES, NOW + 6)).rejects.toMatchObject({ message: 'closed' });
  });
});
