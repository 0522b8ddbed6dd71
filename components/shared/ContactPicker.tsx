import { useEffect, useRef, useState } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';
import { Combobox } from './Combobox';

interface Props {
  id: string;
  /** People not to offer (the person being introduced, those already chosen). */
  exclude: readonly string[];
  onPick: (contact: Contact) => void;
}

const ASK_AFTER_MS = 120;

/** Another contact, found as you type a name, a company or a tag. */
export function ContactPicker({ id, exclude, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Contact[]>([]);
  const [open, setOpen] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    const ask = ++asked.current;
    if (!query.trim()) return;
    const timer = setTimeout(() => {
      void sendCommand('findContacts', { query }).then((outcome) => {
        if (ask === asked.current && outcome.ok) setOptions(outcome.value.filter((c) => !exclude.includes(c.id)));
      });
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [query, exclude]);

  return (
    <Combobox
      id={id}
      value={query}
      onInput={(text) => {
        setQuery(text);
        if (!text.trim()) setOptions([]);
      }}
      options={query.trim() ? options : []}
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
        setOptions([]);
      }}
      listLabel={t('peopleFound')}
      placeholder={t('introduceSearch')}
    />
  );
}
