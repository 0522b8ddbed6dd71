import { storage } from 'wxt/utils/storage';

export type LanguageSetting = 'auto' | 'en' | 'fr';

export interface Settings {
  /** Keep-in-touch cadence given to new contacts, in days; null = no reminders. */
  defaultCadenceDays: number | null;
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { defaultCadenceDays: 91, language: 'auto' };

/** User settings, in browser.storage.local (versioned: add a migration with each change). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
