import type { ProfileIdentity } from '@/core/profile';
import { splitHeadline } from '@/core/headline';
import { cleanText } from '@/core/text';
import { firstText, imageAt, imageUrl, jsonLdPerson, metaContent, titleParts } from './dom-read';
import { isSignInWall, nameAgreesWithSlug } from './identity-checks';
import type { Extraction } from './types';

export interface SiteSelectors {
  name: readonly string[];
  headline: readonly string[];
  company: readonly string[];
  location: readonly string[];
  photo: readonly string[];
  /** Markers of a page at a profile URL that is not a profile (a removed member). */
  notProfile: readonly string[];
  /** A sign-in form: a wall, unless the person is plainly on the page too. */
  signInForm: readonly string[];
}

/** "Jean Dupont - Directeur commercial - Acme | Viadeo": the first dash-separated part. */
function nameFromTitle(doc: Document, siteName: string): string | undefined {
  const parts = titleParts(doc).filter((part) => part.toLowerCase() !== siteName.toLowerCase());
  return cleanText(parts[0]?.split(/\s[-–—:]\s/)[0]);
}

/**
 * Layered reading of a profile page for sites with plain markup (Viadeo, XING):
 * document.title → JSON-LD → meta → headings → class names.
 */
export function extractLayered(doc: Document, siteName: string, slug: string, sel: SiteSelectors): Extraction {
  if (sel.notProfile.some((s) => doc.querySelector(s))) return { status: 'not-profile', reason: 'not a profile page' };
  const ld = jsonLdPerson(doc);
  const layers: [string, string | undefined][] = [
    ['document.title', nameFromTitle(doc, siteName)],
    ['json-ld', ld?.name],
    ['meta', cleanText(metaContent(doc, 'og:title')?.split(/\s[-–—|]\s/)[0])],
    ['headings', firstText(doc, sel.name)],
  ];
  const found = layers.find((layer): layer is [string, string] => !!layer[1] && nameAgreesWithSlug(layer[1], slug));
  if (isSignInWall(sel.signInForm.some((s) => doc.querySelector(s)), found, slug)) return { status: 'not-profile', reason: 'sign-in wall' };
  if (!found) return { status: 'unreadable', tried: layers.map(([s]) => s) };
  const headline = firstText(doc, sel.headline) ?? ld?.jobTitle ?? metaContent(doc, 'og:description');
  const split = splitHeadline(headline);
  const identity: ProfileIdentity = {
    name: found[1],
    headline,
    title: ld?.jobTitle ?? split.title,
    company: ld?.worksFor ?? firstText(doc, sel.company) ?? split.company,
    location: ld?.location ?? firstText(doc, sel.location),
    photoUrl: imageUrl(ld?.image, doc.URL) ?? imageAt(doc, sel.photo, doc.URL) ?? imageUrl(metaContent(doc, 'og:image'), doc.URL),
  };
  return { status: 'profile', identity, strategy: found[0] };
}
