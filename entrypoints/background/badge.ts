import { browser } from 'wxt/browser';
import { LIGHT } from '@/assets/palette';

/** The toolbar button: MV3 has `action`; Firefox (Manifest V2) has `browserAction`. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The toolbar badge: how many people are due now; empty at zero. */
export async function setDueBadge(count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: count > 0 ? String(count > 999 ? '999+' : count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: LIGHT.accent });
}
