import { SITE_LABELS, type ProfileIdentity, type ProfileRef } from '@/core/profile';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { useAction } from '@/hooks/use-action';

interface Props {
  profileRef: ProfileRef;
  identity: ProfileIdentity;
  candidates: Contact[];
}

/** One person across sites: offer to attach this profile to a same-name contact. */
export function LinkOffer({ profileRef, identity, candidates }: Props) {
  const { busy, error, run } = useAction();
  return (
    <div className="card">
      <p className="small">{t('linkHint', { site: SITE_LABELS[profileRef.site] })}</p>
      {candidates.map((contact) => (
        <button
          key={contact.id}
          className="primary"
          type="button"
          disabled={busy}
          onClick={() => void run(() => sendCommand('linkProfile', { contactId: contact.id, ref: profileRef, identity }))}
        >
          {tRich('linkTo', { name: <bdi>{contact.name}</bdi> })}
          {contact.company && <span className="button-detail"> · <bdi>{contact.company}</bdi></span>}
        </button>
      ))}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
