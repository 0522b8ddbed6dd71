import { describe, expect, it } from 'vitest';
import { latestJobChange, type SeenJob } from '@/core/job-change';

const LI = 'linkedin:claire-fontaine';
const XING = 'xing:Claire_Fontaine';
const seen = (at: number, profileKey: string, company?: string, title?: string): SeenJob => ({ at, profileKey, company, title });

describe('a job change is the same profile showing a new company or title', () => {
  it.each<[string, SeenJob[], ReturnType<typeof latestJobChange>]>([
    ['nothing seen', [], null],
    ['one visit', [seen(1, LI, 'Lumen', 'CEO')], null],
    ['the same job twice', [seen(1, LI, 'Lumen', 'CEO'), seen(2, LI, 'Lumen', 'CEO')], null],
    ['a new company', [seen(1, LI, 'Lumen', 'CEO'), seen(2, LI, 'Axiome', 'CEO')], { at: 2, job: { company: 'Axiome', title: 'CEO' } }],
    ['a new title', [seen(1, LI, 'Lumen', 'CTO'), seen(2, LI, 'Lumen', 'CEO')], { at: 2, job: { company: 'Lumen', title: 'CEO' } }],
    ['in any order', [seen(2, LI, 'Axiome'), seen(1, LI, 'Lumen')], { at: 2, job: { company: 'Axiome', title: undefined } }],
    ['a company that disappears is no new job', [seen(1, LI, 'Lumen', 'CEO'), seen(2, LI, undefined, 'CEO')], null],
    ['two sites wording the same job differently', [seen(1, LI, 'Lumen Robotics', 'CEO'), seen(2, XING, 'Lumen Robotics SAS', 'Geschäftsführerin')], null],
    [
      'the latest compared with the same profile, across another site in between',
      [seen(1, LI, 'Lumen', 'CEO'), seen(2, XING, 'Lumen SAS', 'CEO'), seen(3, LI, 'Axiome', 'CEO')],
      { at: 3, job: { company: 'Axiome', title: 'CEO' } },
    ],
    ['only an older change: the latest visit shows none', [seen(1, LI, 'Lumen'), seen(2, LI, 'Axiome'), seen(3, LI, 'Axiome')], null],
  ])('%s', (_label, observations, expected) => {
    expect(latestJobChange(observations)).toEqual(expected);
  });
});
