import { t } from '@/i18n';
import { SettingsSection } from './SettingsSection';
import { TemplatesSection } from './TemplatesSection';

/** The dashboard (options page, in a tab). Sections arrive with their issues: Settings first. */
export function Dashboard() {
  return (
    <main className="dashboard">
      <header>
        <h1>{t('appName')}</h1>
      </header>
      <SettingsSection />
      <TemplatesSection />
    </main>
  );
}
