import { t } from '@/i18n';
import { syncStatusText } from '@/i18n/sync-text';
import { sendCommand } from '@/messaging/send-command';
import { useNow } from './use-now';
import { useAction } from './use-action';
import type { SyncStatus } from './use-sync';

/** How sync stands, in words, with "Sync now" (the popup and Settings → Sync). */
export function SyncStatusLine({ status }: { status: SyncStatus }) {
  const now = useNow();
  const { busy, error, run } = useAction();
  return (
    <div className="sync-status">
      <p role="status">{syncStatusText(status, now)}</p>
      <button type="button" disabled={busy} onClick={() => void run(() => sendCommand('syncNow', {}))}>{t('syncNow')}</button>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
