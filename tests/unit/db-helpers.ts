import { beforeEach } from 'vitest';
import type { ReminderRules } from '@/core/reminders';
import { db } from '@/storage/db';

/** Every test starts from an empty database (fake-indexeddb, see tests/setup.ts). */
export function useEmptyDb(): void {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
  });
}

export const LINKEDIN_CLAIRE = { site: 'linkedin', key: 'linkedin:claire-fontaine-4a5b6c', url: 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/' } as const;
export const VIADEO_CLAIRE = { site: 'viadeo', key: 'viadeo:claire.fontaine', url: 'https://www.viadeo.com/fr/profile/claire.fontaine' } as const;
export const XING_CLAIRE = { site: 'xing', key: 'xing:Claire_Fontaine', url: 'https://www.xing.com/profile/Claire_Fontaine' } as const;

/** Reminder rules for repository tests: no pace guard, Paris time. */
export const RULES: ReminderRules = { minGapDays: 0, timeZone: 'Europe/Paris' };
