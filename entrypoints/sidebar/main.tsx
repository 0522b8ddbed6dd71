import { mountPage } from '@/components/shared/mount-page';
import { App } from './App';
import '@/assets/theme.css';
import '@/assets/base.css';
import '@/components/sidebar/sidebar.css';

mountPage(<App />);
