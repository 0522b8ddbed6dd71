import { DEFAULT_TEMPLATES, templateId, type DraftKind, type TemplateId } from './draft-templates';
import { dayStart, daysBetween } from './local-day';
import type { Contact, Language, Register } from './records';
import { EMAIL_PATTERN } from './text';
import { renderTemplate, type Rendered, type Template, type TemplateValues } from './templates';

/** What a draft needs besides the contact: the writer, their templates, the clock. */
export interface DraftContext {
  /** The interface language: a contact without one of their own is written to in it. */
  interfaceLanguage: Language;
  myName?: string;
  signature?: string;
  /** The user's own versions of templates; the others are the defaults. */
  templates?: Partial<Record<TemplateId, Template>>;
  now: number;
  timeZone: string;
}

/** A message to one person, ready to send or copy. */
export interface Draft extends Rendered {
  kind: DraftKind;
  language: Language;
  register: Register;
  /** The one recipient's address, when Maille has one. */
  to?: string;
}

/** The contact's language and register, with the defaults: formal in French, informal in English. */
export function addressing(contact: Pick<Contact, 'language' | 'register'>, interfaceLanguage: Language): { language: Language; register: Register } {
  const language = contact.language ?? interfaceLanguage;
  return { language, register: contact.register ?? (language === 'fr' ? 'formal' : 'informal') };
}

/** "today", "yesterday", "on Tuesday", "on 3 March 2026" (or in French): when we met, as said in a message. */
export function whenWeMet(day: string | undefined, now: number, timeZone: string, language: Language): string | undefined {
  const at = day ? dayStart(day, timeZone) : undefined;
  if (at === undefined) return undefined;
  const days = daysBetween(at, now, timeZone);
  if (days < 0) return undefined;
  const words = { en: ['today', 'yesterday'], fr: ["aujourd'hui", 'hier'] }[language];
  if (days < 2) return words[days];
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (days < 7) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(at);
    return language === 'fr' ? weekday : `on ${weekday}`;
  }
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
  return language === 'fr' ? `le ${date}` : `on ${date}`;
}

/** The first word of a name: how an informal message greets. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** The values a follow-up after a meeting can use. */
function followUpValues(contact: Contact, ctx: DraftContext, language: Language): TemplateValues {
  return {
    firstName: firstName(contact.name),
    fullName: contact.name,
    event: contact.met?.eventName,
    place: contact.met?.place,
    when: whenWeMet(contact.met?.date, ctx.now, ctx.timeZone, language),
    topic: contact.met?.topic,
    myName: ctx.myName,
    signature: ctx.signature,
  };
}

/** The template a draft uses: the user's version if they wrote one, else Maille's. */
export function templateFor(kind: DraftKind, language: Language, register: Register, templates?: DraftContext['templates']): Template {
  const id = templateId(kind, language, register);
  return templates?.[id] ?? DEFAULT_TEMPLATES[id];
}

/** A draft of `kind` to one contact, in their language and register. */
export function draftFor(kind: DraftKind, contact: Contact, ctx: DraftContext): Draft {
  const { language, register } = addressing(contact, ctx.interfaceLanguage);
  const rendered = renderTemplate(templateFor(kind, language, register, ctx.templates), followUpValues(contact, ctx, language));
  return { ...rendered, kind, language, register, to: contact.emails[0] };
}

/**
 * A `mailto:` link to exactly one recipient, with a subject and a body. Every part is
 * percent-encoded (accents, line breaks as CRLF, `&`, `?`, `#`, `+`), so that no field can add a
 * recipient or a header. Throws on anything that is not one plain address.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  if (!EMAIL_PATTERN.test(to)) throw new Error('A draft goes to exactly one email address.');
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const [local, domain] = to.split('@');
  return `mailto:${encode(local!)}@${encode(domain!)}?subject=${encode(subject)}&body=${encode(body)}`;
}
