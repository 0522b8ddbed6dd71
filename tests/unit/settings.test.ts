import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, migrateSettingsV1, type SettingsV1 } from '@/messaging/settings';
import { FIXTURES_DIR } from './fixture-doc';

/** Settings exactly as version 1 of Maille stored them (frozen: never edit this file). */
const V1: SettingsV1 = JSON.parse(readFileSync(join(FIXTURES_DIR, 'settings', 'v1.json'), 'utf8'));

describe('settings migrations', () => {
  it('v1 → v2 keeps the user’s choices and adds the reminder defaults', () => {
    expect(migrateSettingsV1(V1)).toEqual({ ...DEFAULT_SETTINGS, defaultCadenceDays: 30, language: 'fr' });
  });

  it('runs when stored v1 settings are first read', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    vi.resetModules();
    const { settingsItem } = await import('@/messaging/settings');
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, defaultCadenceDays: 30, language: 'fr' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('gives the defaults to a new user', async () => {
    vi.resetModules();
    const { settingsItem } = await import('@/messaging/settings');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
