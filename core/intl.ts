/**
 * Intl formatters, each made once per locale and options: making one costs far more than using
 * it (profiled in a first sync: the popup's due entries and the contacts table's dates made one
 * per line, tens of ms per render). Every formatted date, duration and list goes through here.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = made.get(key) as T | undefined;
  if (!format) made.set(key, (format = make()));
  return format;
}

export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  kept('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions): Intl.ListFormat =>
  kept('list', locale, options, () => new Intl.ListFormat(locale, options));
