import type { DraftContext } from '@/core/drafts';
import { systemTimeZone } from '@/core/local-day';
import { getLanguage } from '@/i18n';
import { useSettings } from './use-settings';

/**
 * What drafts need from the settings (the writer's name, signature, templates) and the interface
 * language, kept current when the dashboard changes them. Null while loading.
 */
export function useDraftContext(): Omit<DraftContext, 'now'> | null {
  const settings = useSettings();
  if (!settings) return null;
  return { interfaceLanguage: getLanguage(), myName: settings.myName, signature: settings.signature, templates: settings.templates, timeZone: systemTimeZone() };
}
