/**
 * Where Maille shows on each site: in the page (the injected sidebar, the default) or in the
 * browser's own side panel, which puts nothing at all into the site's page. The choice is one
 * stored key (`PANEL_SITES` in `messaging/stored-keys.ts`); this module carries what the panel
 * and the page say to each other:
 *
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
