import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { recordCounts } from '@/storage/backup';

/** "Delete all my data", after saying exactly how many of each will go. */
export function DeleteEverything({ onDeleted }: { onDeleted: () => void }) {
  const counts = useLiveQuery(() => recordCounts(), []);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const deleteAll = () =>
    void run(() => sendCommand('deleteAllData', { confirm: true })).then((outcome) => {
      if (!outcome?.ok) return;
      setConfirming(false);
      onDeleted();
    });

  return (
    <>
      <h3>{t('deleteAll')}</h3>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} disabled={!counts}>{t('deleteAll')}…</button>
      ) : (
        counts && (
          <div className="confirm" role="alertdialog" aria-label={t('deleteAll')}>
            <p>{t('deleteAllWhat', counts)}</p>
            <button type="button" className="danger" disabled={busy} onClick={deleteAll}>{t('deleteAllConfirm')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </div>
        )
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
