import { systemTimeZone } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { isDueNow } from '@/core/reminders';
import { DueActions } from '@/components/shared/DueActions';
import { useNow } from '@/components/shared/use-now';
import { t } from '@/i18n';
import { describeDue } from '@/i18n/due-text';

/** At the top of a due person's sidebar: why they are due, and the action that fits. */
export function DueBanner({ contact }: { contact: Contact }) {
  const now = useNow();
  if (!isDueNow(contact, now)) return null;
  return (
    <section className="card due-banner" aria-label={t('dueBanner')}>
      <p className="small"><strong>{t('dueBanner')}</strong> · {describeDue(contact, now, systemTimeZone())}</p>
      <DueActions contact={contact} />
    </section>
  );
}
