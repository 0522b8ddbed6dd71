import { CADENCE_CHOICES } from '@/core/records';
import { t, type MessageKey } from '@/i18n';

const LABELS: Record<(typeof CADENCE_CHOICES)[number], MessageKey> = {
  30: 'cadenceMonths1',
  91: 'cadenceMonths3',
  182: 'cadenceMonths6',
  365: 'cadenceMonths12',
};

/**
 * The `<option>`s of a cadence select: none, the usual choices, and `current` when it is none of
 * them (set elsewhere), so that a select never shows a value it does not have.
 */
export function CadenceOptions({ current }: { current: number | null }) {
  const other = current != null && !(CADENCE_CHOICES as readonly number[]).includes(current);
  return (
    <>
      <option value="none">{t('cadenceNone')}</option>
      {CADENCE_CHOICES.map((days) => <option key={days} value={days}>{t(LABELS[days])}</option>)}
      {other && <option value={current}>{t('cadenceDays', { days: current })}</option>}
    </>
  );
}
