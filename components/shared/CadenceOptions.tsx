import { CADENCE_CHOICES } from '@/core/records';
import { t, type MessageKey } from '@/i18n';

const LABELS: Record<(typeof CADENCE_CHOICES)[number], MessageKey> = {
  30: 'cadenceMonths1',
  91: 'cadenceMonths3',
  182: 'cadenceMonths6',
  365: 'cadenceMonths12',
};

/** A cadence in words: "Every 3 months", "Every 45 days", "No reminders". */
export function cadenceLabel(days: number | null): string {
  if (days == null) return t('cadenceNone');
  return (CADENCE_CHOICES as readonly number[]).includes(days) ? t(LABELS[days as (typeof CADENCE_CHOICES)[number]]) : t('cadenceDays', { days });
}

/**
 * The `<option>`s of a cadence select: none, the usual choices, and `current` when it is none of
 * them (set elsewhere), so that a select never shows a value it does not have.
 */
export function CadenceOptions({ current }: { current: number | null }) {
  const other = current != null && !(CADENCE_CHOICES as readonly number[]).includes(current);
  return (
    <>
      <option value="none">{t('cadenceNone')}</option>
      {CADENCE_CHOICES.map((days) => <option key={days} value={days}>{cadenceLabel(days)}</option>)}
      {other && <option value={current}>{cadenceLabel(current)}</option>}
    </>
  );
}
