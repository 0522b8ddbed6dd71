import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Backup, BackupCounts } from '@/core/backup';
import { byName } from '@/core/contacts-table';
import { contactsCsv } from '@/core/csv-export';
import { vcardsOf } from '@/core/vcard';
import { toLocalDay } from '@/core/local-day';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { backupProblemText, refusalText } from '@/i18n/refusal-text';
import { settingsItem } from '@/messaging/settings';
import { sendCommand } from '@/messaging/send-command';
import { exportRecords, recordCounts } from '@/storage/backup';
import { db } from '@/storage/db';
import { CardsImport } from './CardsImport';
import { ConnectionsImport } from './ConnectionsImport';
import { stageBackup } from './backup-upload';
import { download } from './download';

/**
 * Data in and out: a full backup to download, a backup to restore (checked before anything is
 * written; all of it or nothing), and deleting everything after saying exactly what.
 */
export function DataSection() {
  const id = useId();
  const counts = useLiveQuery(() => recordCounts(), []);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ file: File; upload: string; counts: BackupCounts } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { busy, error, run } = useAction();

  const exportAll = async () => {
    const backup: Backup = { ...(await exportRecords(Date.now())), settings: { ...(await settingsItem.getValue()) } };
    const file = `maille-backup-${toLocalDay(Date.now())}.json`;
    download(file, JSON.stringify(backup, null, 1), 'application/json');
    setStatus(t('backupExported', { file }));
  };
  const exportCsv = async () => {
    const file = `maille-contacts-${toLocalDay(Date.now())}.csv`;
    download(file, contactsCsv(byName(await db.contacts.toArray())), 'text/csv;charset=utf-8');
    setStatus(t('backupExported', { file }));
  };
  const exportCards = async () => {
    const file = `maille-contacts-${toLocalDay(Date.now())}.vcf`;
    download(file, vcardsOf(byName(await db.contacts.toArray())), 'text/vcard;charset=utf-8');
    setStatus(t('backupExported', { file }));
  };
  const choose = async (file: File | undefined) => {
    setPending(null);
    setProblem(null);
    setStatus(null);
    if (!file) return;
    const staged = await stageBackup(file);
    if (staged.ok) setPending({ file, ...staged.value });
    else if (staged.refusal.code === 'badBackup') setProblem(backupProblemText(staged.refusal.problem));
    else setProblem(refusalText(staged.refusal));
  };
  const restore = () => {
    if (!pending) return;
    void run(async () => {
      const outcome = await sendCommand('restoreBackup', { upload: pending.upload });
      if (outcome.ok || (outcome.refusal.code !== 'notFound' && outcome.refusal.code !== 'unreachable')) return outcome;
      // The background stopped since the file was read, or while it wrote (one transaction: it
      // wrote nothing), and forgot the file: send it again.
      const again = await stageBackup(pending.file);
      return again.ok ? sendCommand('restoreBackup', { upload: again.value.upload }) : again;
    }).then((outcome) => {
      if (!outcome?.ok) return;
      setPending(null);
      setStatus(t('backupRestored'));
    });
  };
  const deleteAll = () =>
    void run(() => sendCommand('deleteAllData', { confirm: true })).then((outcome) => {
      if (!outcome?.ok) return;
      setConfirmDelete(false);
      setStatus(t('deleteAllDone'));
    });

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('dataTitle')}</h2>
      <p className="muted small">{t('dataHelp')}</p>
      <p className="row">
        <button type="button" onClick={() => void exportAll()}>{t('backupExport')}</button>
        <button type="button" onClick={() => void exportCsv()}>{t('csvExport')}</button>
        <button type="button" onClick={() => void exportCards()}>{t('vcardExport')}</button>
      </p>

      <ConnectionsImport />
      <CardsImport />

      <h3>{t('backupRestore')}</h3>
      <label className="field">
        <span>{t('backupFile')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {problem && <p className="error" role="alert">{problem}</p>}
      {pending && (
        <div className="confirm">
          <p>{t('backupHolds', pending.counts)}</p>
          <button type="button" className="primary" disabled={busy} onClick={restore}>{t('backupReplace')}</button>
        </div>
      )}

      <h3>{t('deleteAll')}</h3>
      {!confirmDelete ? (
        <button type="button" onClick={() => setConfirmDelete(true)} disabled={!counts}>{t('deleteAll')}…</button>
      ) : (
        counts && (
          <div className="confirm" role="alertdialog" aria-label={t('deleteAll')}>
            <p>{t('deleteAllWhat', counts)}</p>
            <button type="button" className="danger" disabled={busy} onClick={deleteAll}>{t('deleteAllConfirm')}</button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>{t('cancel')}</button>
          </div>
        )
      )}
      <p role="status">{status}</p>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
