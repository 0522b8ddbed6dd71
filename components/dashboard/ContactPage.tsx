import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { systemTimeZone } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { profileLabel } from '@/core/profile';
import { vcardOf } from '@/core/vcard';
import { ContactPicker } from '@/components/shared/ContactPicker';
import { KnownContact } from '@/components/sidebar/KnownContact';
import { ProfileHeader } from '@/components/sidebar/ProfileHeader';
import { UndoNotice } from '@/components/shared/UndoNotice';
import { useAction } from '@/components/shared/use-action';
import { useNow } from '@/components/shared/use-now';
import { formatDay, t } from '@/i18n';
import { describeDue } from '@/i18n/due-text';
import { tRich } from '@/i18n/rich';
import type { IntroductionView } from '@/messaging/protocol';
import { sendCommand } from '@/messaging/send-command';
import { db } from '@/storage/db';
import { download, fileName } from './download';
import { interactionsOf } from '@/storage/interactions';
import { introductionsOf } from '@/storage/introductions';

/**
 * Everything about one person in one place: the same parts as the sidebar (notes with the same
 * autosave, timeline, introductions, where we met, tags, cadence, how to write to them), the next
 * reminder and its reason, their profiles (open or unlink), and Delete with an undo.
 */
export function ContactPage({ id }: { id: string }) {
  const now = useNow();
  const data = useLiveQuery(async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const introductions = await introductionsOf(id);
    const others = await db.contacts.bulkGet(introductions.map((i) => (i.aId === id ? i.bId : i.aId)));
    const views: IntroductionView[] = introductions.flatMap((introduction, index) => (others[index] ? [{ introduction, other: others[index]! }] : []));
    return { contact, interactions: await interactionsOf(id), introductions: views };
  }, [id]);
  const [deleted, setDeleted] = useState<number | null>(null);
  const { busy, error, run } = useAction();

  const remove = () => void run(() => sendCommand('deleteContact', { id })).then((outcome) => outcome?.ok && setDeleted(outcome.value.undoUntil));
  const undo = () => void run(() => sendCommand('undoDeleteContact', { id })).then((outcome) => outcome?.ok && setDeleted(null));

  if (data === undefined) return <p role="status">{t('loading')}</p>;
  if (data === null) {
    return (
      <section className="card" aria-label={t('contactsTitle')}>
        {deleted !== null ? (
          <UndoNotice until={deleted} busy={busy} onUndo={undo}>{t('contactDeleted')}</UndoNotice>
        ) : (
          <p role="alert">{t('refusedNotFound')}</p>
        )}
        <a href="#contacts">{t('contactsBack')}</a>
        {error && <p className="error" role="alert">{error}</p>}
      </section>
    );
  }
  const { contact, interactions, introductions } = data;
  return (
    <section className="card contact-page" aria-label={contact.name}>
      <p><a href="#contacts">{t('contactsBack')}</a></p>
      <div className="sidebar">
        <ProfileHeader name={contact.name} headline={contact.headline ?? (contact.title && contact.company ? `${contact.title} · ${contact.company}` : contact.company)} location={contact.location} photoUrl={contact.photoUrl} site={contact.profiles[0]?.site ?? 'linkedin'} />
        <p className="small">
          <strong>{t('nextReminder')}</strong>{' '}
          {contact.nextDueAt === undefined ? t('nextReminderNone') : `${formatDay(contact.nextDueAt)} — ${describeDue(contact, Math.max(now, contact.nextDueAt), systemTimeZone())}`}
        </p>
        <h3>{t('profiles')}</h3>
        <ul className="profiles-list">
          {contact.profiles.map((profile) => (
            <li key={profile.key}>
              <a href={profile.url} target="_blank" rel="noreferrer noopener">{profileLabel(profile, contact.profiles)}</a>{' '}
              <button type="button" className="link" disabled={busy} onClick={() => void run(() => sendCommand('unlinkProfile', { contactId: id, key: profile.key }))}>
                {t('unlinkProfile', { site: profileLabel(profile, contact.profiles) })}
              </button>
            </li>
          ))}
          {contact.profiles.length === 0 && <li className="muted small">{t('noProfiles')}</li>}
        </ul>
        <KnownContact contact={contact} interactions={interactions} introductions={introductions} profileLinks={false} />
        <MergeWithAnother contact={contact} />
        <p className="row">
          <button type="button" onClick={() => download(`${fileName(data.contact.name)}.vcf`, vcardOf(data.contact), 'text/vcard;charset=utf-8')}>{t('vcardExportOne')}</button>
          <button type="button" className="danger" disabled={busy} onClick={remove}>{t('deleteContact')}</button>
        </p>
        {error && <p className="error" role="alert">{error}</p>}
      </div>
    </section>
  );
}

/** Another record of the same person fused into this one, with its undo. */
function MergeWithAnother({ contact }: { contact: Contact }) {
  const [mergeWith, setMergeWith] = useState<Contact | null>(null);
  const [merged, setMerged] = useState<{ name: string; undoUntil: number } | null>(null);
  const { busy, error, run } = useAction();
  const id = contact.id;
  const merge = () => {
    const other = mergeWith!;
    void run(() => sendCommand('mergeContacts', { keepId: id, otherId: other.id })).then((outcome) => {
      if (!outcome?.ok) return;
      setMergeWith(null);
      setMerged({ name: other.name, undoUntil: outcome.value.undoUntil });
    });
  };
  const unmerge = () => void run(() => sendCommand('undoMerge', { keepId: id })).then((outcome) => outcome?.ok && setMerged(null));

  return (
    <>
      <details className="card">
        <summary>{t('mergeWith')}</summary>
        <p className="small muted">{t('mergeHelp')}</p>
        {mergeWith ? (
          <p>
            {tRich('mergeConfirm', { other: <bdi>{mergeWith.name}</bdi>, keep: <bdi>{contact.name}</bdi> })}{' '}
            <button type="button" className="primary" disabled={busy} onClick={merge}>{t('mergeButton')}</button>{' '}
            <button type="button" className="link" onClick={() => setMergeWith(null)}>{t('cancel')}</button>
          </p>
        ) : (
          <ContactPicker id={`merge-${id}`} exclude={[id]} onPick={setMergeWith} />
        )}
      </details>
      {merged && (
        <UndoNotice until={merged.undoUntil} busy={busy} onUndo={unmerge}>{tRich('mergedWith', { name: <bdi>{merged.name}</bdi> })}</UndoNotice>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
