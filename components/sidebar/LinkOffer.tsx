import type { ProfileIdentity, ProfileRef } from '@/core/profile';
import { SITES } from '@/core/sites';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { useAction } from '@/components/shared/use-action';

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
      <p className="small">{t('linkHint', { site: SITES[profileRef.site].label })}</p>
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
