import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameFragment, frameMessage, type FrameState } from '@/messaging/frame-state';

const PANEL_WIDTH = 360;

const SHADOW_CSS = `
  .panel { position: fixed; top: 0; right: 0; width: ${PANEL_WIDTH}px; height: 100vh; border: 0;
    box-shadow: -2px 0 12px rgba(0,0,0,.18); background: #fff; color-scheme: light; }
  .tab { position: fixed; top: 40%; right: 0; padding: 12px 6px; writing-mode: vertical-rl;
    font: 600 13px/1 system-ui, sans-serif; letter-spacing: .04em; color: #fff; background: #5b3cc4;
    border: 0; border-radius: 8px 0 0 8px; cursor: pointer; box-shadow: -1px 1px 6px rgba(0,0,0,.25); }
  .tab:focus-visible { outline: 3px solid #f5b700; outline-offset: 2px; }
  [hidden] { display: none !important; }
`;

/**
 * The sidebar as the host page holds it: an extension page in an iframe, inside a closed shadow
 * root on an element of our own, plus the small tab shown when it is folded. The page sees an
 * empty `<maille-sidebar>` element and nothing of what is inside.
 */
export function createSidebarFrame(ctx: ContentScriptContext, onExpandRequest: () => void) {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let tab: HTMLButtonElement | null = null;
  let collapsed = false;
  /** What the frame shows; told again when the frame (re)loads. */
  let latest: FrameState | null = null;
  let key = '';
  const baseUrl = browser.runtime.getURL('/sidebar.html');
  // The frame's own origin, the only one our messages go to. Chrome loads it from a dynamic URL
  // (use_dynamic_url) but gives the document the extension's fixed origin; Firefox's is its URL's.
  const origin = import.meta.env.FIREFOX ? new URL(baseUrl).origin : `chrome-extension://${browser.runtime.id}`;

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
    frame = document.createElement('iframe');
    frame.className = 'panel';
    frame.title = 'Maille';
    // The drafts' "Copy message" writes to the clipboard from inside the frame.
    frame.allow = 'clipboard-write';
    // A key per frame: only messages carrying it are ours (see messaging/frame-state.ts). The
    // first person goes in the URL, so the frame shows them as soon as its page is parsed.
    key = crypto.randomUUID();
    frame.src = `${baseUrl}#${frameFragment(key, state)}`;
    // A person told before the frame had loaded reaches it now.
    frame.addEventListener('load', tell, { signal: ctx.signal });
    tab = document.createElement('button');
    tab.className = 'tab';
    tab.type = 'button';
    tab.textContent = 'Maille';
    tab.setAttribute('aria-label', browser.i18n.getMessage('openSidebar') || 'Open Maille');
    tab.addEventListener('click', onExpandRequest, { signal: ctx.signal });
    shadow.append(style, frame, tab);
    document.documentElement.append(host);
    applyCollapsed();
  }

  function applyCollapsed(): void {
    if (!frame || !tab) return;
    frame.hidden = collapsed;
    tab.hidden = !collapsed;
  }

  /** Shows the person: a new frame with them in its URL, or a message to the frame there is. */
  function show(state: FrameState): void {
    latest = state;
    if (host?.isConnected) tell();
    else build(state);
  }

  function remove(): void {
    host?.remove();
    host = frame = tab = null;
    latest = null;
  }

  function setCollapsed(value: boolean, moveFocus = false): void {
    collapsed = value;
    applyCollapsed();
    if (moveFocus) (collapsed ? tab : frame)?.focus();
  }

  ctx.onInvalidated(remove);
  return { show, remove, setCollapsed, isShown: () => host?.isConnected === true };
}
