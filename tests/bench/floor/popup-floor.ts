// The floor of opening Maille's popup (issue 23): the popup's stylesheets and framework, and one
// entry rendered with no data — what any popup built this way costs before it reads anything.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/theme.css';
import '@/assets/base.css';
import '@/components/popup/popup.css';

const entry = createElement('ul', null, createElement('li', { className: 'due-item' }, 'Claire Fontaine'));
createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement('main', { className: 'popup' }, entry)));
