import type { Page } from '@playwright/test';

/**
 * Reads a value from Maille's content-script world in `page` (the isolated world the page's own
 * script cannot reach) over the DevTools protocol. Call before the navigation: worlds are seen as
 * they are created.
 */
export async function contentScriptWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  return async (expression) => {
    for (const contextId of worlds.toReversed()) {
      const answer = await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true }).catch(() => undefined);
      if (answer && !answer.exceptionDetails && answer.result.value !== undefined) return answer.result.value;
    }
    return undefined;
  };
}

/** Every element under the page's `maille-sidebar` host, closed shadow root included (DevTools protocol). */
export async function sidebarHostTags(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const found: string[] = [];
  const walk = (node: Node, inside: boolean) => {
    const here = inside || node.nodeName === 'MAILLE-SIDEBAR';
    if (inside && node.nodeName !== '#text' && node.nodeName !== '#document-fragment') {
      const cls = node.attributes?.[node.attributes.indexOf('class') + 1];
      found.push(node.attributes?.includes('class') ? `${node.nodeName.toLowerCase()}.${cls}` : node.nodeName.toLowerCase());
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) if (node.nodeName !== 'IFRAME') walk(child, here);
  };
  walk(root as Node, false);
  await cdp.detach();
  return found;
}
