import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { applyLanguageSetting } from '@/i18n/apply-setting';
import '@/components/theme.css';
import '@/components/dashboard/dashboard.css';

void applyLanguageSetting().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Dashboard />
    </StrictMode>,
  ),
);
