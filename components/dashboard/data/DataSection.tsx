import { useId, useState } from 'react';
import { t } from '@/i18n';
import { BackupRestore } from './BackupRestore';
import { CardsImport } from './CardsImport';
import { ConnectionsImport } from './ConnectionsImport';
import { DataExports } from './DataExports';
import { DeleteEverything } from './DeleteEverything';

/**
 * Data in and out: a full backup to download, imports, a backup to restore (checked before
 * anything is written; all of it or nothing), and deleting everything after saying exactly what.
 * One status line for all of them.
 */
export function DataSection() {
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('dataTitle')}</h2>
      <p className="muted small">{t('dataHelp')}</p>
      <DataExports onExported={(file) => setStatus(t('backupExported', { file }))} />
      <ConnectionsImport />
      <CardsImport />
      <BackupRestore onStatus={setStatus} />
      <DeleteEverything onDeleted={() => setStatus(t('deleteAllDone'))} />
      <p role="status">{status}</p>
    </section>
  );
}
