/**
 * Whether the sidebar is folded to its small tab, on every site and tab: a signal between the
 * sidebar frame (which folds it) and the content scripts (which show the tab), carried by
 * `browser.storage.local` and its change event. Plain storage rather than a WXT storage item:
 * the content script reads it on every page, and the storage library would triple its size.
 * (Not IndexedDB: nothing here belongs to the site's origin.)
 */
import { browser } from 'wxt/browser';

const KEY = 'sidebarCollapsed';

export async function getSidebarCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEY);
  return stored[KEY] === true;
}

export function setSidebarCollapsed(collapsed: boolean): Promise<void> {
  return browser.storage.local.set({ [KEY]: collapsed });
}

/** Calls `onChange` when another page folds or unfolds the sidebar; returns the unsubscribe. */
export function watchSidebarCollapsed(onChange: (collapsed: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(changes[KEY]?.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Alt+Shift+M folds and unfolds the sidebar: on the page (content script) and inside the sidebar alike. */
export function isFoldShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM';
}
