import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLanguageSetting } from '@/i18n/apply-setting';
import { App } from './App';
import '@/components/theme.css';
import '@/components/sidebar/sidebar.css';

void applyLanguageSetting().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
