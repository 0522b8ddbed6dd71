import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstGrapheme } from '@/core/text';
import { markNameShown } from '@/components/sidebar/name-mark';
import { FRAME_STATE_EVENT, frameStateFromMessage, readFrameFragment, type FrameState } from '@/messaging/frame-state';

/**
 * The sidebar frame's first script, a classic one of its own (an unlisted script, outside the
 * page's module graph) run as `sidebar.html` is parsed:
 * - it reads the first state from our URL fragment, then receives what the content script tells
 *   this frame (messages with the fragment's key, from the parent window), keeps the latest on
 *   `window.mailleFrameState` and announces it with an event, for the React app that loads later;
 * - until React takes over (`App` removes `#first-paint`), it paints the person in plain DOM with
 *   the sidebar's own classes, text only: the name shows without waiting for React.
 */
function paint(state: FrameState): void {
  const box = document.getElementById('first-paint');
  if (!box) return;
  const element = (tag: string, className: string, text?: string) => {
    const el = document.createElement(tag);
    el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const header = element('header', 'sidebar-header');
  header.append(element('h1', 'brand', 'Maille'));
  const section = element('section', 'sidebar');
  section.append(header);
  if (state.status === 'profile') {
    const { name, headline, company, location: place, photoUrl } = state.identity;
    const person = element('div', 'person');
    // As components/shared/Photo.tsx: the initial when there is no photo or it does not load.
    const initial = element('span', 'photo placeholder', firstGrapheme(name));
    initial.setAttribute('aria-hidden', 'true');
    let photo = initial;
    if (photoUrl) {
      const image = element('img', 'photo') as HTMLImageElement;
      image.alt = '';
      image.referrerPolicy = 'no-referrer';
      image.addEventListener('error', () => image.replaceWith(initial), { once: true });
      image.src = photoUrl;
      photo = image;
    }
    const text = element('div', '');
    text.append(element('h2', 'person-name', name));
    const sub = headline ?? company;
    if (sub) text.append(element('p', 'muted', sub));
    if (place) text.append(element('p', 'muted small', place));
    for (const el of text.children) el.setAttribute('dir', 'auto');
    person.append(photo, text);
    section.append(person);
    markNameShown(name);
  }
  box.replaceChildren(section);
}

function keep(state: FrameState): void {
  window.mailleFrameState = state;
  dispatchEvent(new Event(FRAME_STATE_EVENT));
  paint(state);
}

export default defineUnlistedScript(() => {
  const fragment = readFrameFragment(location.hash);
  if (!fragment) return;
  if (fragment.state) keep(fragment.state);
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const state = frameStateFromMessage(event.data, fragment.key);
    if (state) keep(state);
  });
});
