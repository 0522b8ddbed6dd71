import { useEffect, useState } from 'react';
import type { DraftExtras } from '@/core/drafts';
import type { DraftKind } from '@/core/draft-templates';
import type { Contact, DueReason } from '@/core/records';
import { t, type MessageKey } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { DraftPanel } from './DraftPanel';
import { FindOnSites } from './FindOnSites';
import { useDraftContext } from './use-draft-context';

/** The draft that fits each reason to get in touch, in one click. */
const ACTIONS: Record<DueReason, { kind: DraftKind; label: MessageKey }> = {
  'follow-up': { kind: 'followUp', label: 'draftFollowUp' },
  occasion: { kind: 'congratulate', label: 'draftCongratulate' },
  'new-year': { kind: 'newYear', label: 'draftNewYear' },
  reconnect: { kind: 'lunchInvite', label: 'draftLunchInvite' },
  'losing-touch': { kind: 'lunchInvite', label: 'draftLunchInvite' },
};

/** A draft to one contact, once asked for: only then are the settings and the last exchange read. */
export function ContactDraft({ contact, kind, onSent }: { contact: Contact; kind: DraftKind; onSent: () => void }) {
  const context = useDraftContext();
  const [extras, setExtras] = useState<DraftExtras | null>(null);
  useEffect(() => {
    let current = true;
    void sendCommand('getContactView', { id: contact.id }).then((outcome) => {
      // Without an answer the draft is still made, only without "our last exchange".
      if (current) setExtras(outcome.ok ? { lastInteraction: outcome.value.interactions[0] } : {});
    });
    return () => {
      current = false;
    };
  }, [contact.id]);
  if (!context || !extras) return <p className="small muted" role="status">{t('loading')}</p>;
  return <DraftPanel contact={contact} kind={kind} context={context} extras={extras} onSent={onSent} />;
}

/**
 * The action that fits why a person is due: Draft follow-up, Congratulate, Send wishes, Invite to
 * lunch; and, for someone with no profile yet (a business card), where to find them.
 */
export function DueActions({ contact }: { contact: Contact }) {
  const [drafting, setDrafting] = useState(false);
  const action = contact.dueReason ? ACTIONS[contact.dueReason] : undefined;
  if (!action && contact.profiles.length > 0) return null;
  return (
    <div className="due-more">
      {action && (
        <button type="button" className="draft-open" aria-expanded={drafting} onClick={() => setDrafting((open) => !open)}>
          {t(action.label)}
        </button>
      )}
      {contact.profiles.length === 0 && <FindOnSites name={contact.name} />}
      {drafting && action && <ContactDraft contact={contact} kind={action.kind} onSent={() => setDrafting(false)} />}
    </div>
  );
}
