import { t } from '@/i18n';

/** Counts the characters left once a text nears its limit, and how many too many past it. */
export function LengthHint({ length, max, id }: { length: number; max: number; id?: string }) {
  if (length < max * 0.8) return null;
  const over = length > max;
  return (
    <p id={id} className={`small ${over ? 'error' : 'muted'}`} aria-live="polite">
      {over ? t('charactersOver', { count: (length - max).toLocaleString() }) : t('charactersLeft', { count: (max - length).toLocaleString() })}
    </p>
  );
}
