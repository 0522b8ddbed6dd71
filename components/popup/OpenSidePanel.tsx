import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/i18n';

/** Firefox's sidebar API, which Chrome's types do not describe. */
type SidebarAction = { open: () => Promise<void> };

/**
 * Opens Maille in the browser's side panel, beside any page. The browsers only open it on a
 * click, so the window is looked up beforehand and the call made in the click itself.
 */
export function OpenSidePanel() {
  const [windowId, setWindowId] = useState<number | undefined>();
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  useEffect(() => {
    if (sidePanel && !sidebarAction) void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, [sidePanel, sidebarAction]);
  if (!sidebarAction && !sidePanel) return null;

  const open = () => {
    const opening = sidebarAction ? sidebarAction.open() : windowId !== undefined ? sidePanel!.open({ windowId }) : Promise.reject(new Error('no window'));
    void opening.then(() => window.close()).catch((error: unknown) => console.warn('[Maille] side panel', error));
  };
  return (
    <button type="button" className="link" onClick={open} disabled={!sidebarAction && windowId === undefined}>
      {t('openSidePanel')}
    </button>
  );
}
