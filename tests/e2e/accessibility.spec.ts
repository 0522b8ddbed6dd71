import { toLocalDay } from '../../core/local-day';
import { PopupPage } from './pages/extension-pages';
import { ProfilePage } from './pages/profile-page';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const CLAIRE = 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/';

/** The background of a page or frame's root, as a luminance from 0 (black) to 1 (white). */
function backgroundLuminance(where: import('@playwright/test').Page | import('@playwright/test').Frame): Promise<number> {
  return where.evaluate(() => {
    for (const el of [document.body, document.documentElement]) {
      const [r, g, b, a = 1] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      if (a > 0 && r !== undefined) return (0.2126 * r + 0.7152 * g! + 0.0722 * b!) / 255;
    }
    return -1;
  });
}

for (const [uiLocale, language] of [['en-US', 'English'], ['fr-FR', 'French'], ['de-DE', 'German']] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`in ${language}, ${scheme} system theme`, () => {
      test.use({ uiLocale, systemColorScheme: scheme });

      test('axe finds no serious or critical violation in the sidebar, the popup, the dashboard and the side panel, which follow the theme', async ({ ext }) => {
        const found: Record<string, string[]> = {};
        const shades: Record<string, number> = {};
        const profile = await ProfilePage.open(ext.context, CLAIRE);
        await (await profile.region()).getByRole('heading', { name: 'Claire Fontaine' }).waitFor();
        found['sidebar, someone not in Maille'] = await seriousViolations(await profile.sidebar());
        await profile.addToMaille({ event: 'Mobile Monday Lyon', date: toLocalDay(Date.now() - 86_400_000), topic: 'Cobots' });
        await profile.writeNotes('Wants an intro to a robotics lab.');
        found['sidebar, a contact'] = await seriousViolations(await profile.sidebar());
        shades.sidebar = await backgroundLuminance(await profile.sidebar());

        const popup = await PopupPage.open(ext.context, ext.extensionId);
        await expect(popup.page.getByRole('listitem')).toHaveCount(1);
        found.popup = await seriousViolations(popup.page);
        shades.popup = await backgroundLuminance(popup.page);

        const dashboard = await ext.context.newPage();
        for (const section of ['health', 'contacts', 'events', 'introductions', 'news', 'data', 'settings']) {
          await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#${section}`);
          await dashboard.locator('main section, main [role=region]').first().waitFor();
          await dashboard.waitForLoadState('networkidle');
          found[`dashboard #${section}`] = await seriousViolations(dashboard);
        }
        shades.dashboard = await backgroundLuminance(dashboard);

        const panel = await ext.context.newPage();
        await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
        await panel.locator('body *').first().waitFor();
        found['side panel'] = await seriousViolations(panel);
        shades['side panel'] = await backgroundLuminance(panel);

        expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
        for (const [page, shade] of Object.entries(shades)) {
          if (scheme === 'dark') expect(shade, `${page} is dark`).toBeLessThan(0.2);
          else expect(shade, `${page} is light`).toBeGreaterThan(0.8);
        }
      });
    });
  }
}

test.describe('with reduced motion asked for', () => {
  test.use({ systemReducedMotion: 'reduce' });

  test('nothing on any page animates or transitions', async ({ ext }) => {
    const profile = await ProfilePage.open(ext.context, CLAIRE);
    await profile.addToMaille();
    const popup = await PopupPage.open(ext.context, ext.extensionId);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`chrome-extension://${ext.extensionId}/options.html#health`);
    await dashboard.locator('canvas').first().waitFor();
    for (const where of [await profile.sidebar(), popup.page, dashboard]) {
      const still = await where.evaluate(() => ({
        asked: matchMedia('(prefers-reduced-motion: reduce)').matches,
        animations: document.getAnimations().length,
        moving: [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
        }).length,
      }));
      expect(still).toEqual({ asked: true, animations: 0, moving: 0 });
    }
  });
});

/** Presses Tab until the focused element (in the page or in one of its frames) is the one named. */
async function tabTo(page: import('@playwright/test').Page, where: import('@playwright/test').Page | import('@playwright/test').Frame, name: RegExp): Promise<void> {
  const focusedName = () => where.evaluate(() => {
    const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    if (!el || el === document.body || !document.hasFocus()) return '';
    return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
  });
  for (let i = 0; i < 80; i++) {
    if (name.test(await focusedName())) {
      // Focus is visible: the ring of the theme (or the browser's own) is drawn.
      const ring = await where.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      });
      expect(ring, `a visible focus ring on ${name}`).toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focusedName()}"`);
}

test('with the keyboard alone: add a person met yesterday, write a note, snooze their follow-up, log a contact', async ({ ext }) => {
  const profile = await ProfilePage.open(ext.context, CLAIRE);
  const sidebar = await profile.sidebar();
  const region = sidebar.getByRole('region', { name: 'Maille' });
  await region.getByRole('heading', { name: 'Claire Fontaine' }).waitFor();
  const keys = profile.page.keyboard;

  await tabTo(profile.page, sidebar, /^Where we met/);
  await keys.press('Enter');
  await tabTo(profile.page, sidebar, /^Event$/);
  await keys.type('Mobile Monday Lyon');
  await tabTo(profile.page, sidebar, /^Date$/);
  const [year, month, day] = toLocalDay(Date.now() - 86_400_000).split('-');
  await keys.type(`${month}${day}${year}`);
  await tabTo(profile.page, sidebar, /^Add to Maille$/);
  await keys.press('Enter');
  await expect(region.getByRole('textbox', { name: 'Notes' })).toBeVisible();

  await tabTo(profile.page, sidebar, /^Notes$/);
  await keys.type('Written without a mouse.');
  await expect(region.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const popup = await PopupPage.open(ext.context, ext.extensionId);
  await expect(popup.entry('Claire Fontaine')).toContainText('follow up');
  await tabTo(popup.page, popup.page, /^Snooze$/);
  await popup.page.keyboard.press('Enter');
  await tabTo(popup.page, popup.page, /^1 week$/);
  await popup.page.keyboard.press('Enter');
  await expect(popup.page.getByRole('heading', { name: 'Nobody to get back to' })).toBeVisible();

  await profile.page.bringToFront();
  await tabTo(profile.page, sidebar, /^Log contact$/);
  await keys.press('Enter');
  await expect(region.locator('p', { hasText: 'Last contact:' })).not.toContainText('Never');
  await profile.page.reload();
  await expect((await profile.region()).getByRole('textbox', { name: 'Notes' })).toHaveValue('Written without a mouse.');
});
