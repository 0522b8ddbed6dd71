import { SITE_LABELS, type SiteId } from '@/core/profile';
import { t } from '@/i18n';

interface Props {
  name: string;
  headline?: string;
  company?: string;
  location?: string;
  photoUrl?: string;
  site: SiteId;
}

/** Who the page shows. Host-page text is rendered as text only. */
export function ProfileHeader({ name, headline, company, location, photoUrl, site }: Props) {
  const sub = headline ?? company;
  return (
    <div className="person">
      {photoUrl ? <img className="photo" src={photoUrl} alt="" referrerPolicy="no-referrer" /> : <div className="photo placeholder" aria-hidden="true">{name.charAt(0)}</div>}
      <div>
        <h2 className="person-name">{name}</h2>
        {sub && <p className="muted">{sub}</p>}
        {location && <p className="muted small">{location}</p>}
        <p className="site small">{t('onSite', { site: SITE_LABELS[site] })}</p>
      </div>
    </div>
  );
}
