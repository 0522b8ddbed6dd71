import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { SyncStatusLine } from '@/components/shared/SyncStatusLine';
import { useAction } from '@/components/shared/use-action';
import { useSync, type SyncServer } from '@/components/shared/use-sync';
import { t } from '@/i18n';
import { syncProblemText } from '@/i18n/sync-text';
import { sendCommand } from '@/messaging/send-command';
import { serverBase, serverOrigin } from '@/sync/server-check';

/** Settings → Sync (issue 22): the form that turns it on, or how it stands and what to do. */
export function SyncSection() {
  const sync = useSync();
  return (
    <section aria-labelledby="sync-title" className="card">
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <p className="muted">{t('syncIntro')}</p>
      {sync === undefined ? <p role="status">{t('loading')}</p> : sync.server ? <SyncOn server={sync.server} status={sync.status} /> : <SyncForm />}
    </section>
  );
}

function SyncOn({ server, status }: { server: SyncServer; status: NonNullable<ReturnType<typeof useSync>>['status'] }) {
  const { busy, error, run } = useAction();
  const lost = status.problem === 'databaseGone' || status.problem === 'databaseReplaced';
  return (
    <>
      <p>{t('syncOnWith', { database: server.database, server: server.url })}</p>
      <SyncStatusLine status={status} />
      {lost && <button type="button" className="primary" disabled={busy} onClick={() => void run(() => sendCommand('uploadAgain', {}))}>{t('syncUploadAgain')}</button>}{' '}
      <button type="button" disabled={busy} onClick={() => void run(() => sendCommand('turnOffSync', {}))}>{t('syncTurnOff')}</button>
      <p className="muted">{t('syncOffNote')}</p>
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}

const EMPTY = { url: '', database: 'maille', user: '', password: '', passphrase: '' };
type Field = keyof typeof EMPTY;
const FIELDS: { name: Field; label: Parameters<typeof t>[0]; type: string; autoComplete: string }[] = [
  { name: 'url', label: 'syncServer', type: 'url', autoComplete: 'url' },
  { name: 'database', label: 'syncDatabase', type: 'text', autoComplete: 'off' },
  { name: 'user', label: 'syncUser', type: 'text', autoComplete: 'username' },
  { name: 'password', label: 'syncPassword', type: 'password', autoComplete: 'current-password' },
  { name: 'passphrase', label: 'syncPassphrase', type: 'password', autoComplete: 'new-password' },
];

function SyncForm() {
  const [draft, setDraft] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const base = serverBase(draft.url);
    if (!base) return setProblem(syncProblemText('insecureAddress'));
    if (draft.passphrase.length < 8) return setProblem(t('syncPassphraseShort'));
    // The browser asks the person for this one server, in this click: never at install.
    void browser.permissions.request({ origins: [serverOrigin(base)] }).then(
      (granted) => (granted ? void run(() => sendCommand('turnOnSync', draft)) : setProblem(syncProblemText('noPermission'))),
      () => setProblem(syncProblemText('noPermission')),
    );
  };

  return (
    <form onSubmit={submit} className="sync-form">
      {FIELDS.map(({ name, label, type, autoComplete }) => (
        <label key={name} className="field">
          <span>{t(label)}</span>
          <input
            name={name}
            type={type}
            autoComplete={autoComplete}
            required={name !== 'user' && name !== 'password'}
            placeholder={name === 'url' ? 'https://couch.example.org' : undefined}
            aria-describedby={name === 'passphrase' ? 'sync-passphrase-hint' : undefined}
            value={draft[name]}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        </label>
      ))}
      <p id="sync-passphrase-hint" className="muted">{t('syncPassphraseHint')}</p>
      <button type="submit" className="primary" disabled={busy}>{busy ? t('syncRunning') : t('syncTurnOn')}</button>
      {(problem ?? error) && <p className="error" role="alert">{problem ?? error}</p>}
    </form>
  );
}
