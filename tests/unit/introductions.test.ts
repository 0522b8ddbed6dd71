import { describe, expect, it } from 'vitest';
import { applyIntroductionStep, bothAgreed, introductionSuggestions, type IntroductionStep } from '@/core/introductions';
import type { Introduction } from '@/core/records';

const proposed: Introduction = { id: 'i1', aId: 'a', bId: 'b', at: 0, status: 'proposed', createdAt: 0, updatedAt: 0 };
const run = (steps: IntroductionStep[]) => steps.reduce<Introduction | string>((intro, step, i) => (typeof intro === 'string' ? intro : applyIntroductionStep(intro, step, i + 1)), proposed);

describe('the double opt-in', () => {
  it.each<[string, IntroductionStep[], string]>([
    ['proposed', [], 'proposed'],
    ['A asked', [{ step: 'asked', side: 'a' }], 'asked'],
    ['both asked, A yes', [{ step: 'asked', side: 'a' }, { step: 'asked', side: 'b' }, { step: 'answered', side: 'a', answer: 'yes' }], 'asked'],
    ['B says no', [{ step: 'asked', side: 'b' }, { step: 'answered', side: 'b', answer: 'no' }], 'declined'],
    ['both yes, introduced', [{ step: 'asked', side: 'a' }, { step: 'asked', side: 'b' }, { step: 'answered', side: 'a', answer: 'yes' }, { step: 'answered', side: 'b', answer: 'yes' }, { step: 'introduced' }], 'introduced'],
    ['an answer before the question', [{ step: 'answered', side: 'a', answer: 'yes' }], 'notAsked'],
    ['introduced with one yes only', [{ step: 'asked', side: 'a' }, { step: 'answered', side: 'a', answer: 'yes' }, { step: 'introduced' }], 'notAgreed'],
    ['a step after a no', [{ step: 'asked', side: 'a' }, { step: 'answered', side: 'a', answer: 'no' }, { step: 'asked', side: 'b' }], 'closed'],
  ])('%s → %s', (_label, steps, expected) => {
    const result = run(steps);
    expect(typeof result === 'string' ? result : result.status).toBe(expected);
  });

  it('knows when both agreed', () => {
    expect(bothAgreed({ aAnswer: 'yes', bAnswer: 'yes' })).toBe(true);
    expect(bothAgreed({ aAnswer: 'yes' })).toBe(false);
  });
});

describe('introduction suggestions', () => {
  const person = (id: string, name: string, tags: string[]) => ({ id, name, tags });
  const people = [person('c', 'Claire', ['robotics', 'Lyon']), person('m', 'Marc', ['lyon', 'data']), person('n', 'Nadia', ['Robotics', 'lyon']), person('p', 'Paul', [])];
  it('pairs who share a tag (any case), most shared first, never two already introduced', () => {
    expect(introductionSuggestions(people, []).map(({ a, b, tags }) => `${a.name}+${b.name}:${tags.join(',')}`)).toEqual([
      'Claire+Nadia:robotics,Lyon', 'Claire+Marc:Lyon', 'Marc+Nadia:lyon',
    ]);
    expect(introductionSuggestions(people, [{ aId: 'n', bId: 'c' }]).map(({ a, b }) => `${a.name}+${b.name}`)).toEqual(['Claire+Marc', 'Marc+Nadia']);
  });
});
