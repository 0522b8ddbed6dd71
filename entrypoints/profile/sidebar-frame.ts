import { browser } from 'wxt/browser';
import type { ProfileIdentity } from '@/core/profile';
import { frameFragment, frameMessage, type FrameState } from '@/messaging/frame-state';
import { DARK, LIGHT } from '@/assets/palette';
import type { Lifetime } from './lifetime';

const PANEL_WIDTH = 360;
/** How many times on one page the sidebar comes back after the page removed it. */
const MAX_RETURNS = 5;

// `.first` copies the look of the sidebar's own first paint (header, photo, name; see
// components/sidebar/sidebar.css), in the colours of assets/palette.ts, dark mode included, so
// that the frame replaces it without a jump.
const SHADOW_CSS = `
  .panel, .first { position: fixed; top: 0; right: 0; width: ${PANEL_WIDTH}px; height: 100vh; border: 0;
    box-shadow: -2px 0 12px rgba(0,0,0,.18); color-scheme: light dark; }
  .first { box-sizing: border-box; padding: 0 14px; background: ${LIGHT.bg}; color: ${LIGHT.text};
    font: 14px/1.45 system-ui, sans-serif; overflow-wrap: anywhere; }
  .first header { padding: 10px 0; border-bottom: 1px solid ${LIGHT.line}; font-weight: 700; font-size: 16px;
    color: ${LIGHT.accent}; letter-spacing: .03em; }
  .first div { display: flex; gap: 12px; margin: 14px 0 10px; }
  .first img, .first i { width: 56px; height: 56px; border-radius: 50%; flex: none; background: ${LIGHT['avatar-bg']}; object-fit: cover; }
  .first b { display: block; font-size: 17px; margin-bottom: 2px; }
  .first p { margin: 4px 0; color: ${LIGHT.muted}; }
  .tab { position: fixed; top: 40%; right: 0; padding: 12px 6px; writing-mode: vertical-rl;
    font: 600 13px/1 system-ui, sans-serif; letter-spacing: .04em; color: ${LIGHT['on-accent']}; background: ${LIGHT.accent};
    border: 0; border-radius: 8px 0 0 8px; cursor: pointer; box-shadow: -1px 1px 6px rgba(0,0,0,.25); }
  .tab:focus-visible { outline: 3px solid ${LIGHT.focus}; outline-offset: 2px; }
  [hidden] { display: none !important; }
  @media (prefers-color-scheme: dark) {
    .first { background: ${DARK.bg}; color: ${DARK.text}; }
    .first header { color: ${DARK['accent-dark']}; border-color: ${DARK.line}; }
    .first p { color: ${DARK.muted}; }
    .first img, .first i { background: ${DARK['avatar-bg']}; }
  }
`;

/** When the content script last painted a name (epoch ms), for the benchmark (tests/bench). */
export interface NameShown {
  name: string;
  at: number;
}

/**
 * The person as read from this very page, painted at once behind the frame while the frame loads
 * (an extension page takes ~80 ms to paint here, whatever it holds). Only what the page itself
 * shows — never anything Maille stored — and gone when the frame has loaded.
 */
function firstLook(identity: ProfileIdentity | undefined): HTMLElement {
  const el = (tag: string, text?: string) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  };
  const box = el('section');
  box.className = 'first';
  box.append(el('header', 'Maille'));
  if (identity) {
    const person = el('div');
    const photo = el(identity.photoUrl ? 'img' : 'i');
    if (photo instanceof HTMLImageElement) {
      photo.alt = '';
      photo.referrerPolicy = 'no-referrer';
      photo.src = identity.photoUrl!;
    }
    const text = el('span');
    text.append(el('b', identity.name));
    for (const line of [identity.headline ?? identity.company, identity.location]) if (line) text.append(el('p', line));
    for (const node of text.children) node.setAttribute('dir', 'auto');
    person.append(photo, text);
    box.append(person);
    const name = identity.name;
    // On this isolated world's global, where the page cannot see it (a performance mark would be).
    const record = globalThis as { mailleNameShown?: NameShown };
    requestAnimationFrame(() => {
      if (record.mailleNameShown?.name !== name) record.mailleNameShown = { name, at: performance.timeOrigin + performance.now() };
    });
  }
  return box;
}

