import { dayStart, daysBetween } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { isLosingTouch } from '@/core/reminders';
import { formatDay, getLanguage, t } from './index';
import { numberFormat } from '@/core/intl';

/** A span of time as people say it: "12 days", "3 weeks", "4 months", "2 years" (or in French). */
export function formatDuration(days: number): string {
  const [value, unit] =
    days < 14 ? [days, 'day'] : days < 60 ? [Math.round(days / 7), 'week'] : days < 730 ? [Math.round(days / 30.44), 'month'] : [Math.round(days / 365.25), 'year'];
  return numberFormat(getLanguage(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function whenMet(metAt: number, now: number, timeZone: string): string {
  const days = daysBetween(metAt, now, timeZone);
  if (days <= 0) return t('today');
  if (days === 1) return t('yesterday');
  if (days < 7) return t('daysAgo', { n: days });
  return t('onDay', { date: formatDay(metAt, timeZone) });
}

/**
 * Why a contact is on the list, in words: "Met at Mobile Monday yesterday — follow up",
 * "No contact for 4 months", "Losing touch — …", "New job: … — congratulate them".
 */
export function describeDue(contact: Contact, now: number, timeZone: string): string {
  const sinceDays = (from: number) => Math.max(0, daysBetween(from, now, timeZone));
  switch (contact.dueReason) {
    case 'follow-up': {
      const metAt = contact.met?.date ? dayStart(contact.met.date, timeZone) : undefined;
      const when = metAt !== undefined ? whenMet(metAt, now, timeZone) : '';
      return contact.met?.eventName ? t('dueFollowUpAt', { event: contact.met.eventName, when }) : t('dueFollowUp', { when });
    }
    case 'reconnect':
    case 'losing-touch': {
      const from = contact.lastContactAt;
      if (from === undefined) return t('dueReconnectNever', { duration: formatDuration(sinceDays(contact.createdAt)) });
      const duration = formatDuration(sinceDays(from));
      // Stored when last written; time may have turned a reconnect into losing touch since.
      return isLosingTouch(contact, now, timeZone) ? t('dueLosingTouch', { duration }) : t('dueReconnect', { duration });
    }
    case 'occasion': {
      const { title, company } = contact.dueJob ?? {};
      const job = title && company ? t('jobAt', { title, company }) : (title ?? company ?? '');
      return t('dueOccasionJob', { job });
    }
    case 'new-year':
      return t('newYearWishes');
    default:
      return '';
  }
}
