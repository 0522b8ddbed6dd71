import { nameFromSlug } from '@/core/text';
import { notifyBackground } from '@/messaging/notify-background';
import { profileSlug, type ProfileRef } from '@/core/profile';
import { detectProfile } from '@/sites/registry';
import { SITE_READERS } from '@/sites/readers';
import { isFoldShortcut } from '@/messaging/sidebar-fold';
import { readStored, watchStored, writeStored } from '@/messaging/stored';
import { PANEL_SITES, SIDEBAR_FOLDED } from '@/messaging/stored-keys';
import { createLifetime } from './lifetime';
import { readProfile } from './read-profile';
import { createSidebarFrame } from './sidebar-frame';
import { createView } from './view';

/**
 * The key of the page's canonical address when it names another profile of the same site (a
 * member-id URL whose page says its vanity one). Only on the page as loaded: after an in-app
 * navigation the canonical link may still be the previous person's.
 */
function canonicalAlias(ref: ProfileRef, loadedHref: string): string | undefined {
  if (location.href !== loadedHref) return undefined;
  const href = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const alias = href ? detectProfile(href) : undefined;
  return alias && alias.site === ref.site && alias.key !== ref.key ? alias.key : undefined;
}

/** Everything Maille does on a site once a profile was reached: what to run at each address. */
export function startOnProfiles(loadedHref: string): () => void {
  const life = createLifetime();
  // A copy of this script from before an update or reload left its sidebar: this one takes over.
  for (const old of document.querySelectorAll('maille-sidebar')) old.remove();
  const sidebar = createSidebarFrame(life, () => void writeStored(SIDEBAR_FOLDED, false));
  const panelSites = readStored(PANEL_SITES);
  let view: ReturnType<typeof createView> | undefined;
  let visit: AbortController | null = null;
  let currentKey: string | null = null;
  let shownName: string | undefined;
  let lastHref = '';

  const onLocation = async () => {
    if (location.href === lastHref || !life.alive()) return;
    lastHref = location.href;
    const ref = detectProfile(location.href);
    if (ref?.key === currentKey) return; // a sub-page of the same person
    visit?.abort();
    const thisVisit = (visit = new AbortController());
    currentKey = ref?.key ?? null;
    view ??= createView(life, sidebar, await panelSites);
    // Every wait below may end after a newer navigation: that one decides what shows.
    if (thisVisit.signal.aborted) return;
    if (!ref) {
      view.remove();
      return;
    }
    const read = SITE_READERS[ref.site];
    readProfile(life, thisVisit.signal, read, ref, shownName, (outcome) => {
      if (outcome.status === 'not-profile') {
        view!.remove();
        return;
      }
      if (outcome.status === 'unreadable') {
        // Fail loudly: a silent empty sidebar would hide a site change.
        console.warn(`[Maille] ${ref.site}: no name found on ${ref.key}; tried ${outcome.tried.join(', ')}`);
        shownName = undefined;
        view!.show({ status: 'unreadable', ref, nameGuess: nameFromSlug(profileSlug(ref)) || undefined });
        return;
      }
      shownName = outcome.identity.name;
      view!.show({ status: 'profile', ref, identity: outcome.identity });
      // The background hears only the page as parsed: a half-parsed one could look like a job change.
      if (!outcome.final) return;
      notifyBackground('profileSeen', { ...ref, identity: outcome.identity, alsoKey: canonicalAlias(ref, loadedHref) }).catch((error: unknown) =>
        console.warn('[Maille] profileSeen not delivered', error),
      );
    });
  };

  life.onEnd(() => visit?.abort());
  void readStored(SIDEBAR_FOLDED).then((collapsed) => sidebar.setCollapsed(collapsed));
  life.onEnd(watchStored(SIDEBAR_FOLDED, (collapsed) => sidebar.setCollapsed(collapsed, document.hasFocus())));
  // Moved between the page and the side panel (from the dashboard): read the page again.
  life.onEnd(watchStored(PANEL_SITES, (sites) => {
    view?.setPanelSites(sites);
    lastHref = '';
    currentKey = null;
    shownName = undefined; // the same page: no older name to wait past
    void onLocation();
  }));

  addEventListener('keydown', (event) => {
    // Only the user's own keys: the page can dispatch a keydown of its own (isTrusted false).
    if (!event.isTrusted || !isFoldShortcut(event) || !sidebar.isShown()) return;
    event.preventDefault();
    void readStored(SIDEBAR_FOLDED).then((collapsed) => writeStored(SIDEBAR_FOLDED, !collapsed));
  }, { capture: true, signal: life.signal });

  return () => void onLocation();
}
