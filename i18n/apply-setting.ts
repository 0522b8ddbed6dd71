import { settingsItem } from '@/messaging/settings';
import { browserLanguage, setLanguage } from './index';

/** Uses the language chosen in the settings, or the browser's when it is "auto". */
export async function applyLanguageSetting(): Promise<void> {
  const { language } = await settingsItem.getValue();
  const chosen = language === 'auto' ? browserLanguage() : language;
  setLanguage(chosen);
  document.documentElement.lang = chosen;
}
