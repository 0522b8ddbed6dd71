import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * The browser's real side panel, reached over the DevTools protocol: Chrome makes it a target of
 * its own that Playwright does not list among the context's pages. Through one page's session we
 * attach to it and run script in it (to read what it shows, to click, to take its picture).
 */
export class SidePanel {
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId: from, message }) => {
      if (from !== this.sessionId) return;
      const answer = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      if (answer.id !== undefined) this.waiting.get(answer.id)?.(answer);
    });
  }

  /** Attaches to the open side panel of the extension (waiting for it to open). */
  static async attach(context: BrowserContext, via: Page, extensionId: string): Promise<SidePanel> {
    const cdp = await context.newCDPSession(via);
    const url = `chrome-extension://${extensionId}/sidepanel.html`;
    for (let tries = 0; tries < 50; tries++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const panel = targetInfos.find((t) => t.url === url);
      if (panel) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
        return new SidePanel(cdp, sessionId);
      }
      await via.waitForTimeout(100);
    }
    throw new Error('The side panel did not open');
  }

  private send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, (answer) => {
        this.waiting.delete(id);
        if (answer.error) reject(new Error(answer.error.message));
        else resolve(answer.result as T);
      });
      void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    });
  }

  /** Runs an expression in the panel's page and returns its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** The panel's visible text. */
  text(): Promise<string> {
    return this.evaluate<string>("document.body?.innerText ?? ''");
  }

  /** Clicks the button with this accessible text. */
  async clickButton(name: string): Promise<void> {
    const clicked = await this.evaluate<boolean>(`(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)}); b?.click(); return !!b; })()`);
    if (!clicked) throw new Error(`No button "${name}" in the side panel`);
  }

  /** Focuses the element and types the text, as keystrokes would. */
  async typeInto(selector: string, text: string): Promise<void> {
    await this.evaluate(`document.querySelector(${JSON.stringify(selector)}).focus()`);
    await this.send('Input.insertText', { text });
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }
}
