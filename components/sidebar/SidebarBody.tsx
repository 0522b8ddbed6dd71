import type { ProfileIdentity } from '@/core/profile';
import { useProfileView } from './use-profile-view';
import { t } from '@/i18n';
import { tRich } from '@/i18n/rich';
import type { FrameState } from '@/messaging/frame-state';
import { AddContactForm } from './AddContactForm';
import { KnownContact } from './KnownContact';
import { LinkOffer } from './LinkOffer';
import { ProfileHeader } from './ProfileHeader';

/** The sidebar for one profile page: a known contact, an unknown person, or an unreadable page. */
export function SidebarBody({ frame }: { frame: FrameState }) {
  const identity: ProfileIdentity | undefined = frame.status === 'profile' ? frame.identity : undefined;
  const { state, reload } = useProfileView(frame.ref, identity?.name);

  // The person the page shows, at once: the background (perhaps asleep) answers the rest.
  if (state.status === 'loading') {
    return (
      <>
        {identity && <ProfileHeader {...identity} site={frame.ref.site} />}
        <p className="muted" role="status">{t('loading')}</p>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className="card">
        <p className="error">{state.message}</p>
        <button type="button" onClick={reload}>{t('retry')}</button>
      </div>
    );
  }
  const { contact, interactions, introductions, linkCandidates } = state.view;
  if (contact) {
    return (
      <>
        <ProfileHeader
          name={contact.name}
          headline={identity?.headline ?? contact.headline}
          company={contact.company}
          location={identity?.location ?? contact.location}
          photoUrl={identity?.photoUrl ?? contact.photoUrl}
          site={frame.ref.site}
        />
        <KnownContact key={contact.id} contact={contact} interactions={interactions} introductions={introductions} />
      </>
    );
  }
  if (!identity) {
    return (
      <>
        <div className="card" role="alert">
          <h2>{t('unreadableTitle')}</h2>
          <p className="small">{t('unreadableHelp')}</p>
        </div>
        <AddContactForm key={frame.ref.key} profileRef={frame.ref} nameGuess={frame.status === 'unreadable' ? frame.nameGuess : undefined} />
      </>
    );
  }
  return (
    <>
      <ProfileHeader {...identity} site={frame.ref.site} />
      <p>{tRich('notInMaille', { name: <bdi>{identity.name}</bdi> })}</p>
      {linkCandidates.length > 0 && <LinkOffer profileRef={frame.ref} identity={identity} candidates={linkCandidates} />}
      <AddContactForm key={frame.ref.key} profileRef={frame.ref} identity={identity} />
    </>
  );
}
