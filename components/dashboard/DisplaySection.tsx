import { useEffect, useId, useState } from 'react';
import { SITE_IDS, SITES, type SiteId } from '@/core/sites';
import { t } from '@/i18n';
import { readStored, watchStored, writeStored } from '@/messaging/stored';
import { PANEL_SITES } from '@/messaging/stored-keys';

/**
 * Where Maille shows on each site: in the page (the sidebar beside the profile) or in the
 * browser's own side panel, which adds nothing to the site's page. Applies at once, in open tabs too.
 */
export function DisplaySection() {
  const id = useId();
  const [panelSites, setSites] = useState<SiteId[] | null>(null);
  useEffect(() => {
    void readStored(PANEL_SITES).then(setSites);
    return watchStored(PANEL_SITES, setSites);
  }, []);
  if (!panelSites) return null;

  const choose = (site: SiteId, inPanel: boolean) => void writeStored(PANEL_SITES, inPanel ? [...new Set([...panelSites, site])] : panelSites.filter((s) => s !== site));
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('displayTitle')}</h2>
      <p className="muted small">{t('displayHelp')}</p>
      {SITE_IDS.map((site) => (
        <label key={site} className="field">
          <span>{SITES[site].label}</span>
          <select value={panelSites.includes(site) ? 'panel' : 'page'} onChange={(e) => choose(site, e.target.value === 'panel')}>
            <option value="page">{t('displayInPage')}</option>
            <option value="panel">{t('displayInPanel')}</option>
          </select>
        </label>
      ))}
    </section>
  );
}
