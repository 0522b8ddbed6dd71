import { Dashboard } from '@/components/dashboard/Dashboard';
import { mountPage } from '@/components/shared/mount-page';
import '@/assets/theme.css';
import '@/assets/base.css';
import '@/components/dashboard/dashboard.css';

mountPage(<Dashboard />);
