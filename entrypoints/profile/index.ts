import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectProfile, mayBeProfilePath } from '@/sites/registry';
import { loadStart } from './handover';
import { extensionRuntime } from './runtime';

/**
 * The content script, on every page of the three sites (SITE_MATCHES; the manifest entry is
 * written by wxt.config.ts), from the start of the page (document_start: the DOM may be empty):
 * they navigate by history.pushState, which a manifest match never sees, so which pages are
 * profiles is decided here, on each navigation. An unlisted script
 * rather than a WXT content script: WXT's wrapper costs 2.7 kB on every page (see lifetime.ts).
 *
 * It only watches the address. At the first profile it starts `on-profiles.js` (handover.ts):
 * extension storage, the page readers, the sidebar, the side panel's questions, which then stay.
 * Set up on every page, that work made a feed page's load ~10 ms longer than an empty content
 * script's. What is left here avoids even first uses that cost in the page's fresh isolated
 * world (the extension API, regular expressions): runtime.ts, mayBeProfilePath (~5.6 → 1.5 ms of
 * main thread on every page; docs/ARCHITECTURE.md).
 */
export default defineUnlistedScript(() => {
  // The address the document was loaded at: only there may its canonical link be trusted.
  const loadedHref = location.href;
  let onLocation: (() => void) | undefined;
  let starting = false;
  const look = () => {
    if (onLocation) onLocation();
    // A copy left behind by an update or a reload (its extension gone) starts nothing.
    else if (!starting && mayBeProfilePath(location.pathname) && detectProfile(location.href) && extensionRuntime()?.id) {
      starting = true;
      loadStart().then(
        (start) => (onLocation = start(loadedHref))(),
        (error: unknown) => {
          starting = false; // tried again at the next navigation
          console.warn('[Maille] on-profiles.js did not load', error);
        },
      );
    }
  };
  // The Navigation API tells of every change of address (pushState included) at once, and costs
  // nothing between them; without it, the address is checked twice a second.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', look);
  else setInterval(look, 500);
  look();
});
