import { useState } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { Combobox } from './Combobox';
import { useLatestAnswer } from './use-latest-answer';

interface Props {
  id: string;
  /** People not to offer (the person being introduced, those already chosen). */
  exclude: readonly string[];
  onPick: (contact: Contact) => void;
}

/** Another contact, found as you type a name, a company or a tag. */
export function ContactPicker({ id, exclude, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const found = useLatestAnswer(query, query.trim() !== '', async (text) => {
    const outcome = await sendCommand('findContacts', { query: text });
    return outcome.ok ? outcome.value : null;
  });
  const options = query.trim() ? found.filter((c) => !exclude.includes(c.id)) : [];

  return (
    <Combobox
      id={id}
      value={query}
      onInput={setQuery}
      options={options}
      open={open}
      onOpenChange={setOpen}
      optionKey={(contact) => contact.id}
      renderOption={(contact) => (
        <>
          <bdi>{contact.name}</bdi>
          {contact.company && <span className="muted small"> · <bdi>{contact.company}</bdi></span>}
        </>
      )}
      onPick={(contact) => {
        onPick(contact);
        setQuery('');
      }}
      listLabel={t('peopleFound')}
      placeholder={t('introduceSearch')}
    />
  );
}
