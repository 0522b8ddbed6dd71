import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLanguageSetting } from '@/i18n/apply-setting';
import { openPagePort } from './use-change-feed';

/** Starts one of Maille's pages (sidebar, popup, dashboard): its port to the background, the language, then React. */
export function mountPage(page: ReactNode): void {
  openPagePort();
  void applyLanguageSetting().finally(() => createRoot(document.getElementById('root')!).render(<StrictMode>{page}</StrictMode>));
}
