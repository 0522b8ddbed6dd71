import type { ContactState, TableFilters } from '@/core/contacts-table';
import type { EventRecord } from '@/core/records';
import { SITE_IDS, SITES, type SiteId } from '@/core/sites';
import { t } from '@/i18n';
import { CONTACT_STATES, STATE_LABELS } from './contact-states';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  filters: TableFilters;
  onFilter: (patch: Partial<TableFilters>) => void;
  tags: readonly string[];
  events: readonly EventRecord[] | undefined;
}

/** The search box and the filters above the contacts table: tag, site, state, event, never contacted. */
export function ContactFilters({ query, onQuery, filters, onFilter, tags, events }: Props) {
  return (
    <div className="row filters">
      <label className="field grow">
        <span>{t('search')}</span>
        <input type="search" value={query} onChange={(e) => onQuery(e.target.value)} placeholder={t('searchHelp')} />
      </label>
      <label className="field">
        <span>{t('tags')}</span>
        <select value={filters.tag ?? ''} onChange={(e) => onFilter({ tag: e.target.value || undefined })}>
          <option value="">{t('filterAll')}</option>
          {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('filterSite')}</span>
        <select value={filters.site ?? ''} onChange={(e) => onFilter({ site: (e.target.value || undefined) as SiteId | undefined })}>
          <option value="">{t('filterAll')}</option>
          {SITE_IDS.map((site) => <option key={site} value={site}>{SITES[site].label}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('filterState')}</span>
        <select value={filters.state ?? ''} onChange={(e) => onFilter({ state: (e.target.value || undefined) as ContactState | undefined })}>
          <option value="">{t('filterAll')}</option>
          {CONTACT_STATES.map((state) => <option key={state} value={state}>{t(STATE_LABELS[state])}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('event')}</span>
        <select value={filters.eventId ?? ''} onChange={(e) => onFilter({ eventId: e.target.value || undefined })}>
          <option value="">{t('filterAll')}</option>
          {events?.map((event) => <option key={event.id} value={event.id}>{event.name}</option>)}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={!!filters.neverContacted} onChange={(e) => onFilter({ neverContacted: e.target.checked || undefined })} />
        {t('filterNeverContacted')}
      </label>
    </div>
  );
}
