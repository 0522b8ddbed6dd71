import { profileKey, type ProfileRef } from '@/core/profile';
import { pathSegments, siteUrl } from '../url-parts';

/**
 * The XING profile a URL shows, key `xing:<First_Last2>` (case kept: XING ids are
 * `Name_Name` with a number when taken). Sub-pages (`/cv`, `/portfolio`, `/web_profiles`) and
 * queries are dropped: `https://www.xing.com/profile/Jane_Doe2/cv?sc_o=x` → `xing:Jane_Doe2`.
 */
export function detectXingProfile(input: string | URL): ProfileRef | null {
  const url = siteUrl(input, 'xing');
  if (!url) return null;
  const parts = pathSegments(url);
  if (parts[0] && /^[a-z]{2}$/.test(parts[0]) && parts[1] === 'profile') parts.shift();
  const [kind, id] = parts;
  if (kind !== 'profile' || !id) return null;
  if (!/^[\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)+$/u.test(id)) return null;
  return { site: 'xing', key: profileKey('xing', id), url: `https://www.xing.com/profile/${encodeURIComponent(id)}` };
}
