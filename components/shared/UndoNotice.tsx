import type { ReactNode } from 'react';
import { formatTime, t } from '@/i18n';

/** "Contact deleted. [Undo] until 15:42": what was done, and the undo while its copy is kept. */
export function UndoNotice({ children, until, busy, onUndo }: { children: ReactNode; until: number; busy: boolean; onUndo: () => void }) {
  return (
    <p role="status">
      {children} <button type="button" className="link" disabled={busy} onClick={onUndo}>{t('undo')}</button>{' '}
      <span className="muted small">{t('undoUntil', { time: formatTime(until) })}</span>
    </p>
  );
}
