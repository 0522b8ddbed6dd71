import { useEffect, useId, useState } from 'react';
import { SITE_IDS, SITES, type SiteId } from '@/core/sites';
import { t } from '@/i18n';
import { getPanelSites, setPanelSites, watchPanelSites } from '@/messaging/display-mode';

/**
 * Where Maille shows on each site: in the page (the sidebar beside the profile) or in the
 * browser's own side panel, which adds nothing to the site's page. Applies at once, in open tabs too.
 */
export function DisplaySection() {
  const id = useId();
  const [panelSites, setSites] = useState<SiteId[] | null>(null);
  useEffect(() => {
    void getPanelSites().then(setSites);
    return watchPanelSites(setSites);
  }, []);
  if (!panelSites) return null;

  const choose = (site: SiteId, inPanel: boolean) => void setPanelSites(inPanel ? [...panelSites, site] : panelSites.filter((s) => s !== site));
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
