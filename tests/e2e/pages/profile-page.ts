import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';

/** The notes field, in English, French or German. */
const NOTES = /^(Notes|Notizen)$/;

/**
 * A site page in the browser, with Maille's sidebar as a person sees it. The sidebar lives in a
 * closed shadow root, so it is reached as a frame, the way a user reaches it: by what it shows.
 */
export class ProfilePage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<ProfilePage> {
    const page = await context.newPage();
    await page.goto(url);
    return new ProfilePage(page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** The sidebar frame, once it shows the given person (a frame is reused across SPA navigation). */
  async sidebar(): Promise<Frame> {
    let frame: Frame | undefined;
    await expect
      .poll(() => {
        frame = this.page.frames().find((f) => f.url().includes('/sidebar.html'));
        return frame !== undefined;
      }, { message: 'the Maille sidebar frame appears' })
      .toBe(true);
    await frame!.waitForLoadState();
    return frame!;
  }

  /** The sidebar frames and host elements on the page: both must be one, or zero. */
  async sidebarCount(): Promise<{ hosts: number; frames: number }> {
    return {
      hosts: await this.page.locator('maille-sidebar').count(),
      frames: this.page.frames().filter((f) => f.url().includes('/sidebar.html')).length,
    };
  }

  async expectNoSidebar(): Promise<void> {
    await expect.poll(() => this.sidebarCount()).toEqual({ hosts: 0, frames: 0 });
  }

  async region(): Promise<ReturnType<Frame['getByRole']>> {
    return (await this.sidebar()).getByRole('region', { name: 'Maille' });
  }

  async addToMaille(met?: { event?: string; date?: string; place?: string; topic?: string }): Promise<void> {
    const sidebar = await this.region();
    if (met) {
      await sidebar.getByText(/Where we met|Où nous nous sommes rencontrés|Wo wir uns kennengelernt haben/).click();
      if (met.event) await sidebar.getByLabel(/^(Event|Événement|Veranstaltung)$/).fill(met.event);
      if (met.date) await sidebar.getByLabel(/^(Date|Datum)$/).fill(met.date);
      if (met.place) await sidebar.getByLabel(/^(Place|Lieu|Ort)$/).fill(met.place);
      if (met.topic) await sidebar.getByLabel(/^(What we talked about|Sujet de la conversation|Worüber wir gesprochen haben)$/).fill(met.topic);
    }
    await sidebar.getByRole('button', { name: /^(Add to Maille|Ajouter à Maille|Zu Maille hinzufügen)$/ }).click();
    await expect(sidebar.getByRole('textbox', { name: NOTES })).toBeVisible();
  }

  async writeNotes(text: string): Promise<void> {
    const notes = (await this.region()).getByRole('textbox', { name: NOTES });
    await notes.fill(text);
    await expect((await this.region()).getByRole('status').filter({ hasText: /^(Saved|Enregistré|Gespeichert)$/ })).toBeVisible();
  }
}
