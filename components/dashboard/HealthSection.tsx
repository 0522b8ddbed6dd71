import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { systemTimeZone } from '@/core/local-day';
import { touchCounts, TOUCH_BUCKETS, weeklyInteractions, weeksFrom, type TouchBucket } from '@/core/network-health';
import { dateFormat } from '@/core/intl';
import { CHART } from '@/assets/palette';
import { useNow } from '@/components/shared/use-now';
import { formatDay, t, type MessageKey } from '@/i18n';
import { db } from '@/storage/db';
import { BarChart } from './BarChart';

const BUCKET_LABELS: Record<TouchBucket, MessageKey> = {
  fresh: 'stateFresh',
  due: 'stateDue',
  losingTouch: 'stateLosingTouch',
  noCadence: 'stateNoCadence',
  never: 'stateNever',
};

/**
 * The network at a glance: contacts by time since last contact, and interactions per week over
 * the last year with in-person meetings apart — drawn by Chart.js, and said in text (a sentence
 * for everyone, a table for screen readers).
 */
export function HealthSection() {
  const id = useId();
  const now = useNow();
  const timeZone = systemTimeZone();
  const from = weeksFrom(now, timeZone);
  const data = useLiveQuery(async () => ({
    contacts: await db.contacts.toArray(),
    interactions: await db.interactions.where('at').aboveOrEqual(from).toArray(),
  }), [from]);

  const touch = useMemo(() => (data ? touchCounts(data.contacts, now, timeZone) : null), [data, now, timeZone]);
  const weeks = useMemo(() => (data ? weeklyInteractions(data.interactions, now, timeZone) : null), [data, now, timeZone]);
  const touchSeries = useMemo(() => touch && [{ label: t('healthContacts'), values: TOUCH_BUCKETS.map((b) => touch[b]), color: TOUCH_BUCKETS.map((b) => CHART[b]) }], [touch]);
  const weekLabels = useMemo(() => weeks?.map((w) => dateFormat(undefined, { day: 'numeric', month: 'short', timeZone }).format(w.start)) ?? [], [weeks, timeZone]);
  const weekSeries = useMemo(
    () => weeks && [
      { label: t('healthInPerson'), values: weeks.map((w) => w.inPerson), color: CHART.inPerson },
      { label: t('healthOther'), values: weeks.map((w) => w.other), color: CHART.other },
    ],
    [weeks],
  );

  if (!data || !touch || !weeks || !touchSeries || !weekSeries) return <p role="status">{t('loading')}</p>;
  const total = data.contacts.length;
  const inPerson = weeks.reduce((n, w) => n + w.inPerson, 0);
  const all = inPerson + weeks.reduce((n, w) => n + w.other, 0);
  const recent = weeks.slice(-4).reduce((n, w) => n + w.inPerson + w.other, 0);

  return (
    <section aria-labelledby={`${id}-title`} className="card health">
      <h2 id={`${id}-title`}>{t('healthTitle')}</h2>
      {total === 0 ? (
        <p>{t('noContactsYet')} <a href="#data">{t('dataTitle')}</a></p>
      ) : (
        <>
          <h3 id={`${id}-touch`}>{t('healthTouchTitle')}</h3>
          <p>{t('healthTouchSummary', { total, ...touch })}</p>
          <BarChart labels={TOUCH_BUCKETS.map((b) => t(BUCKET_LABELS[b]))} series={touchSeries} />

          <h3 id={`${id}-weeks`}>{t('healthWeeksTitle')}</h3>
          <p>{t('healthWeeksSummary', { total: all, inPerson, recent })}</p>
          <BarChart labels={weekLabels} series={weekSeries} stacked sparseLabels />
          {/* In a box of its own: a table grows past the 1 px height it is given. */}
          <div className="visually-hidden">
            <table aria-labelledby={`${id}-weeks`}>
              <thead>
                <tr><th scope="col">{t('healthWeek')}</th><th scope="col">{t('healthInPerson')}</th><th scope="col">{t('healthOther')}</th></tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.start}><th scope="row">{formatDay(w.start, timeZone)}</th><td>{w.inPerson}</td><td>{w.other}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
