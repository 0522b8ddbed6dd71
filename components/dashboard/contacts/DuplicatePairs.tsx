import { useDeferredValue, useMemo, useState } from 'react';
import { duplicatePairs, type DuplicatePair } from '@/core/duplicates';
import type { Contact } from '@/core/records';
import { UndoNotice } from '@/components/shared/UndoNotice';
import { useAction } from '@/components/shared/use-action';
import { t, type MessageKey } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';

const REASONS: Record<DuplicatePair['reason'], MessageKey> = {
  sameProfile: 'duplicateSameProfile',
  sameEmail: 'duplicateSameEmail',
  sameName: 'duplicateSameName',
};

/** The records that may be one person, each pair fused in one click, with its undo. */
export function DuplicatePairs({ contacts }: { contacts: readonly Contact[] }) {
  // Found in a render of its own, after the table's: at 10,000 people each is tens of ms, and
  // together they were one task over the 100 ms a first sync's arrival may take (npm run bench).
  const deferred = useDeferredValue(contacts);
  const pairs = useMemo(() => duplicatePairs(deferred), [deferred]);
  const [fused, setFused] = useState<{ keepId: string; keep: string; other: string; undoUntil: number } | null>(null);
  const { busy, error, run } = useAction();
  const fuse = (keep: Contact, other: Contact) =>
    void run(() => sendCommand('mergeContacts', { keepId: keep.id, otherId: other.id })).then((outcome) => outcome?.ok && setFused({ keepId: keep.id, keep: keep.name, other: other.name, undoUntil: outcome.value.undoUntil }));
  const unfuse = (keepId: string) => void run(() => sendCommand('undoMerge', { keepId })).then((outcome) => outcome?.ok && setFused(null));

  return (
    <>
      {pairs.length > 0 && (
        <details className="duplicates">
          <summary>{t('duplicatesTitle', { count: pairs.length })}</summary>
          <ul className="people">
            {pairs.map(({ keep, other, reason }) => (
              <li key={`${keep.id}|${other.id}`}>
                <bdi>{keep.name}</bdi> · <bdi>{other.name}</bdi> <span className="muted small">— {t(REASONS[reason])}</span>{' '}
                <button type="button" disabled={busy} onClick={() => fuse(keep, other)}>{t('mergeButton')}</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {fused && (
        <UndoNotice until={fused.undoUntil} busy={busy} onUndo={() => unfuse(fused.keepId)}>{tRich('mergedInto', { other: <bdi>{fused.other}</bdi>, keep: <bdi>{fused.keep}</bdi> })}</UndoNotice>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
