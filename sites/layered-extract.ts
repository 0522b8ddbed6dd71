import { profileSlug, type ProfileIdentity, type ProfileRef } from '@/core/profile';
import { SITES } from '@/core/sites';
import { splitHeadline } from '@/core/headline';
import { cleanText } from '@/core/text';
import { firstText, imageAt, imageUrl, jsonLdPerson, metaContent, titleParts } from './dom-read';
import { isSignInWall, nameAgreesWithSlug, nameInTitle } from './identity-checks';
import type { Extraction } from './site-adapter';

/** Where a name may be read, most robust first: [the layer's name, what it found]. */
export type NameLayers = [string, string | undefined][];

export interface ExtractionSteps {
  /** The profile's slug: a name must agree with it (`nameAgreesWithSlug`). */
  slug: string;
  /** A marker of a page at a profile URL that is no profile (a removed member), as a reason. */
  notProfile?: string;
  nameLayers: NameLayers;
  /** The name of the page's schema.org Person, if it has one: proof the person is there. */
  personName?: string;
  /** Whether the page holds a sign-in form (a wall, unless the person is plainly there). */
  hasSignInForm: boolean;
  /** A name the site shows instead of a person's (a private member), as a reason. */
  refuseName?: (name: string) => string | undefined;
  /** The rest of the person, once the name is known. */
  readRest: (name: string) => Omit<ProfileIdentity, 'name'>;
}

/**
 * The skeleton every site's reading follows: not a profile? → the first name layer that agrees
 * with the slug → a sign-in wall? → unreadable, or the person. Each site supplies its layers.
 */
export function extractWith(steps: ExtractionSteps): Extraction {
  if (steps.notProfile) return { status: 'not-profile', reason: steps.notProfile };
  const found = steps.nameLayers.find((layer): layer is [string, string] => !!layer[1] && nameAgreesWithSlug(layer[1], steps.slug));
  if (isSignInWall(steps.hasSignInForm, found, steps.slug, steps.personName)) return { status: 'not-profile', reason: 'sign-in wall' };
  if (!found) return { status: 'unreadable', tried: steps.nameLayers.map(([layer]) => layer) };
  const [strategy, name] = found;
  const refused = steps.refuseName?.(name);
  if (refused) return { status: 'not-profile', reason: refused };
  return { status: 'profile', identity: { name, ...steps.readRest(name) }, strategy };
}

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

/**
 * "Jean Dupont - Directeur commercial - Acme | Viadeo": the first dash-separated part, checked
 * against the page's heading and the slug when it carries more than the name.
 */
function nameFromTitle(doc: Document, siteName: string, slug: string, heading: string | undefined): string | undefined {
  const parts = titleParts(doc).filter((part) => part.toLowerCase() !== siteName.toLowerCase());
  const first = cleanText(parts[0]?.split(/\s[-–—:]\s/)[0]);
  return first && nameInTitle(first, slug, heading);
}

/**
 * Reading of a profile page for sites with plain markup (Viadeo, XING), layer after layer:
 * document.title → JSON-LD → meta → headings → class names.
 */
export function extractLayered(doc: Document, ref: ProfileRef, sel: SiteSelectors): Extraction {
  const siteName = SITES[ref.site].label;
  const slug = profileSlug(ref);
  const ld = jsonLdPerson(doc);
  const heading = firstText(doc, sel.name);
  return extractWith({
    slug,
    notProfile: sel.notProfile.some((s) => doc.querySelector(s)) ? 'not a profile page' : undefined,
    nameLayers: [
      ['document.title', nameFromTitle(doc, siteName, slug, heading)],
      ['json-ld', ld?.name],
      ['meta', cleanText(metaContent(doc, 'og:title')?.split(/\s[-–—|]\s/)[0])],
      ['headings', heading],
    ],
    personName: ld?.name,
    hasSignInForm: sel.signInForm.some((s) => doc.querySelector(s)),
    readRest: () => {
      const headline = firstText(doc, sel.headline) ?? ld?.jobTitle ?? metaContent(doc, 'og:description');
      const split = splitHeadline(headline);
      return {
        headline,
        title: ld?.jobTitle ?? split.title,
        company: ld?.worksFor ?? firstText(doc, sel.company) ?? split.company,
        location: ld?.location ?? firstText(doc, sel.location),
        photoUrl: imageUrl(ld?.image, doc.URL) ?? imageAt(doc, sel.photo, doc.URL) ?? imageUrl(metaContent(doc, 'og:image'), doc.URL),
      };
    },
  });
}
