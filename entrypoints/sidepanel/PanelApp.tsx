import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { t } from '@/i18n';
import { isPanelTell, PANEL_ASK } from '@/messaging/display-mode';
import { decodeFrameState, type FrameState } from '@/messaging/frame-state';

/**
 * The browser's side panel (Chrome's `side_panel`, Firefox's `sidebar_action`): it follows the
 * active tab of its window — the sidebar for the person on a profile of a site shown here, the
 * due list everywhere else. The same React sidebar and popup as in the page and the toolbar.
 */
export function PanelApp() {
  const [frame, setFrame] = useState<FrameState | null | undefined>(undefined);

  useEffect(() => {
    let windowId: number | undefined;
    let activeTab: number | undefined;
    let asked = 0;
    let stopped = false;
    const show = (encoded: unknown) => !stopped && setFrame(typeof encoded === 'string' ? decodeFrameState(encoded) : null);

    // Ask the active tab's content script; a tab without one (another site) shows no profile.
    const ask = async () => {
      const turn = ++asked;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      activeTab = tab?.id;
      let answer: unknown = null;
      if (activeTab !== undefined) answer = await browser.tabs.sendMessage(activeTab, { type: PANEL_ASK }).catch(() => null);
      if (turn === asked) show(answer);
    };
    const onActivated = (info: { windowId: number }) => info.windowId === windowId && void ask();
    // A full load (to another site, say) leaves no content script to tell us: ask again.
    const onUpdated = (tabId: number, change: { status?: string }) => tabId === activeTab && change.status === 'complete' && void ask();
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isPanelTell(message) && sender.tab?.id !== undefined && sender.tab.id === activeTab) {
        asked++; // an answer still on its way is older than this
        show(message.state);
      }
      return false;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    void browser.windows.getCurrent().then((window) => {
      windowId = window.id;
      return ask();
    });
    return () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  if (frame === undefined) return <p className="muted" role="status">{t('loading')}</p>;
  return frame ? <Sidebar frame={frame} /> : <PopupApp inPanel />;
}
