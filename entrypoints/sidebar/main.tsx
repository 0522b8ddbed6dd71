import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLanguage } from '@/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = getLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
