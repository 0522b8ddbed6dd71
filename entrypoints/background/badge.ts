import { browser } from 'wxt/browser';
/** The toolbar badge: how many people are due now; empty at zero. */
export async function setDueBadge(count: number): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count > 999 ? '999+' : count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: '#5b3cc4' });
}
