/**
 * Where Maille shows on each site: in the page (the injected sidebar, the default) or in the
 * browser's own side panel, which puts nothing at all into the site's page. Read by the content
 * script on every page, so plain `browser.storage.local` like the fold state (no storage library).
 * A display preference of this browser: not part of backups.
 */
import { browser } from 'wxt/browser';
import type { SiteId } from '@/core/sites';

const KEY = 'panelSites';

/** The sites shown in the side panel rather than in the page. */
export async function getPanelSites(): Promise<SiteId[]> {
  const stored = await browser.storage.local.get(KEY);
  const value = stored[KEY];
  return Array.isArray(value) ? (value.filter((site) => typeof site === 'string') as SiteId[]) : [];
}

export function setPanelSites(sites: readonly SiteId[]): Promise<void> {
  return browser.storage.local.set({ [KEY]: [...new Set(sites)] });
}

/** Calls `onChange` when the choice changes (from the dashboard); returns the unsubscribe. */
export function watchPanelSites(onChange: (sites: SiteId[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) {
      const value = changes[KEY]?.newValue;
      onChange(Array.isArray(value) ? (value as SiteId[]) : []);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Between a tab's content script and the side panel, directly (the background takes no part):
 * the panel asks the active tab what its page shows, and the content script tells any open panel
 * when that changes. `state` is an encoded `FrameState` (checked by the panel as the sidebar
 * frame checks its fragment), or null when the page shows no profile. The background's protocol
 * listener ignores these: they carry no timestamp.
 */
export const PANEL_ASK = 'maille:panel?';
export const PANEL_TELL = 'maille:panel';
export interface PanelTell {
  type: typeof PANEL_TELL;
  state: string | null;
}

export function isPanelAsk(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PANEL_ASK;
}

export function isPanelTell(message: unknown): message is PanelTell {
  if (typeof message !== 'object' || message === null) return false;
  const { type, state } = message as Record<string, unknown>;
  return type === PANEL_TELL && (state === null || typeof state === 'string');
}
