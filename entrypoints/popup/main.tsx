import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLanguageSetting } from '@/i18n/apply-setting';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/theme.css';
import '@/components/popup/popup.css';

void applyLanguageSetting().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  ),
);
