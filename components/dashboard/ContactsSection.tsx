import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ContactIndex } from '@/core/contact-index';
import { duplicatePairs, type DuplicatePair } from '@/core/duplicates';
import { contactState, tableRows, tagsInUse, type ContactState, type Sort, type SortKey, type TableFilters } from '@/core/contacts-table';
import { systemTimeZone } from '@/core/local-day';
import type { Contact } from '@/core/records';
import { SITE_IDS, SITES, type SiteId } from '@/core/sites';
import { CadenceOptions } from '@/components/shared/CadenceOptions';
import { UndoNotice } from '@/components/shared/UndoNotice';
import { useAction } from '@/components/shared/use-action';
import { useNow } from '@/components/shared/use-now';
import { formatShortDay, t, type MessageKey } from '@/i18n';
import { tRich } from '@/i18n/rich';
import { sendCommand } from '@/messaging/send-command';
import { listEvents } from '@/storage/events';
import { Photo } from '@/components/shared/Photo';
import { useAllContacts } from './use-all-contacts';

const STATES: Record<ContactState, MessageKey> = { fresh: 'stateFresh', due: 'stateDue', losingTouch: 'stateLosingTouch', noCadence: 'stateNoCadence' };
const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'name' },
  { key: 'company', label: 'company' },
  { key: 'lastContact', label: 'lastContact' },
  { key: 'nextDue', label: 'nextDue' },
];
const ROW_HEIGHT = 52;
const DUPLICATE_REASONS: Record<DuplicatePair['reason'], MessageKey> = {
  sameProfile: 'duplicateSameProfile',
  sameEmail: 'duplicateSameEmail',
  sameName: 'duplicateSameName',
};
/**
 * Every contact in one table: search as you type (through the index), filters, sorting on each
 * column, a virtualized list that stays smooth at 30,000, and bulk changes to the selection.
 */
