import { mountPage } from '@/components/shared/mount-page';
import { PanelApp } from './PanelApp';
import '@/assets/theme.css';
import '@/assets/base.css';
import '@/components/sidebar/sidebar.css';
import '@/components/popup/popup.css';
import './panel.css';

mountPage(<PanelApp />);
