import { memo, useState, type LiHTMLAttributes, type Ref } from 'react';
import { midnightAfter } from '@/core/local-day';
import { INTERACTION_KINDS, type Contact } from '@/core/records';
import { DueActions } from '@/components/shared/DueActions';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/i18n';
import { describeDue } from '@/i18n/due-text';
import { isolate } from '@/i18n/refusal-text';
import { sendCommand } from '@/messaging/send-command';
import { Photo } from '@/components/shared/Photo';

const SNOOZES = [
  [1, 'snoozeDay'],
  [7, 'snoozeWeekShort'],
  [30, 'snoozeMonth'],
] as const;

/** Extra attributes of the list item, for a virtualized list (position, measuring). */
export type RowProps = LiHTMLAttributes<HTMLLIElement> & { ref?: Ref<HTMLLIElement>; 'data-index'?: number };

interface Props {
  contact: Contact;
  now: number;
  timeZone: string;
  rowProps?: RowProps;
}

/**
 * One person to get back to: why, and Done / Snooze / open their profile. Rendered again only when
 * what it shows changed: each write the background makes brings the list anew (a live query), with
 * new objects for unchanged people — during a first sync, every batch re-rendered every entry.
 */
export const DueItem = memo(DueEntry, (before, after) =>
  before.now === after.now &&
  before.timeZone === after.timeZone &&
  before.rowProps?.['data-index'] === after.rowProps?.['data-index'] &&
  before.rowProps?.style?.transform === after.rowProps?.style?.transform &&
  before.rowProps?.ref === after.rowProps?.ref &&
  JSON.stringify(before.contact) === JSON.stringify(after.contact),
);

function DueEntry({ contact, now, timeZone, rowProps }: Props) {
  const [open, setOpen] = useState<'done' | 'snooze' | null>(null);
  const { busy, error, run } = useAction();
  const profile = contact.profiles[0];
  const toggle = (panel: 'done' | 'snooze') => setOpen((current) => (current === panel ? null : panel));

  return (
    <li {...rowProps} className={`due-item ${rowProps?.className ?? ''}`}>
      <div className="due-main">
        <Photo url={contact.photoUrl} name={contact.name} className="avatar" />
        <div className="due-text">
          <bdi className="due-name">{contact.name}</bdi>
          <span className="due-reason">{describeDue(contact, now, timeZone)}</span>
        </div>
      </div>
      <div className="due-actions">
        <button type="button" aria-expanded={open === 'done'} onClick={() => toggle('done')}>{t('done')}</button>
        <button type="button" aria-expanded={open === 'snooze'} onClick={() => toggle('snooze')}>{t('snooze')}</button>
        {profile && (
          <a className="button-link" href={profile.url} target="_blank" rel="noreferrer noopener" aria-label={t('openProfile', { name: isolate(contact.name) })}>↗</a>
        )}
      </div>
      <DueActions contact={contact} />
      {open === 'done' && (
        <div className="chooser" role="group" aria-label={t('logAs')}>
          {INTERACTION_KINDS.map((kind) => (
            <button key={kind} type="button" disabled={busy} onClick={() => void run(() => sendCommand('logInteraction', { contactId: contact.id, kind, at: Date.now() }))}>
              {t(`kind_${kind}`)}
            </button>
          ))}
        </div>
      )}
      {open === 'snooze' && (
        <div className="chooser" role="group" aria-label={t('snoozeFor')}>
          {SNOOZES.map(([days, label]) => (
            <button key={days} type="button" disabled={busy} onClick={() => void run(() => sendCommand('snoozeContact', { id: contact.id, until: midnightAfter(Date.now(), days, timeZone) }))}>
              {t(label)}
            </button>
          ))}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </li>
  );
}
