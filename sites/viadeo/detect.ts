import { profileKey, type ProfileRef } from '@/core/profile';
import { pathSegments, siteUrl } from '../url-parts';

/**
 * The Viadeo profile a URL shows, key `viadeo:<id>` (lower-cased). Viadeo had three URL
 * generations, all accepted:
 * `https://fr.viadeo.com/fr/profile/jean.dupont`, `https://www.viadeo.com/p/0021abcdef12345`,
 * `https://viadeo.journaldunet.com/p/jean-dupont-1234567`.
 */
export function detectViadeoProfile(input: string | URL): ProfileRef | null {
  const url = siteUrl(input, 'viadeo');
  if (!url) return null;
  const parts = pathSegments(url);
  // Optional leading language segment: /fr/profile/…, /en/profile/…
  if (parts[0] && /^[a-z]{2}$/.test(parts[0])) parts.shift();
  const [kind, id] = parts;
  if ((kind !== 'profile' && kind !== 'p') || !id) return null;
  const clean = id.trim().toLowerCase();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(clean)) return null;
  const journal = url.hostname === 'viadeo.journaldunet.com';
  return {
    site: 'viadeo',
    key: profileKey('viadeo', clean),
    url: journal
      ? `https://viadeo.journaldunet.com/p/${encodeURIComponent(clean)}`
      : kind === 'p'
        ? `https://www.viadeo.com/p/${encodeURIComponent(clean)}`
        : `https://www.viadeo.com/fr/profile/${encodeURIComponent(clean)}`,
  };
}
