import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { tableRows, tagsInUse, type Sort, type SortKey, type TableFilters } from '@/core/contacts-table';
import { systemTimeZone } from '@/core/local-day';
import { useNow } from '@/components/shared/use-now';
import { t } from '@/i18n';
import { listEvents } from '@/storage/events';
import { BulkBar } from './BulkBar';
import { ContactFilters } from './ContactFilters';
import { ContactsTable } from './ContactsTable';
import { DuplicatePairs } from './DuplicatePairs';
import { useAllContacts } from './use-all-contacts';
import { useContactSearch } from './use-contact-search';

/**
 * Every contact in one table: search as you type (through the index), filters, sorting on each
 * column, a virtualized list that stays smooth at 30,000, and bulk changes to the selection.
 */
export function ContactsSection() {
  const id = useId();
  const now = useNow();
  const timeZone = systemTimeZone();
  const all = useAllContacts();
  const contacts = all?.contacts;
  const complete = all?.complete ?? false;
  const events = useLiveQuery(() => listEvents(), []);
  const tags = useMemo(() => (contacts ? tagsInUse(contacts) : []), [contacts]);
  const search = useContactSearch(contacts);
  const [filters, setFilters] = useState<TableFilters>({});
  const [sort, setSort] = useState<Sort | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Only a search needs contacts by id (a map of 10,000 is ~12 ms of a render).
  const searching = search.matches !== null;
  const byId = useMemo(() => (contacts && searching ? new Map(contacts.map((c) => [c.id, c])) : null), [contacts, searching]);
  const rows = useMemo(() => (contacts ? tableRows(contacts, byId, search.matches, filters, sort, now, timeZone) : []), [contacts, byId, search.matches, filters, sort, now, timeZone]);

  if (!contacts) return <p role="status">{t('loading')}</p>;
  const title = (
    <h2 id={`${id}-title`}>{t('contactsTitle')} {complete && contacts.length > 0 && <span className="muted">{contacts.length}</span>}</h2>
  );
  if (contacts.length === 0) {
    return (
      <section aria-labelledby={`${id}-title`} className="card contacts">
        {title}
        <p>{t('noContactsYet')} <a href="#data">{t('dataTitle')}</a></p>
      </section>
    );
  }
  const sortBy = (key: SortKey) => setSort((current) => (current?.key === key ? { key, descending: !current.descending } : { key, descending: false }));
  const clearSearchAndFilters = () => {
    search.setQuery('');
    setFilters({});
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card contacts">
      {title}
      <ContactFilters query={search.query} onQuery={search.setQuery} filters={filters} onFilter={(patch) => setFilters((f) => ({ ...f, ...patch }))} tags={tags} events={events} />
      <p role="status" className="muted small">
        {!complete ? t('contactsLoadingMore', { count: contacts.length }) : search.searching && !search.ready ? t('searchPreparing') : t('contactsShown', { count: rows.length })}
      </p>
      <DuplicatePairs contacts={contacts} />
      <BulkBar selected={selected} onClear={() => setSelected(new Set())} />
      {rows.length === 0 ? (
        <p>
          {t('contactsNoMatch')} <button type="button" className="link" onClick={clearSearchAndFilters}>{t('contactsClearFilters')}</button>
        </p>
      ) : (
        <ContactsTable rows={rows} complete={complete} selected={selected} onSelect={setSelected} sort={sort} onSort={sortBy} now={now} timeZone={timeZone} />
      )}
    </section>
  );
}
