import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import { SITE_IDS, type SiteId } from '@/core/sites';
import { cleanText } from '@/core/text';

/**
 * What the content script tells the sidebar frame: the profile on the page (only what the page
 * itself shows; nothing the user wrote ever travels this way). It goes by `postMessage` to the
 * frame's window, each message carrying a key the content script made for that frame and put in
 * the frame's URL fragment; the page cannot read that URL (the frame is cross-origin, inside a
 * closed shadow root), so a message the page forges lacks the key and is ignored. A message, not
 * a new fragment per person: changing a cross-origin frame's URL reloads it (130 ms here).
 */
export type FrameState =
  | { status: 'profile'; ref: ProfileRef; identity: ProfileIdentity }
  | { status: 'unreadable'; ref: ProfileRef; nameGuess?: string };

export function encodeFrameState(state: FrameState): string {
  return encodeURIComponent(JSON.stringify(state));
}

function asRef(value: unknown): ProfileRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const { site, key, url } = value as Record<string, unknown>;
  if (typeof site !== 'string' || !(SITE_IDS as readonly string[]).includes(site)) return null;
  if (typeof key !== 'string' || !key.startsWith(`${site}:`) || typeof url !== 'string' || !/^https:\/\//.test(url)) return null;
  return { site: site as SiteId, key, url };
}

function asIdentity(value: unknown): ProfileIdentity | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? cleanText(x) : undefined);
  const name = text(v.name);
  if (!name) return null;
  const photoUrl = typeof v.photoUrl === 'string' && /^https?:\/\//.test(v.photoUrl) ? v.photoUrl : undefined;
  return { name, headline: text(v.headline), company: text(v.company), title: text(v.title), location: text(v.location), photoUrl };
}

/** Reads a frame fragment back, checking every field: null when it is not a valid state. */
export function decodeFrameState(fragment: string): FrameState | null {
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(fragment.replace(/^#/, '')));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { status, ref, identity, nameGuess } = data as Record<string, unknown>;
  const validRef = asRef(ref);
  if (!validRef) return null;
  if (status === 'profile') {
    const validIdentity = asIdentity(identity);
    return validIdentity ? { status, ref: validRef, identity: validIdentity } : null;
  }
  if (status === 'unreadable') {
    return { status, ref: validRef, nameGuess: typeof nameGuess === 'string' ? cleanText(nameGuess) : undefined };
  }
  return null;
}

/**
 * The frame's URL fragment: the key its messages must carry, and the first state, so that the
 * frame can show the person as its page is parsed, without waiting for a message.
 */
export function frameFragment(key: string, state: FrameState): string {
  return `k=${key}&s=${encodeFrameState(state)}`;
}

/** The key and the first state in the frame's own URL fragment; null when it is not one of ours. */
export function readFrameFragment(hash: string): { key: string; state: FrameState | null } | null {
  const m = /^#?k=([0-9a-f-]{36})&s=(.*)$/s.exec(hash);
  return m ? { key: m[1]!, state: decodeFrameState(m[2]!) } : null;
}

export const FRAME_MESSAGE = 'maille:frame-state';

export interface FrameMessage {
  type: typeof FRAME_MESSAGE;
  key: string;
  /** An encoded {@link FrameState}. */
  state: string;
}

export function frameMessage(key: string, state: FrameState): FrameMessage {
  return { type: FRAME_MESSAGE, key, state: encodeFrameState(state) };
}

/** The state a message carries, when it is ours (the right type and key) and valid; else null. */
export function frameStateFromMessage(data: unknown, key: string): FrameState | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, key: given, state } = data as Record<string, unknown>;
  if (type !== FRAME_MESSAGE || given !== key || typeof state !== 'string') return null;
  return decodeFrameState(state);
}

/**
 * In the frame: the latest state, shared by the first-paint script (which receives the messages
 * as the page is parsed) and the React app (which loads later), through the frame's own window
 * (cross-origin to the page) and an event.
 */
export const FRAME_STATE_EVENT = 'maille:frame-state';
declare global {
  interface Window {
    mailleFrameState?: FrameState;
  }
}
