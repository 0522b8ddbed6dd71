import { useState } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { DraftPanel } from './DraftPanel';
import { FindOnSites } from './FindOnSites';
import { useDraftContext } from './use-draft-context';

/** The draft, once asked for: only then are the settings it needs read. */
function FollowUpDraft({ contact, onSent }: { contact: Contact; onSent: () => void }) {
  const context = useDraftContext();
  if (!context) return <p className="small muted" role="status">{t('loading')}</p>;
  return <DraftPanel contact={contact} kind="followUp" context={context} onSent={onSent} />;
}

/**
 * The action that fits why a person is due, in one click: "Draft follow-up" for a follow-up; and,
 * for someone with no profile yet (a business card), where to find them.
 */
export function DueActions({ contact }: { contact: Contact }) {
  const [drafting, setDrafting] = useState(false);
  const canDraft = contact.dueReason === 'follow-up';
  if (!canDraft && contact.profiles.length > 0) return null;
  return (
    <div className="due-more">
      {canDraft && (
        <button type="button" className="draft-open" aria-expanded={drafting} onClick={() => setDrafting((open) => !open)}>
          {t('draftFollowUp')}
        </button>
      )}
      {contact.profiles.length === 0 && <FindOnSites name={contact.name} />}
      {drafting && <FollowUpDraft contact={contact} onSent={() => setDrafting(false)} />}
    </div>
  );
}
