import { profilePath, type ProfileIdentity, type ProfileRef } from '@/core/profile';
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

/**
 * One person across sites, or under two addresses of one site: offer to attach this profile to a
 * same-name contact. A contact who already has an address on this site shows it, so the user can
 * tell the same person from a namesake.
 */
export function LinkOffer({ profileRef, identity, candidates }: Props) {
  const { busy, error, run } = useAction();
  const site = SITES[profileRef.site].label;
  const otherAddress = (contact: Contact) => contact.profiles.find((p) => p.site === profileRef.site);
  const sameSite = candidates.every((contact) => otherAddress(contact));
  return (
    <div className="card">
      <p className="small">{t(sameSite ? 'linkHintSameSite' : 'linkHint', { site })}</p>
      {candidates.map((contact) => {
        const other = otherAddress(contact);
        return (
          <button
            key={contact.id}
            className="primary"
            type="button"
            disabled={busy}
            onClick={() => void run(() => sendCommand('linkProfile', { contactId: contact.id, ref: profileRef, identity }))}
          >
            {tRich('linkTo', { name: <bdi>{contact.name}</bdi> })}
            {contact.company && <span className="button-detail"> · <bdi>{contact.company}</bdi></span>}
            {other && <span className="button-detail"> · {t('alsoAt', { address: profilePath(other) })}</span>}
          </button>
        );
      })}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
