import type { Browser } from 'wxt/browser';
import { CHANGE_FEED_PORT, type ChangeNotice } from '@/messaging/protocol';

const ports = new Set<Browser.runtime.Port>();

/** Keeps a page's change-feed port until the page goes away. */
export function acceptChangeFeedPort(port: Browser.runtime.Port): void {
  if (port.name !== CHANGE_FEED_PORT) return;
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
}

/** Tells every open page (sidebars in any tab, dashboard) what changed. */
export function publishChange(notice: ChangeNotice): void {
  for (const port of ports) {
    try {
      port.postMessage(notice);
    } catch {
      ports.delete(port);
    }
  }
}
