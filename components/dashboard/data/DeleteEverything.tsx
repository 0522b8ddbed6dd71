import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useAction } from '@/components/shared/use-action';
import { useSync } from '@/components/shared/use-sync';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { recordCounts } from '@/storage/backup';

/** "Delete all my data", after saying exactly how many of each will go. */
export function DeleteEverything({ onDeleted }: { onDeleted: () => void }) {
  const counts = useLiveQuery(() => recordCounts(), []);
  const [confirming, setConfirming] = useState(false);
  // With sync on, the server's copy is the person's to keep or delete too (unticked: kept).
  const syncing = Boolean(useSync()?.server);
  const [serverCopy, setServerCopy] = useState(false);
  const { busy, error, run } = useAction();
  const deleteAll = () =>
    void run(() => sendCommand('deleteAllData', { confirm: true, serverCopy: syncing && serverCopy })).then((outcome) => {
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
            {syncing && <p>{t('deleteAllSyncNote')}</p>}
            {syncing && (
              <label className="check">
                <input type="checkbox" checked={serverCopy} onChange={(e) => setServerCopy(e.target.checked)} /> {t('deleteServerCopy')}
              </label>
            )}
            <button type="button" className="danger" disabled={busy} onClick={deleteAll}>{t('deleteAllConfirm')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </div>
        )
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
