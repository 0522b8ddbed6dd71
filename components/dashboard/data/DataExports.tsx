import type { Backup } from '@/core/backup';
import { byName } from '@/core/contacts-table';
import { contactsCsv } from '@/core/csv-export';
import { toLocalDay } from '@/core/local-day';
import { vcardsOf } from '@/core/vcard';
import { settingsItem } from '@/messaging/settings';
import { exportRecords } from '@/storage/backup';
import { db } from '@/storage/db';
import { t } from '@/i18n';
import { download } from '../download';

/** Everything out: a full backup (records and settings), or the contacts as CSV or vCards. */
export function DataExports({ onExported }: { onExported: (file: string) => void }) {
  const exportAll = async () => {
    const backup: Backup = { ...(await exportRecords(Date.now())), settings: { ...(await settingsItem.getValue()) } };
    const file = `maille-backup-${toLocalDay(Date.now())}.json`;
    download(file, JSON.stringify(backup, null, 1), 'application/json');
    onExported(file);
  };
  const exportContacts = async (extension: 'csv' | 'vcf') => {
    const file = `maille-contacts-${toLocalDay(Date.now())}.${extension}`;
    const contacts = byName(await db.contacts.toArray());
    if (extension === 'csv') download(file, contactsCsv(contacts), 'text/csv;charset=utf-8');
    else download(file, vcardsOf(contacts), 'text/vcard;charset=utf-8');
    onExported(file);
  };
  return (
    <p className="row">
      <button type="button" onClick={() => void exportAll()}>{t('backupExport')}</button>
      <button type="button" onClick={() => void exportContacts('csv')}>{t('csvExport')}</button>
      <button type="button" onClick={() => void exportContacts('vcf')}>{t('vcardExport')}</button>
    </p>
  );
}