/**
 * The sidebar as the host page holds it: an extension page in an iframe, inside a closed shadow
 * root on an element of our own, plus the small tab shown when it is folded. The page sees an
 * empty `<maille-sidebar>` element and nothing of what is inside.
 */
export function createSidebarFrame(life: Lifetime, onExpandRequest: () => void) {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let first: HTMLElement | null = null;
  let tab: HTMLButtonElement | null = null;
  let collapsed = false;
  /** What the frame shows; told again when the frame (re)loads. */
  let latest: FrameState | null = null;
  let key = '';
  const baseUrl = browser.runtime.getURL('/sidebar.html');
  // The frame's own origin, the only one our messages go to. Chrome loads it from a dynamic URL
  // (use_dynamic_url) but gives the document the extension's fixed origin; Firefox's is its URL's.
  const origin = import.meta.env.FIREFOX ? new URL(baseUrl).origin : `chrome-extension://${browser.runtime.id}`;

  // A page that takes our element away (a framework re-rendering the whole document does) gets
  // it back with the same person, a few times; a page that keeps removing it is left alone. What
  // was typed in the frame it took is not lost: notes are copied to extension storage as they are
  // typed, and the background saves a closed frame's copy (entrypoints/background/draft-recovery.ts).
  let returns = 0;
  const watcher = new MutationObserver(() => {
    if (!host || host.isConnected || !latest) return;
    // A copy of this script left behind by an update: the new copy removed its element; stop.
    if (!life.alive() || ++returns > MAX_RETURNS) {
      watcher.disconnect();
      return;
    }
    build(latest);
  });

  function tell(): void {
    if (frame && latest) frame.contentWindow?.postMessage(frameMessage(key, latest), origin);
  }

  function build(state: FrameState): void {
    host = document.createElement('maille-sidebar');
    for (const [prop, value] of [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['right', '0'], ['z-index', '2147483647'], ['display', 'block']]) {
      host.style.setProperty(prop as string, value as string, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    first = firstLook(state.status === 'profile' ? state.identity : undefined);
    frame = document.createElement('iframe');
    frame.className = 'panel';
    frame.title = 'Maille';
    // The drafts' "Copy message" writes to the clipboard from inside the frame.
    frame.allow = 'clipboard-write';
    // A key per frame: only messages carrying it are ours (see messaging/frame-state.ts). The
    // first person goes in the URL, so the frame shows them as soon as its page is parsed.
    key = crypto.randomUUID();
    frame.src = `${baseUrl}#${frameFragment(key, state)}`;
    // A person told before the frame had loaded reaches it now; the frame has painted: the first
    // look behind it goes.
    frame.addEventListener('load', () => {
      tell();
      first?.remove();
      first = null;
    }, { signal: life.signal });
    tab = document.createElement('button');
    tab.className = 'tab';
    tab.type = 'button';
    tab.textContent = 'Maille';
    tab.setAttribute('aria-label', browser.i18n.getMessage('openSidebar') || 'Open Maille');
    tab.addEventListener('click', onExpandRequest, { signal: life.signal });
    // The frame after the first look: it covers it as soon as it paints.
    shadow.append(style, first, frame, tab);
    document.documentElement.append(host);
    if (returns <= MAX_RETURNS) watcher.observe(document.documentElement, { childList: true });
    applyCollapsed();
  }

  function applyCollapsed(): void {
    if (!frame || !tab) return;
    frame.hidden = collapsed;
    if (first) first.hidden = collapsed;
    tab.hidden = !collapsed;
  }

  /** Shows the person: a new frame with them in its URL, or a message to the frame there is. */
  function show(state: FrameState): void {
    latest = state;
    if (!host?.isConnected) {
      build(state);
      return;
    }
    tell();
    // More of the page parsed while the frame loads: the first look shows it too.
    if (first && state.status === 'profile') {
      const next = firstLook(state.identity);
      next.hidden = first.hidden;
      first.replaceWith(next);
      first = next;
    }
  }

  function remove(): void {
    watcher.disconnect();
    host?.remove();
    host = frame = first = tab = null;
    latest = null;
  }

  function setCollapsed(value: boolean, moveFocus = false): void {
    collapsed = value;
    applyCollapsed();
    if (moveFocus) (collapsed ? tab : frame)?.focus();
  }

  life.onEnd(remove);
  return { show, remove, setCollapsed, isShown: () => host?.isConnected === true };
}
