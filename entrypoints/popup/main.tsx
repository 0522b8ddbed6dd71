import { PopupApp } from '@/components/popup/PopupApp';
import { mountPage } from '@/components/shared/mount-page';
import '@/assets/theme.css';
import '@/components/popup/popup.css';

mountPage(<PopupApp />);
