import { browser } from 'wxt/browser';
import type { SiteId } from '@/core/sites';
import { encodeFrameState, type FrameState } from '@/messaging/frame-state';
import { isPanelAsk, PANEL_TELL, type PanelTell } from '@/messaging/display-mode';
import type { Lifetime } from './lifetime';
import type { createSidebarFrame } from './sidebar-frame';

/**
 * Where a profile read on this page goes: the injected sidebar, or — on a site the user moved to
 * the browser's side panel — the panel, which then puts nothing of Maille into the page at all.
 * The panel asks the active tab what it shows; a change is told to any open panel. A page that
 * is not a profile tells nothing, unless it told a profile before.
 */
export function createView(life: Lifetime, sidebar: ReturnType<typeof createSidebarFrame>, initialPanelSites: readonly SiteId[]) {
  let panelSites = initialPanelSites;
  let inPanel: string | null = null;

  function tellPanel(state: FrameState | null): void {
    const encoded = state && encodeFrameState(state);
    if (encoded === inPanel) return;
    inPanel = encoded;
    const message: PanelTell = { type: PANEL_TELL, state: encoded };
    // No panel open: nobody answers, and that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  const answer = (message: unknown, _sender: unknown, respond: (state: string | null) => void) => {
    if (!isPanelAsk(message)) return false;
    respond(inPanel);
    return false;
  };
  browser.runtime.onMessage.addListener(answer);
  life.onEnd(() => browser.runtime.onMessage.removeListener(answer));

  return {
    show(state: FrameState): void {
      if (panelSites.includes(state.ref.site)) {
        sidebar.remove();
        tellPanel(state);
      } else {
        tellPanel(null);
        sidebar.show(state);
      }
    },
    remove(): void {
      sidebar.remove();
      tellPanel(null);
    },
    setPanelSites(sites: readonly SiteId[]): void {
      panelSites = sites;
    },
  };
}
