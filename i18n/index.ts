import { DATE_LOCALES, type Language } from '@/core/records';
import { SITE_IDS, SITES } from '@/core/sites';
import { en, type MessageKey } from './en';
import { de } from './de';
import { fr } from './fr';
import { dateFormat, listFormat } from '@/core/intl';

export type { Language };
export type { MessageKey };

const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, fr, de };

/** The language of the browser's UI: French or German when it is, else English. */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('fr') ? 'fr' : first.startsWith('de') ? 'de' : 'en';
}

let current: Language = typeof navigator === 'undefined' ? 'en' : browserLanguage();

export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** A UI string in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A date as the current language writes it, in `timeZone` (the browser's by default). */
export function formatDay(at: number | Date, timeZone?: string): string {
  return dateFormat(DATE_LOCALES[current], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

/** Each language in its own words: the language pickers. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', de: 'Deutsch' };

/** Every site of `core/sites.ts` by name, as a list in the current language: "LinkedIn, Viadeo or XING". */
export function siteList(): string {
  return listFormat(DATE_LOCALES[current], { type: 'disjunction' }).format(SITE_IDS.map((site) => SITES[site].label));
}

/** A time of day as the current language writes it ("15:42": British English, French and German alike). */
export function formatTime(at: number | Date, timeZone?: string): string {
  return dateFormat(DATE_LOCALES[current], { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** A day in a table's narrow column: "27 Nov 2026", "27 nov. 2026", "27. Nov. 2026". */
export function formatShortDay(at: number | Date, timeZone?: string): string {
  return dateFormat(DATE_LOCALES[current], { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}
