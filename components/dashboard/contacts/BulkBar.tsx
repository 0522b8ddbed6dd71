import { useState } from 'react';
import { CadenceOptions } from '@/components/shared/CadenceOptions';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

/** What can be done to the selected contacts at once: a tag added or removed, a cadence. */
export function BulkBar({ selected, onClear }: { selected: ReadonlySet<string>; onClear: () => void }) {
  const [tag, setTag] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const bulk = (change: { addTag?: string; removeTag?: string; cadenceDays?: number | null }) =>
    void run(() => sendCommand('bulkEdit', { ids: [...selected], ...change })).then((outcome) => outcome?.ok && setDone(t('bulkDone', { count: outcome.value })));

  return (
    <>
      {selected.size > 0 && (
        <div className="bulk row" role="group" aria-label={t('bulkActions', { count: selected.size })}>
          <span>{t('bulkActions', { count: selected.size })}</span>
          <input aria-label={t('bulkTag')} placeholder={t('bulkTag')} value={tag} onChange={(e) => setTag(e.target.value)} />
          <button type="button" disabled={busy || !tag.trim()} onClick={() => bulk({ addTag: tag })}>{t('bulkAddTag')}</button>
          <button type="button" disabled={busy || !tag.trim()} onClick={() => bulk({ removeTag: tag })}>{t('bulkRemoveTag')}</button>
          <label>
            <span className="visually-hidden">{t('cadence')}</span>
            <select aria-label={t('bulkCadence')} value="" disabled={busy} onChange={(e) => e.target.value && bulk({ cadenceDays: e.target.value === 'none' ? null : Number(e.target.value) })}>
              <option value="">{t('bulkCadence')}</option>
              <CadenceOptions current={null} />
            </select>
          </label>
          <button type="button" className="link" onClick={onClear}>{t('bulkClear')}</button>
        </div>
      )}
      {done && <p className="small" role="status">{done}</p>}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
