import { profileSlug, type ProfileRef } from '@/core/profile';
import { splitHeadline } from '@/core/headline';
import { cleanText, nameMatchesSlug } from '@/core/text';
import { firstText, imageAt, imageUrl, jsonLdPerson, metaContent, titleParts } from '../dom-read';
import { nameInTitle } from '../identity-checks';
import { extractWith } from '../layered-extract';
import type { Extraction } from '../site-adapter';
import { linkedInSelectors as sel, PRIVATE_MEMBER_NAMES } from './selectors';

const NOT_NAMES = /^(linkedin|sign up|sign in|log in|join linkedin|s'inscrire|s’identifier|feed|fil d'actualité)$/i;

// Sub-pages that replace the top card with one section ("Experience", "Activity"). Overlays
// (`/overlay/contact-info/`) and language versions (`/in/slug/fr`) still show the top card.
const SECTION_PAGES = new Set(['details', 'recent-activity']);

function isSectionPage(doc: Document): boolean {
  try {
    return SECTION_PAGES.has(new URL(doc.URL).pathname.split('/').filter(Boolean)[2] ?? '');
  } catch {
    return false;
  }
}

/**
 * "Jane Doe | LinkedIn", "(3) Jane Doe - Acme | LinkedIn", "Experience | Jane Doe | LinkedIn",
 * "LinkedIn: Jane Doe" (2007-2010);
 * a part carrying more than the name is checked against the heading and the slug.
 */
function nameFromTitle(doc: Document, slug: string, subPage: boolean, heading: string | undefined): string | undefined {
  const names = titleParts(doc)
    .filter((part) => !/^linkedin$/i.test(part))
    .map((part) => cleanText(part.split(/\s[-–—]\s/)[0]))
    .filter((part): part is string => !!part && !NOT_NAMES.test(part));
  const matching = names.find((name) => nameMatchesSlug(name, slug));
  if (matching) return nameInTitle(matching, slug, heading);
  // A sub-page's title is "Section | Name | LinkedIn", in the member's language: the name is the
  // part before "LinkedIn", whatever the section is called.
  if (subPage) return names.length >= 2 ? nameInTitle(names.at(-1)!, slug, undefined) : undefined;
  return names[0] ? nameInTitle(names[0], slug, heading) : undefined;
}

/** The line beside "Contact info" on the top card: the location, whatever the class names. */
function locationBesideContactInfo(doc: Document): string | undefined {
  const link = doc.querySelector(sel.contactInfoLink);
  const row = link?.parentElement?.parentElement;
  if (!row) return undefined;
  for (const child of row.children) {
    if (child.contains(link)) break;
    const text = cleanText(child.textContent);
    if (text && !/^[·•|]$/.test(text)) return text;
  }
  return undefined;
}

function textMatchingSlug(texts: (string | null)[], slug: string): string | undefined {
  for (const raw of texts) {
    const text = cleanText(raw);
    if (text && nameMatchesSlug(text, slug)) return text;
  }
  return undefined;
}

/** The block right after the heading's container: the headline, whatever the class names. */
function headlineAfterName(nameHeading: Element | null): string | undefined {
  // A few levels up at most: higher, the next block is some other part of the page.
  let depth = 0;
  for (let el: Element | null = nameHeading; el && el.tagName !== 'MAIN' && depth < 4; el = el.parentElement, depth++) {
    const text = cleanText(el.nextElementSibling?.textContent);
    if (text) return text;
  }
  return undefined;
}

function companyFromAria(doc: Document): string | undefined {
  const el = doc.querySelector(sel.companyAria);
  const label = el?.getAttribute('aria-label');
  if (!label) return undefined;
  return cleanText(label.replace(/^[^:]+:\s*/, '').split(/\.\s/)[0]);
}

/**
 * Reads a LinkedIn profile page, most robust layer first: document.title → JSON-LD → meta →
 * `main h1`, `section h2` and ARIA labels → class names. Returns "not-profile" for sign-in walls and private members.
 */
export function extractLinkedIn(doc: Document, ref: ProfileRef): Extraction {
  const slug = profileSlug(ref);
  const subPage = isSectionPage(doc);
  const ld = jsonLdPerson(doc);
  const headings = subPage ? [] : [...doc.querySelectorAll(sel.nameHeadings)];
  const h1 = cleanText(headings.find((h) => h.tagName === 'H1')?.textContent);
  return extractWith({
    slug,
    nameLayers: [
      ['document.title', nameFromTitle(doc, slug, subPage, h1)],
      ['json-ld', ld?.name],
      ['meta', cleanText([metaContent(doc, 'profile:first_name'), metaContent(doc, 'profile:last_name')].join(' '))],
      ['main h1', h1],
      // Weaker places: only a text that shares a word with the slug counts as the name.
      ['section h2', subPage ? undefined : textMatchingSlug(headings.filter((h) => h.tagName === 'H2').map((h) => h.textContent), slug)],
      ['aria-label', subPage ? undefined : textMatchingSlug([...doc.querySelectorAll(sel.labelled)].map((el) => el.getAttribute('aria-label') ?? el.getAttribute('alt')), slug)],
      ['any h1', subPage ? undefined : textMatchingSlug([...doc.querySelectorAll('h1')].map((h) => h.textContent), slug)],
      ['class names', subPage ? undefined : firstText(doc, sel.classNames.name)],
    ],
    personName: ld?.name,
    hasSignInForm: sel.signInWall.some((s) => doc.querySelector(s)),
    refuseName: (name) => (PRIVATE_MEMBER_NAMES.includes(name) ? 'private member' : undefined),
    readRest: (name) => {
      // A section sub-page ("Experience") has no top card: only page-wide sources count there.
      if (subPage) {
        return {
          title: ld?.jobTitle,
          company: ld?.worksFor,
          location: ld?.location,
          photoUrl: imageUrl(ld?.image, doc.URL) ?? imageUrl(metaContent(doc, 'og:image'), doc.URL),
        };
      }
      // The heading that shows the name anchors the top card: the headline follows it.
      const heading = [...doc.querySelectorAll('h1, h2')].find((h) => cleanText(h.textContent) === name) ?? headings.find((h) => h.tagName === 'H1') ?? null;
      const headline = headlineAfterName(heading) ?? firstText(doc, sel.classNames.headline) ?? ld?.jobTitle;
      const split = splitHeadline(headline);
      return {
        headline,
        title: ld?.jobTitle ?? split.title,
        company: ld?.worksFor ?? companyFromAria(doc) ?? firstText(doc, sel.classNames.company) ?? split.company,
        location: ld?.location ?? locationBesideContactInfo(doc) ?? firstText(doc, sel.classNames.location),
        photoUrl: imageUrl(ld?.image, doc.URL) ?? imageAt(doc, sel.photo, doc.URL) ?? imageUrl(metaContent(doc, 'og:image'), doc.URL),
      };
    },
  });
}
