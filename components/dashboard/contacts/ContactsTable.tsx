import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { contactState, type Sort, type SortKey } from '@/core/contacts-table';
import type { Contact } from '@/core/records';
import { SITES } from '@/core/sites';
import { Photo } from '@/components/shared/Photo';
import { formatShortDay, t, type MessageKey } from '@/i18n';
import { STATE_LABELS } from './contact-states';

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'name' },
  { key: 'company', label: 'company' },
  { key: 'lastContact', label: 'lastContact' },
  { key: 'nextDue', label: 'nextDue' },
];
const ROW_HEIGHT = 52;

interface Props {
  rows: readonly Contact[];
  /** False while only the first people are read: "select all shown" waits for everyone. */
  complete: boolean;
  selected: ReadonlySet<string>;
  onSelect: (selected: Set<string>) => void;
  sort: Sort | null;
  onSort: (key: SortKey) => void;
  now: number;
  timeZone: string;
}

/** The contacts as a table: a virtualized list that stays smooth at 30,000, sortable by column, each row selectable. */
export function ContactsTable({ rows, complete, selected, onSelect, sort, onSort, now, timeZone }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10, initialRect: { width: 900, height: 560 } });
  const allShownSelected = rows.length > 0 && rows.every((c) => selected.has(c.id));
  const toggle = (contactId: string) => {
    const next = new Set(selected);
    if (next.has(contactId)) next.delete(contactId);
    else next.add(contactId);
    onSelect(next);
  };

  return (
    <div role="table" aria-label={t('contactsTitle')} aria-rowcount={rows.length + 1} className="table">
      <div role="row" className="tr th">
        <span role="columnheader" className="td check-cell">
          <input type="checkbox" aria-label={t('selectAllShown')} checked={allShownSelected} disabled={!complete}
            onChange={(e) => onSelect(e.target.checked ? new Set([...selected, ...rows.map((c) => c.id)]) : new Set())} />
        </span>
        {COLUMNS.map(({ key, label }) => (
          <span key={key} role="columnheader" className={`td col-${key}`} aria-sort={sort?.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <button type="button" className="link" onClick={() => onSort(key)}>{t(label)}</button>
          </span>
        ))}
        <span role="columnheader" className="td col-sites">{t('profiles')}</span>
        <span role="columnheader" className="td col-tags">{t('tags')}</span>
        <span role="columnheader" className="td col-state">{t('filterState')}</span>
      </div>
      <div ref={scroller} className="table-body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const contact = rows[item.index]!;
            return <ContactRow key={contact.id} contact={contact} top={item.start} index={item.index} selected={selected.has(contact.id)} onToggle={toggle} now={now} timeZone={timeZone} />;
          })}
        </div>
      </div>
    </div>
  );
}

function ContactRow({ contact, top, index, selected, onToggle, now, timeZone }: { contact: Contact; top: number; index: number; selected: boolean; onToggle: (id: string) => void; now: number; timeZone: string }) {
  const state = contactState(contact, now, timeZone);
  return (
    <div role="row" aria-rowindex={index + 2} className="tr" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}>
      <span role="cell" className="td check-cell">
        <input type="checkbox" aria-label={t('selectContact', { name: contact.name })} checked={selected} onChange={() => onToggle(contact.id)} />
      </span>
      <span role="cell" className="td col-name">
        <Photo url={contact.photoUrl} name={contact.name} className="avatar" />
        <a href={`#contact/${encodeURIComponent(contact.id)}`}><bdi>{contact.name}</bdi></a>
      </span>
      <span role="cell" className="td col-company"><bdi>{contact.company}</bdi></span>
      <span role="cell" className="td col-lastContact">{contact.lastContactAt ? formatShortDay(contact.lastContactAt) : t('lastContactNever')}</span>
      <span role="cell" className="td col-nextDue">{contact.nextDueAt !== undefined ? formatShortDay(contact.nextDueAt) : '—'}</span>
      <span role="cell" className="td col-sites">{[...new Set(contact.profiles.map((p) => SITES[p.site].label))].join(', ')}</span>
      <span role="cell" className="td col-tags">{contact.tags.join(', ')}</span>
      <span role="cell" className={`td col-state state-${state}`}>{t(STATE_LABELS[state])}</span>
    </div>
  );
}