export function ContactsSection() {
  const id = useId();
  const now = useNow();
  const timeZone = systemTimeZone();
  const contacts = useAllContacts();
  const events = useLiveQuery(() => listEvents(), []);
  const tags = useMemo(() => (contacts ? tagsInUse(contacts) : []), [contacts]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<TableFilters>({});
  const [sort, setSort] = useState<Sort | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkTag, setBulkTag] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  // The index lives as long as the page: built once the table shows (in chunks), then each change
  // of the records re-indexes only what changed.
  const index = useMemo(() => new ContactIndex(), []);
  const [indexed, setIndexed] = useState<readonly Contact[] | null>(null);
  useEffect(() => {
    if (!contacts) return;
    let current = true;
    void index.load(contacts).then(() => current && setIndexed(contacts));
    return () => {
      current = false;
    };
  }, [contacts, index]);
  const byId = useMemo(() => (contacts ? new Map(contacts.map((c) => [c.id, c])) : null), [contacts]);
  // Searched in the keystroke's own render: the search takes ~13 ms at 30,000 contacts, and a
  // deferred second render (useDeferredValue) made the rows follow ~10 ms later, p95 +30 ms.
  const searching = query.trim() !== '';
  const matches = useMemo(() => (indexed && searching ? index.search(query) : null), [indexed, index, query, searching]);
  const rows = useMemo(() => (byId ? tableRows(byId, matches, filters, sort, now, timeZone) : []), [byId, matches, filters, sort, now, timeZone]);
  const duplicates = useMemo(() => (contacts ? duplicatePairs(contacts) : []), [contacts]);
  const [mergedInto, setMergedInto] = useState<{ keepId: string; keep: string; other: string; undoUntil: number } | null>(null);
  const merge = (keep: Contact, other: Contact) =>
    void run(() => sendCommand('mergeContacts', { keepId: keep.id, otherId: other.id })).then((outcome) => outcome?.ok && setMergedInto({ keepId: keep.id, keep: keep.name, other: other.name, undoUntil: outcome.value.undoUntil }));
  const unmerge = (keepId: string) => void run(() => sendCommand('undoMerge', { keepId })).then((outcome) => outcome?.ok && setMergedInto(null));

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10, initialRect: { width: 900, height: 560 } });

  const setFilter = (patch: Partial<TableFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const sortBy = (key: SortKey) => setSort((current) => (current?.key === key ? { key, descending: !current.descending } : { key, descending: false }));
  const toggle = (contactId: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(contactId)) next.delete(contactId);
    else next.add(contactId);
    return next;
  });
  const bulk = (change: { addTag?: string; removeTag?: string; cadenceDays?: number | null }) =>
    void run(() => sendCommand('bulkEdit', { ids: [...selected], ...change })).then((outcome) => outcome?.ok && setDone(t('bulkDone', { count: outcome.value })));

  if (!contacts || !byId) return <p role="status">{t('loading')}</p>;
  if (contacts.length === 0) {
    return (
      <section aria-labelledby={`${id}-title`} className="card contacts">
        <h2 id={`${id}-title`}>{t('contactsTitle')}</h2>
        <p>{t('noContactsYet')} <a href="#data">{t('dataTitle')}</a></p>
      </section>
    );
  }
  const allShownSelected = rows.length > 0 && rows.every((c) => selected.has(c.id));
  const clearSearchAndFilters = () => {
    setQuery('');
    setFilters({});
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card contacts">
      <h2 id={`${id}-title`}>{t('contactsTitle')} <span className="muted">{contacts.length}</span></h2>
      <div className="row filters">
        <label className="field grow">
          <span>{t('search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchHelp')} />
        </label>
        <label className="field">
          <span>{t('tags')}</span>
          <select value={filters.tag ?? ''} onChange={(e) => setFilter({ tag: e.target.value || undefined })}>
            <option value="">{t('filterAll')}</option>
            {tags?.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('filterSite')}</span>
          <select value={filters.site ?? ''} onChange={(e) => setFilter({ site: (e.target.value || undefined) as SiteId | undefined })}>
            <option value="">{t('filterAll')}</option>
            {SITE_IDS.map((site) => <option key={site} value={site}>{SITES[site].label}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('filterState')}</span>
          <select value={filters.state ?? ''} onChange={(e) => setFilter({ state: (e.target.value || undefined) as ContactState | undefined })}>
            <option value="">{t('filterAll')}</option>
            {(Object.keys(STATES) as ContactState[]).map((state) => <option key={state} value={state}>{t(STATES[state])}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('event')}</span>
          <select value={filters.eventId ?? ''} onChange={(e) => setFilter({ eventId: e.target.value || undefined })}>
            <option value="">{t('filterAll')}</option>
            {events?.map((event) => <option key={event.id} value={event.id}>{event.name}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={!!filters.neverContacted} onChange={(e) => setFilter({ neverContacted: e.target.checked || undefined })} />
          {t('filterNeverContacted')}
        </label>
      </div>
      <p role="status" className="muted small">{searching && !indexed ? t('searchPreparing') : t('contactsShown', { count: rows.length })}</p>
      {duplicates.length > 0 && (
        <details className="duplicates">
          <summary>{t('duplicatesTitle', { count: duplicates.length })}</summary>
          <ul className="people">
            {duplicates.map(({ keep, other, reason }) => (
              <li key={`${keep.id}|${other.id}`}>
                <bdi>{keep.name}</bdi> · <bdi>{other.name}</bdi> <span className="muted small">— {t(DUPLICATE_REASONS[reason])}</span>{' '}
                <button type="button" disabled={busy} onClick={() => merge(keep, other)}>{t('mergeButton')}</button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mergedInto && (
        <UndoNotice until={mergedInto.undoUntil} busy={busy} onUndo={() => unmerge(mergedInto.keepId)}>{tRich('mergedInto', { other: <bdi>{mergedInto.other}</bdi>, keep: <bdi>{mergedInto.keep}</bdi> })}</UndoNotice>
      )}

      {selected.size > 0 && (
        <div className="bulk row" role="group" aria-label={t('bulkActions', { count: selected.size })}>
          <span>{t('bulkActions', { count: selected.size })}</span>
          <input aria-label={t('bulkTag')} placeholder={t('bulkTag')} value={bulkTag} onChange={(e) => setBulkTag(e.target.value)} />
          <button type="button" disabled={busy || !bulkTag.trim()} onClick={() => bulk({ addTag: bulkTag })}>{t('bulkAddTag')}</button>
          <button type="button" disabled={busy || !bulkTag.trim()} onClick={() => bulk({ removeTag: bulkTag })}>{t('bulkRemoveTag')}</button>
          <label>
            <span className="visually-hidden">{t('cadence')}</span>
            <select aria-label={t('bulkCadence')} value="" disabled={busy} onChange={(e) => e.target.value && bulk({ cadenceDays: e.target.value === 'none' ? null : Number(e.target.value) })}>
              <option value="">{t('bulkCadence')}</option>
              <CadenceOptions current={null} />
            </select>
          </label>
          <button type="button" className="link" onClick={() => setSelected(new Set())}>{t('bulkClear')}</button>
        </div>
      )}
      {done && <p className="small" role="status">{done}</p>}
      {error && <p className="error" role="alert">{error}</p>}

      {rows.length === 0 ? (
        <p>
          {t('contactsNoMatch')} <button type="button" className="link" onClick={clearSearchAndFilters}>{t('contactsClearFilters')}</button>
        </p>
      ) : (
        <div role="table" aria-label={t('contactsTitle')} aria-rowcount={rows.length + 1} className="table">
          <div role="row" className="tr th">
            <span role="columnheader" className="td check-cell">
              <input type="checkbox" aria-label={t('selectAllShown')} checked={allShownSelected}
                onChange={(e) => setSelected(e.target.checked ? new Set([...selected, ...rows.map((c) => c.id)]) : new Set())} />
            </span>
            {COLUMNS.map(({ key, label }) => (
              <span key={key} role="columnheader" className={`td col-${key}`} aria-sort={sort?.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="link" onClick={() => sortBy(key)}>{t(label)}</button>
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
      )}
    </section>
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
      <span role="cell" className={`td col-state state-${state}`}>{t(STATES[state])}</span>
    </div>
  );
}
