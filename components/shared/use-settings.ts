import { useEffect, useState } from 'react';
import { settingsItem, type Settings } from '@/messaging/settings';

/** The settings, kept current when the dashboard changes them. Null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  return settings;
}
