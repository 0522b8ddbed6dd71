import { cleanText } from '@/core/text';

/** Cleaned text of the first element a selector finds. */
function textAt(root: ParentNode, selector: string): string | undefined {
  const el = root.querySelector(selector);
  return el ? cleanText(el.textContent) : undefined;
}

/** First non-empty cleaned text among several selectors, tried in order. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textAt(root, selector);
    if (text) return text;
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;

/**
 * Text a site's template escaped once more than HTML does ("R&amp;D" in JSON-LD, "&amp;amp;" in
 * an og:title): character references decoded, twice at most (escaped twice). Only numeric ones
 * and the few names templates write; the text stays text.
 */
export function unescapeEntities(text: string): string {
  for (let pass = 0; pass < 2 && text.includes('&'); pass++) {
    text = text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
      if (name) return ENTITIES[name.toLowerCase()]!;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    });
  }
  return text;
}

/** What one of the page's `<meta>` says, cleaned (and unescaped: templates escape twice). */
export function metaContent(doc: Document, nameOrProperty: string): string | undefined {
  const el = doc.querySelector(`meta[property="${nameOrProperty}"], meta[name="${nameOrProperty}"]`);
  const content = el?.getAttribute('content');
  return cleanText(content == null ? content : unescapeEntities(content));
}

/** An http(s) image URL from an attribute, or undefined (no data: or javascript: URLs). */
export function imageUrl(raw: string | null | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.slice(0, 2000) : undefined;
  } catch {
    return undefined;
  }
}

export function imageAt(root: ParentNode, selectors: readonly string[], base: string): string | undefined {
  for (const selector of selectors) {
    const src = imageUrl(root.querySelector(selector)?.getAttribute('src'), base);
    if (src) return src;
  }
  return undefined;
}

/**
 * The parts of `document.title` split on "|": without a "(3)" unread-count prefix (never part of
 * a name), an old "LinkedIn: " prefix (2007-2010: "LinkedIn: Jane Doe"), or entities escaped twice.
 */
export function titleParts(doc: Document): string[] {
  return unescapeEntities(cleanText(doc.title, 2_000) ?? '')
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/^linkedin\s*:\s*/i, '')
    .split('|')
    .map((part) => cleanText(part) ?? '')
    .filter(Boolean);
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function str(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === 'string') return cleanText(unescapeEntities(v));
  if (isObject(v)) return str(v.name ?? v.contentUrl ?? v.url);
  return undefined;
}

export interface JsonLdPerson {
  name?: string;
  jobTitle?: string;
  worksFor?: string;
  location?: string;
  image?: string;
}

/** The first schema.org Person in the page's JSON-LD (logged-out profile pages carry one). */
export function jsonLdPerson(doc: Document): JsonLdPerson | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of [...candidates]) {
      if (isObject(item) && Array.isArray(item['@graph'])) candidates.push(...item['@graph']);
    }
    const person = candidates.find((c): c is JsonObject => isObject(c) && c['@type'] === 'Person');
    if (!person) continue;
    const address = first(person.address);
    return {
      name: str(person.name),
      jobTitle: str(person.jobTitle),
      worksFor: str(person.worksFor),
      location: isObject(address) ? str(address.addressLocality) : str(address),
      image: str(person.image),
    };
  }
  return undefined;
}
