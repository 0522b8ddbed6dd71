import { defineContentScript } from 'wxt/utils/define-content-script';
import { nameFromSlug } from '@/core/text';
import { notifyBackground } from '@/messaging/notify-background';
import { profileSlug, type ProfileRef } from '@/core/profile';
import { SITE_MATCHES } from '@/core/sites';
import { detectProfile } from '@/sites/registry';
import { getSidebarCollapsed, isFoldShortcut, setSidebarCollapsed, watchSidebarCollapsed } from '@/messaging/sidebar-fold';
import { getPanelSites, watchPanelSites } from '@/messaging/display-mode';
import { readProfile } from './read-profile';
import { createSidebarFrame } from './sidebar-frame';
import { createView } from './view';

/**
 * The key of the page's canonical address when it names another profile of the same site (a
 * member-id URL whose page says its vanity one). Only on the page as loaded: after an in-app
 * navigation the canonical link may still be the previous person's.
 */
function canonicalAlias(ref: ProfileRef, firstHref: string): string | undefined {
  if (location.href !== firstHref) return undefined;
  const href = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const alias = href ? detectProfile(href)?.ref : undefined;
  return alias && alias.site === ref.site && alias.key !== ref.key ? alias.key : undefined;
}

export default defineContentScript({
  // Every page of the three sites: they navigate by history.pushState, which a manifest match
  // never sees. Which pages are profiles is decided here, on each navigation.
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const sidebar = createSidebarFrame(ctx, () => void setSidebarCollapsed(false));
    const view = createView(ctx, sidebar, await getPanelSites());
    let visit: AbortController | null = null;
    let currentKey: string | null = null;
    let shownName: string | undefined;
    let lastHref = '';
    const firstHref = location.href;

    const onLocation = () => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      const found = detectProfile(location.href);
      if (found?.ref.key === currentKey) return; // a sub-page of the same person
      visit?.abort();
      visit = new AbortController();
      currentKey = found?.ref.key ?? null;
      if (!found) {
        view.remove();
        return;
      }
      const { adapter, ref } = found;
      readProfile(ctx, visit.signal, adapter, ref, shownName, (outcome) => {
        if (outcome.status === 'not-profile') {
          view.remove();
          return;
        }
        if (outcome.status === 'unreadable') {
          // Fail loudly: a silent empty sidebar would hide a site change.
          console.warn(`[Maille] ${ref.site}: no name found on ${ref.key}; tried ${outcome.tried.join(', ')}`);
          shownName = undefined;
          view.show({ status: 'unreadable', ref, nameGuess: nameFromSlug(profileSlug(ref)) || undefined });
          return;
        }
        shownName = outcome.identity.name;
        view.show({ status: 'profile', ref, identity: outcome.identity });
        notifyBackground('profileSeen', { ...ref, identity: outcome.identity, alsoKey: canonicalAlias(ref, firstHref) }).catch((error: unknown) =>
          console.warn('[Maille] profileSeen not delivered', error),
        );
      });
    };

    ctx.onInvalidated(() => visit?.abort());
    void getSidebarCollapsed().then((collapsed) => sidebar.setCollapsed(collapsed));
    const unwatch = watchSidebarCollapsed((collapsed) => sidebar.setCollapsed(collapsed, document.hasFocus()));
    ctx.onInvalidated(unwatch);
    // Moved between the page and the side panel (from the dashboard): read the page again.
    ctx.onInvalidated(watchPanelSites((sites) => {
      view.setPanelSites(sites);
      lastHref = '';
      currentKey = null;
      shownName = undefined; // the same page: no older name to wait past
      onLocation();
    }));

    ctx.addEventListener(window, 'keydown', (event) => {
      if (!isFoldShortcut(event) || !sidebar.isShown()) return;
      event.preventDefault();
      void getSidebarCollapsed().then((collapsed) => setSidebarCollapsed(!collapsed));
    }, { capture: true });

    // The Navigation API tells of every change of address (pushState included) at once, and costs
    // nothing between them; without it, WXT's locationchange checks the address every second.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('currententrychange', onLocation, { signal: ctx.signal });
    else ctx.addEventListener(window, 'wxt:locationchange', onLocation);
    onLocation();
  },
});
