import { Dashboard } from '@/components/dashboard/Dashboard';
import { mountPage } from '@/components/shared/mount-page';
import '@/assets/theme.css';
// The contact page shows the sidebar's parts: their stylesheet first, the dashboard's over it.
import '@/components/sidebar/sidebar.css';
import '@/components/dashboard/dashboard.css';

mountPage(<Dashboard />);
