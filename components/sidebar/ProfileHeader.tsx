import { useEffect } from 'react';
import { SITES, type SiteId } from '@/core/sites';
import { t } from '@/i18n';
import { markNameShown } from './name-mark';
import { Photo } from '@/components/shared/Photo';

interface Props {
  name: string;
  headline?: string;
  company?: string;
  location?: string;
  photoUrl?: string;
  site: SiteId;
}

/**
 * Who the page shows. Host-page text is rendered as text only. The frame's first paint draws the
 * same markup before React loads (`entrypoints/sidebar-first-paint.ts`): keep the two in step.
 */
export function ProfileHeader({ name, headline, company, location, photoUrl, site }: Props) {
  const sub = headline ?? company;
  useEffect(() => markNameShown(name), [name]);
  return (
    <div className="person">
      <Photo url={photoUrl} name={name} className="photo" />
      <div>
        <h2 className="person-name" dir="auto">{name}</h2>
        {sub && <p className="muted" dir="auto">{sub}</p>}
        {location && <p className="muted small" dir="auto">{location}</p>}
        <p className="site small">{t('onSite', { site: SITES[site].label })}</p>
      </div>
    </div>
  );
}
