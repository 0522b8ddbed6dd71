import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/core/profile';
import { createContact } from '@/storage/contacts';
import { db } from '@/storage/db';
import { latestObservation, recordObservation } from '@/storage/observations';
import { LINKEDIN_CLAIRE, RULES, useEmptyDb } from './db-helpers';

const NOW = Date.UTC(2026, 10, 26, 9);

describe('observations', () => {
  useEmptyDb();

  it('records what a profile showed only when it changed', async () => {
    const claire = await createContact({ name: 'Claire Fontaine', profile: LINKEDIN_CLAIRE }, RULES, NOW);
    const seen = (company: string): ProfileSnapshot => ({ ...LINKEDIN_CLAIRE, identity: { name: 'Claire Fontaine', company, headline: `Partnerships at ${company}` } });
    expect(await recordObservation(claire.id, seen('Lumen Robotics'), RULES, NOW)).not.toBeNull();
    expect(await recordObservation(claire.id, seen('Lumen Robotics'), RULES, NOW + 1)).toBeNull();
    expect(await recordObservation(claire.id, seen('Axiome'), RULES, NOW + 2)).not.toBeNull();
    expect((await db.observations.toArray()).sort((a, b) => a.at - b.at).map((o) => o.company)).toEqual(['Lumen Robotics', 'Axiome']);
    expect((await latestObservation(claire.id))?.company).toBe('Axiome');
  });
});
