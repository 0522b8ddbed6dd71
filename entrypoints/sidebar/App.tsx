import { useEffect } from 'react';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { useFrameStore } from './frame-store';
import { isFoldShortcut, setSidebarCollapsed } from '@/messaging/sidebar-fold';

const collapse = () => void setSidebarCollapsed(true);

/** The sidebar page: the profile comes from our URL fragment, set by the content script. */
export function App() {
  const frame = useFrameStore((s) => s.frame);
  const readFromLocation = useFrameStore((s) => s.readFromLocation);

  useEffect(() => {
    const read = () => readFromLocation(location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [readFromLocation]);

  // Same shortcut as on the page: with focus in the sidebar, Alt+Shift+M folds it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isFoldShortcut(event)) {
        event.preventDefault();
        collapse();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return <Sidebar frame={frame} onCollapse={collapse} />;
}
