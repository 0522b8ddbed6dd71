import type { Browser } from 'wxt/browser';
import { CHANGE_FEED_PORT, type ChangeNotice } from '@/messaging/protocol';

const ports = new Set<Browser.runtime.Port>();

/**
 * Keeps a page's change-feed port until the page goes away. The port's name carries the page's
 * session (`maille:changes:<session>`): `onSession` hears it open and close, so that the drafts
 * of a page that closed get saved.
 */
export function acceptChangeFeedPort(port: Browser.runtime.Port, onSession?: { opened: (session: string) => void; closed: (session: string) => void }): void {
  if (port.name !== CHANGE_FEED_PORT && !port.name.startsWith(`${CHANGE_FEED_PORT}:`)) return;
  const session = port.name.slice(CHANGE_FEED_PORT.length + 1);
  ports.add(port);
  if (session) onSession?.opened(session);
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    if (session) onSession?.closed(session);
  });
}

/** How many pages (sidebars, dashboards, popups) are open now. */
export function openPages(): number {
  return ports.size;
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
