import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * A browser target Playwright does not hand out (the side panel, the service worker's heap),
 * reached over the DevTools protocol: through one page's session we attach to it and send it
 * commands.
 */
export class CdpTarget {
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: { result?: unknown; error?: { message: string } }) => void>();

  protected constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId: from, message }) => {
      if (from !== this.sessionId) return;
      const answer = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      if (answer.id !== undefined) this.waiting.get(answer.id)?.(answer);
    });
  }

  /** Attaches to the first target of this URL (waiting up to 5 s for it). */
  protected static async find(context: BrowserContext, via: Page, url: string): Promise<{ cdp: CDPSession; sessionId: string }> {
    const cdp = await context.newCDPSession(via);
    for (let tries = 0; tries < 50; tries++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.url === url);
      if (target) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        return { cdp, sessionId };
      }
      await via.waitForTimeout(100);
    }
    throw new Error(`No target ${url}`);
  }

  static async attach(context: BrowserContext, via: Page, url: string): Promise<CdpTarget> {
    const { cdp, sessionId } = await CdpTarget.find(context, via, url);
    return new CdpTarget(cdp, sessionId);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
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

}

/** The browser's real side panel (Playwright does not list it among the context's pages). */
export class SidePanel extends CdpTarget {
  /** Attaches to the open side panel of the extension (waiting for it to open). */
  static override async attach(context: BrowserContext, via: Page, extensionId: string): Promise<SidePanel> {
    const { cdp, sessionId } = await CdpTarget.find(context, via, `chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(cdp, sessionId);
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
