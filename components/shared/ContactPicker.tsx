import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Contact } from '@/core/records';
import { t } from '@/i18n';
import { sendCommand } from '@/messaging/send-command';

interface Props {
  id: string;
  /** People not to offer (the person being introduced). */
  exclude: readonly string[];
  onPick: (contact: Contact) => void;
}

const ASK_AFTER_MS = 120;

/** Another contact, found as you type a name, a company or a tag (a combobox: arrows, Enter, Escape). */
export function ContactPicker({ id, exclude, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Contact[]>([]);
  const [active, setActive] = useState(-1);
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

  const shown = query.trim() !== '' && options.length > 0;
  const pick = (contact: Contact) => {
    onPick(contact);
    setQuery('');
    setOptions([]);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && options.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      pick(options[active]!);
    } else if (e.key === 'Escape') {
      setOptions([]);
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-people`}
        aria-activedescendant={shown && active >= 0 ? `${id}-person-${active}` : undefined}
        placeholder={t('introduceSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          if (!e.target.value.trim()) setOptions([]);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-people`} role="listbox" aria-label={t('peopleFound')} hidden={!shown} className="listbox">
        {options.map((contact, index) => (
          <li key={contact.id} id={`${id}-person-${index}`} role="option" aria-selected={index === active} onMouseDown={(e) => { e.preventDefault(); pick(contact); }}>
            <bdi>{contact.name}</bdi>
            {contact.company && <span className="muted small"> · <bdi>{contact.company}</bdi></span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
