import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import { SITE_IDS, type SiteId } from '@/core/sites';
import { cleanText } from '@/core/text';

/**
 * What the content script tells the sidebar frame: the profile on the page, carried in the
 * frame URL's fragment (inside a closed shadow root, so the page cannot read it; and it is only
 * what the page itself shows). Nothing the user wrote ever travels this way.
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
