import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { toLocalDay } from '../../core/local-day';
import { backgroundState } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { launchExtension } from './support/launch';

const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

test('the browser closed and opened again: the data, the reminder, its badge and the alarms are all there', async () => {
  test.setTimeout(240_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'maille-restart-'));
  try {
    const first = await launchExtension({ userDataDir: profileDir });
    const profile = await ProfilePage.open(first.context, CLAIRE);
    await profile.addToMaille({ event: 'Mobile Monday Lyon', date: toLocalDay(Date.now() - 86_400_000) });
    await profile.writeNotes('Written before the browser closed.');
    await expect.poll(() => backgroundState.badge(first.worker)).toBe('1');
    const alarms = await backgroundState.alarms(first.worker);
    expect(alarms).toEqual(expect.arrayContaining(['maille:digest', 'maille:periodic']));
    await first.close();

    const again = await launchExtension({ userDataDir: profileDir });
    try {
      // Chrome keeps neither the badge nor (always) the alarms across a restart: the worker's
      // start-up check puts them back.
      await expect.poll(() => backgroundState.badge(again.worker), { timeout: 40_000 }).toBe('1');
      await expect.poll(() => backgroundState.alarms(again.worker)).toEqual(alarms);
      const back = await ProfilePage.open(again.context, CLAIRE);
      await expect((await back.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Written before the browser closed.');
      await expect((await back.region()).getByText(/Met at Mobile Monday Lyon yesterday/)).toBeVisible();
    } finally {
      await again.close();
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
