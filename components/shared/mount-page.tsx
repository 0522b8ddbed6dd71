import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLanguageSetting } from '@/i18n/apply-setting';

/** Starts one of Maille's pages (sidebar, popup, dashboard): the language first, then React. */
export function mountPage(page: ReactNode): void {
  void applyLanguageSetting().finally(() => createRoot(document.getElementById('root')!).render(<StrictMode>{page}</StrictMode>));
}
