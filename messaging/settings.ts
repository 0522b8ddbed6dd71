import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { systemTimeZone } from '@/core/local-day';
import type { TemplateId } from '@/core/draft-templates';
import type { ReminderRules } from '@/core/reminders';
import type { Template } from '@/core/templates';
import type { Language } from '@/core/records';
import { SETTINGS, SETTINGS_FIELDS } from './stored-keys';

export type LanguageSetting = 'auto' | Language;

/** A local time of day, `HH:MM`. */
export type TimeOfDay = `${number}:${number}`;

export interface QuietHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Settings as version 2 stored them: the reminder settings (frozen; v3 builds on it). */
export interface SettingsV2 {
  /** Keep-in-touch cadence given to new contacts, in days; null = no reminders. */
  defaultCadenceDays: number | null;
  language: LanguageSetting;
  /** When the daily digest notification comes. */
  digestTime: TimeOfDay;
  /** No notification in this window (it may cross midnight); null = none. */
  quietHours: QuietHours | null;
  /** Nobody reached fewer than this many days ago shows on any list. */
  minGapDays: number;
  /** Desktop notifications at all (the badge and the popup work either way). */
  notifications: boolean;
}

export interface Settings extends SettingsV2 {
  /** The user's name, signing the drafts. */
  myName: string;
  /** Lines under the name in the drafts (role, company, phone). */
  signature: string;
  /** The user's own versions of the draft templates; the rest are Maille's. */
  templates: Partial<Record<TemplateId, Template>>;
  /** Lunches a week the user aims for (habit 5); 0 = no goal shown. */
  lunchGoalPerWeek: number;
  /** New-year wishes due from 1 to 31 January for everyone with a cadence (habit 4). */
  newYearWishes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultCadenceDays: 91,
  language: 'auto',
  digestTime: '09:00',
  quietHours: { start: '21:00', end: '08:00' },
  minGapDays: 7,
  notifications: true,
  myName: '',
  signature: '',
  templates: {},
  lunchGoalPerWeek: 0,
  newYearWishes: true,
};

/** Settings as version 1 stored them, before reminders. */
export interface SettingsV1 {
  defaultCadenceDays: number | null;
  language: LanguageSetting;
}

/** Version 2 adds the reminder settings with their defaults, keeping what the user chose. */
export function migrateSettingsV1(v1: SettingsV1): SettingsV2 {
  return { digestTime: '09:00', quietHours: { start: '21:00', end: '08:00' }, minGapDays: 7, notifications: true, ...v1 };
}

/** Version 3 adds the writer's name and signature, templates (all empty), no lunch goal, new-year wishes. */
export function migrateSettingsV2(v2: SettingsV2): Settings {
  return { myName: '', signature: '', templates: {}, lunchGoalPerWeek: 0, newYearWishes: true, ...v2 };
}

/**
 * User settings (`SETTINGS` in stored-keys.ts): a WXT item for its versioned migrations, each
 * change of shape a new version with a migration.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS.key}`, {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
});

/** The rules the reminder engine needs, in the user's own time zone. */
export function reminderRules(settings: Settings, timeZone = systemTimeZone()): ReminderRules {
  return { minGapDays: settings.minGapDays, timeZone, newYearWishes: settings.newYearWishes };
}

export async function currentRules(): Promise<ReminderRules> {
  return reminderRules(await settingsItem.getValue());
}

/** The settings a backup may bring back: each known field checked, the rest left at its default. */
const restorable = v.partial(v.object(SETTINGS_FIELDS));

/** Settings from a backup, over the defaults, when every field it holds checks out; null (settings left as they are) otherwise. */
export function settingsFromBackup(data: unknown): Settings | null {
  const result = v.safeParse(restorable, data);
  return result.success ? ({ ...DEFAULT_SETTINGS, ...result.output } as Settings) : null;
}

/**
 * The settings that are the person's and follow them to every computer through sync (issue 22):
 * how they keep in touch and how their drafts read. The others belong to each computer — its
 * language, when its notifications come and whether at all (a work laptop may differ).
 */
export const PERSON_SETTINGS = ['defaultCadenceDays', 'minGapDays', 'newYearWishes', 'lunchGoalPerWeek', 'myName', 'signature', 'templates'] as const satisfies readonly (keyof Settings)[];
export type PersonSettings = Pick<Settings, (typeof PERSON_SETTINGS)[number]>;

export function personSettings(settings: Settings): PersonSettings {
  return Object.fromEntries(PERSON_SETTINGS.map((field) => [field, settings[field]])) as PersonSettings;
}

/** The person's settings that came from another computer, each field checked; a field that does not check out is left as it is here. */
export function withPersonSettings(settings: Settings, incoming: Record<string, unknown>): Settings {
  const next: Record<string, unknown> = { ...settings };
  for (const field of PERSON_SETTINGS) {
    const checked = v.safeParse(SETTINGS_FIELDS[field], incoming[field]);
    if (checked.success) next[field] = checked.output;
  }
  return next as unknown as Settings;
}
