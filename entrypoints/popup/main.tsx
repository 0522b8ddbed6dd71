import { PopupApp } from '@/components/popup/PopupApp';
import { mountPage } from '@/components/shared/mount-page';
import '@/assets/theme.css';
import '@/assets/base.css';
import '@/components/popup/popup.css';

mountPage(<PopupApp />);
