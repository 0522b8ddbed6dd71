import { SITE_IDS, SITES, peopleSearchUrl } from '@/core/sites';
import { t } from '@/i18n';

/** "Find on LinkedIn / Viadeo / XING": each site's own people search for the name, in a new tab. */
export function FindOnSites({ name }: { name: string }) {
  return (
    <p className="find-on small">
      {SITE_IDS.map((site) => (
        <a key={site} href={peopleSearchUrl(site, name)} target="_blank" rel="noreferrer noopener">
          {t('findOn', { site: SITES[site].label })}
        </a>
      ))}
    </p>
  );
}
