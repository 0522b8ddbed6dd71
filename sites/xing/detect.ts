import type { ProfileRef } from '@/core/profile';
import { decodeSegment, toUrl } from '../types';

export function isXingHost(hostname: string): boolean {
  return hostname === 'xing.com' || hostname.endsWith('.xing.com');
}

/**
 * The XING profile a URL shows, key `xing:<First_Last2>` (case kept: XING ids are
 * `Name_Name` with a number when taken). Sub-pages (`/cv`, `/portfolio`, `/web_profiles`) and
 * queries are dropped: `https://www.xing.com/profile/Jane_Doe2/cv?sc_o=x` → `xing:Jane_Doe2`.
 */
export function detectXingProfile(input: string | URL): ProfileRef | null {
  const url = toUrl(input);
  if (!url || !/^https?:$/.test(url.protocol) || !isXingHost(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  if (parts[0] && /^[a-z]{2}$/.test(parts[0]) && parts[1] === 'profile') parts.shift();
  const [kind, id] = parts;
  if (kind !== 'profile' || !id) return null;
  if (!/^[\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)+$/u.test(id)) return null;
  return { site: 'xing', key: `xing:${id}`, url: `https://www.xing.com/profile/${encodeURIComponent(id)}` };
}
