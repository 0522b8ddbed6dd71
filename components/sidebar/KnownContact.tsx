import { profileLabel } from '@/core/profile';
import type { Contact, Interaction } from '@/core/records';
import { SyncConflicts } from '@/components/shared/SyncConflicts';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import type { IntroductionView } from '@/messaging/protocol';
import { DueBanner } from './DueBanner';
import { PersonIntroductions } from './PersonIntroductions';
import { WritingTo } from './WritingTo';
import { CadenceSelect } from './CadenceSelect';
import { LogContactForm } from './LogContactForm';
import { MetSection } from './MetSection';
import { NotesField } from './NotesField';
import { TagsField } from './TagsField';
import { Timeline } from './Timeline';

/** Fields of a person set on two computers apart that the person may set back here; the others come from the profile or merge by themselves. */
const CHOOSABLE = new Set(['name', 'cadenceDays', 'met', 'language', 'register']);

/**
 * Everything Maille knows about a person, editable. `profileLinks`: the list of their profiles at
 * the end — off where the page shows them with more (the dashboard's contact page, with Unlink).
 */
export function KnownContact({ contact, interactions, introductions, profileLinks = true }: { contact: Contact; interactions: Interaction[]; introductions: IntroductionView[]; profileLinks?: boolean }) {
  return (
    <div className="stack">
      <DueBanner contact={contact} />
      <SyncConflicts id={contact.id} record={contact} choosable={CHOOSABLE}
        take={(field, value, kept) => sendCommand('updateContact', { id: contact.id, patch: { [field]: value }, base: { [field]: kept } })} />
      <NotesField contact={contact} />
      <LogContactForm contactId={contact.id} />
      <Timeline contact={contact} interactions={interactions} />
      <PersonIntroductions contact={contact} introductions={introductions} />
      <MetSection contact={contact} />
      <TagsField contact={contact} />
      <CadenceSelect contact={contact} />
      <WritingTo contact={contact} />
      {profileLinks && (
        <section aria-labelledby="profiles-title">
          <h3 id="profiles-title">{t('profiles')}</h3>
          <ul className="profiles">
            {contact.profiles.map((p) => (
              <li key={p.key}>
                <a href={p.url} target="_blank" rel="noreferrer noopener">{profileLabel(p, contact.profiles)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
