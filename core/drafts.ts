import { DEFAULT_TEMPLATES, templateId, type DraftKind, type TemplateId } from './draft-templates';
import { dayStart, daysBetween } from './local-day';
import { DATE_LOCALES, type Contact, type Interaction, type InteractionKind, type Language, type Register } from './records';
import { EMAIL_PATTERN } from './text';
import { renderTemplate, type Rendered, type Template, type TemplateValues } from './templates';
import { dateFormat } from './intl';

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

/** The contact's language and register, with the defaults: formal in French and German (vous, Sie), informal in English. */
export function addressing(contact: Pick<Contact, 'language' | 'register'>, interfaceLanguage: Language): { language: Language; register: Register } {
  const language = contact.language ?? interfaceLanguage;
  return { language, register: contact.register ?? (language === 'en' ? 'informal' : 'formal') };
}

const WHEN_WORDS: Record<Language, { today: string; yesterday: string; on: (dayOrDate: string, weekday: boolean) => string }> = {
  en: { today: 'today', yesterday: 'yesterday', on: (day) => `on ${day}` },
  fr: { today: "aujourd'hui", yesterday: 'hier', on: (day, weekday) => (weekday ? day : `le ${day}`) },
  de: { today: 'heute', yesterday: 'gestern', on: (day) => `am ${day}` },
};

/** "today", "yesterday", "on Tuesday", "on 3 March 2026" (or in French, German): when we met, as said in a message. */
export function whenWeMet(day: string | undefined, now: number, timeZone: string, language: Language): string | undefined {
  const at = day ? dayStart(day, timeZone) : undefined;
  if (at === undefined) return undefined;
  const days = daysBetween(at, now, timeZone);
  if (days < 0) return undefined;
  const words = WHEN_WORDS[language];
  if (days < 2) return days === 0 ? words.today : words.yesterday;
  const locale = DATE_LOCALES[language];
  if (days < 7) return words.on(dateFormat(locale, { weekday: 'long', timeZone }).format(at), true);
  return words.on(dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at), false);
}

/** The first word of a name: how an informal message greets. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** What a draft may say besides the contact: the other person of an introduction, your news, your last exchange. */
export interface DraftExtras {
  /** The latest interaction with the contact: "our lunch on 3 March 2026". */
  lastInteraction?: Pick<Interaction, 'kind' | 'at'>;
  /** Introductions: the other person. */
  other?: Contact;
  /** News: what you are telling, written once. */
  news?: string;
}

const EXCHANGE_WORDS: Record<Language, Record<InteractionKind, string>> = {
  en: {
    email: 'our emails', message: 'our messages', call: 'our call', meeting: 'our meeting', lunch: 'our lunch',
    event: 'seeing you at an event', introduction: 'the introduction', news: 'my last news',
  },
  fr: {
    email: 'nos e-mails', message: 'nos messages', call: 'notre appel', meeting: 'notre rencontre', lunch: 'notre déjeuner',
    event: 'notre rencontre lors d’un événement', introduction: 'la mise en relation', news: 'mes dernières nouvelles',
  },
  // Accusative: the German templates say "Ich denke gern an {lastExchange} zurück".
  de: {
    email: 'unsere E-Mails', message: 'unsere Nachrichten', call: 'unser Telefonat', meeting: 'unser Treffen', lunch: 'unser Mittagessen',
    event: 'unser Wiedersehen auf einer Veranstaltung', introduction: 'die Vorstellung', news: 'meine letzten Neuigkeiten',
  },
};

/** "on" a date, after the exchange's words: "our lunch on …", "notre déjeuner du …", "unser Mittagessen vom …". */
const EXCHANGE_ON: Record<Language, string> = { en: 'on', fr: 'du', de: 'vom' };
/** "{title} at {company}". */
const AT_COMPANY: Record<Language, string> = { en: 'at', fr: 'chez', de: 'bei' };

/** "our lunch on 3 March 2026" / "notre déjeuner du 3 mars 2026" / "unser Mittagessen vom 3. März 2026". */
function lastExchangeText(last: Pick<Interaction, 'kind' | 'at'> | undefined, language: Language, timeZone: string): string | undefined {
  if (!last || !Number.isFinite(last.at)) return undefined;
  const date = dateFormat(DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(last.at);
  return `${EXCHANGE_WORDS[language][last.kind]} ${EXCHANGE_ON[language]} ${date}`;
}

/**
 * How a person is presented to another, in a sentence: their title and company in the draft's
 * language, else the first part of their headline ("CTO at Brume Analytics · Data platforms"
 * reads "CTO at Brume Analytics"), else what there is.
 */
function about(contact: Contact, language: Language): string | undefined {
  if (contact.title && contact.company) return `${contact.title} ${AT_COMPANY[language]} ${contact.company}`;
  const headline = contact.headline?.split(/\s+[·|•]\s+/)[0]?.trim();
  return headline || contact.title || contact.company;
}

/** Every value a template may use, for one contact. */
function draftValues(contact: Contact, ctx: DraftContext, language: Language, extras: DraftExtras): TemplateValues {
  return {
    firstName: firstName(contact.name),
    fullName: contact.name,
    event: contact.met?.eventName,
    place: contact.met?.place,
    when: whenWeMet(contact.met?.date, ctx.now, ctx.timeZone, language),
    topic: contact.met?.topic,
    role: contact.dueJob?.title ?? contact.title,
    company: contact.dueJob?.company ?? contact.company,
    news: extras.news,
    lastExchange: lastExchangeText(extras.lastInteraction, language, ctx.timeZone),
    about: about(contact, language),
    otherFirstName: extras.other && firstName(extras.other.name),
    otherName: extras.other?.name,
    otherAbout: extras.other && about(extras.other, language),
    myName: ctx.myName,
    signature: ctx.signature,
  };
}

/** The template a draft uses: the user's version if they wrote one, else Maille's. */
function templateFor(kind: DraftKind, language: Language, register: Register, templates?: DraftContext['templates']): Template {
  const id = templateId(kind, language, register);
  return templates?.[id] ?? DEFAULT_TEMPLATES[id];
}

/** A draft of `kind` to one contact, in their language and register. */
export function draftFor(kind: DraftKind, contact: Contact, ctx: DraftContext, extras: DraftExtras = {}): Draft {
  const { language, register } = addressing(contact, ctx.interfaceLanguage);
  const rendered = renderTemplate(templateFor(kind, language, register, ctx.templates), draftValues(contact, ctx, language, extras));
  return { ...rendered, kind, language, register, to: contact.emails[0] };
}

/**
 * A `mailto:` link to exactly one recipient, with a subject and a body. Every part is
 * percent-encoded (accents, line breaks as CRLF, `&`, `?`, `#`, `+`), so that no field can add a
 * recipient or a header. Throws on anything that is not one plain address.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  return mailto([to], subject, body);
}

/**
 * The introduction itself, once both agreed: the one message of the product with two
 * recipients, the two people it introduces.
 */
export function introductionMailtoUrl(a: string, b: string, subject: string, body: string): string {
  if (a === b) throw new Error('An introduction is between two people.');
  return mailto([a, b], subject, body);
}

function mailto(recipients: readonly string[], subject: string, body: string): string {
  if (!recipients.every((to) => EMAIL_PATTERN.test(to))) throw new Error('A draft goes to plain email addresses only.');
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const address = (to: string) => to.split('@').map(encode).join('@');
  return `mailto:${recipients.map(address).join(',')}?subject=${encode(subject)}&body=${encode(body)}`;
}
