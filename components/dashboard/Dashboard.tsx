import { useEffect, useState } from 'react';
import { t, type MessageKey } from '@/i18n';
import { ContactPage } from './ContactPage';
import { ContactsSection } from './contacts/ContactsSection';
import { DataSection } from './data/DataSection';
import { DisplaySection } from './DisplaySection';
import { EventPage } from './EventPage';
import { EventsSection } from './EventsSection';
import { HealthSection } from './HealthSection';
import { IntroductionsSection } from './IntroductionsSection';
import { NewsSection } from './NewsSection';
import { NewsWalk } from './NewsWalk';
import { SettingsSection } from './settings/SettingsSection';
import { SyncSection } from './settings/SyncSection';
import { TemplatesSection } from './templates/TemplatesSection';

/** Where the dashboard is, from its URL fragment: `#events`, `#event/<id>`, `#settings`. */
type Place =
  | { section: 'health' }
  | { section: 'contacts' }
  | { section: 'contact'; id: string }
  | { section: 'events' }
  | { section: 'event'; id: string }
  | { section: 'introductions' }
  | { section: 'news' }
  | { section: 'walk'; id: string }
  | { section: 'data' }
  | { section: 'settings' };

function placeOf(hash: string): Place {
  const [section, id] = hash.replace(/^#/, '').split('/');
  if (section === 'health') return { section: 'health' };
  if (section === 'contacts') return { section: 'contacts' };
  if (section === 'contact' && id) return { section: 'contact', id: decodeURIComponent(id) };
  if (section === 'events') return { section: 'events' };
  if (section === 'introductions') return { section: 'introductions' };
  if (section === 'data') return { section: 'data' };
  if (section === 'news') return id ? { section: 'walk', id: decodeURIComponent(id) } : { section: 'news' };
  if (section === 'event' && id) return { section: 'event', id: decodeURIComponent(id) };
  return { section: 'settings' };
}

const NAV: readonly { hash: string; label: MessageKey; sections: Place['section'][] }[] = [
  { hash: '#health', label: 'healthTitle', sections: ['health'] },
  { hash: '#contacts', label: 'contactsTitle', sections: ['contacts', 'contact'] },
  { hash: '#events', label: 'eventsTitle', sections: ['events', 'event'] },
  { hash: '#introductions', label: 'introductions', sections: ['introductions'] },
  { hash: '#news', label: 'newsTitle', sections: ['news', 'walk'] },
  { hash: '#data', label: 'dataTitle', sections: ['data'] },
  { hash: '#settings', label: 'settingsTitle', sections: ['settings'] },
];

/** The dashboard (options page, in a tab): one section at a time, each with its own address. */
export function Dashboard() {
  const [place, setPlace] = useState(() => placeOf(location.hash));
  useEffect(() => {
    const follow = () => setPlace(placeOf(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <main className="dashboard">
      <header>
        <h1>{t('appName')}</h1>
        <nav aria-label={t('dashboardNav')}>
          {NAV.map((item) => (
            <a key={item.hash} href={item.hash} aria-current={item.sections.includes(place.section) ? 'page' : undefined}>{t(item.label)}</a>
          ))}
        </nav>
      </header>
      {place.section === 'health' && <HealthSection />}
      {place.section === 'contacts' && <ContactsSection />}
      {place.section === 'contact' && <ContactPage key={place.id} id={place.id} />}
      {place.section === 'events' && <EventsSection />}
      {place.section === 'event' && <EventPage key={place.id} id={place.id} />}
      {place.section === 'introductions' && <IntroductionsSection />}
      {place.section === 'news' && <NewsSection />}
      {place.section === 'walk' && <NewsWalk key={place.id} id={place.id} />}
      {place.section === 'data' && <DataSection />}
      {place.section === 'settings' && (
        <>
          <SettingsSection />
          <SyncSection />
          <DisplaySection />
          <TemplatesSection />
        </>
      )}
    </main>
  );
}
