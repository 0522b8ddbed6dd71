import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, migrateSettingsV1, migrateSettingsV2, type SettingsV1, type SettingsV2 } from '@/messaging/settings';
import { FIXTURES_DIR } from './fixture-doc';

/** Settings exactly as version 1 of Maille stored them (frozen: never edit this file). */
const V1: SettingsV1 = JSON.parse(readFileSync(join(FIXTURES_DIR, 'settings', 'v1.json'), 'utf8'));
const V2: SettingsV2 = JSON.parse(readFileSync(join(FIXTURES_DIR, 'settings', 'v2.json'), 'utf8'));

describe('settings migrations', () => {
  it('v1 → v2 keeps the user’s choices and adds the reminder defaults', () => {
    expect(migrateSettingsV1(V1)).toEqual({ defaultCadenceDays: 30, language: 'fr', digestTime: '09:00', quietHours: { start: '21:00', end: '08:00' }, minGapDays: 7, notifications: true });
  });

  it('v2 → v3 keeps the user’s choices and adds an empty name, signature, templates and no lunch goal', () => {
    expect(migrateSettingsV2(V2)).toEqual({ ...V2, myName: '', signature: '', templates: {}, lunchGoalPerWeek: 0, newYearWishes: true });
  });

  it('runs when stored v2 settings are first read', async () => {
    await fakeBrowser.storage.local.set({ settings: V2, settings$: { v: 2 } });
    vi.resetModules();
    const { settingsItem } = await import('@/messaging/settings');
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, ...V2 });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('runs when stored v1 settings are first read', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    vi.resetModules();
    const { settingsItem } = await import('@/messaging/settings');
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, defaultCadenceDays: 30, language: 'fr' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('gives the defaults to a new user', async () => {
    vi.resetModules();
    const { settingsItem } = await import('@/messaging/settings');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
