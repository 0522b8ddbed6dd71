import { useEffect, useLayoutEffect } from 'react';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { useFrameStore } from './frame-store';
import { FRAME_STATE_EVENT } from '@/messaging/frame-state';
import { isFoldShortcut } from '@/messaging/sidebar-fold';
import { writeStored } from '@/messaging/stored';
import { SIDEBAR_FOLDED } from '@/messaging/stored-keys';

const collapse = () => void writeStored(SIDEBAR_FOLDED, true);

/** The sidebar page: the profile comes from the content script, through the first-paint script. */
export function App() {
  const frame = useFrameStore((s) => s.frame);
  const setFrame = useFrameStore((s) => s.setFrame);

  // React's first commit replaces the plain-DOM first paint (entrypoints/sidebar-first-paint.ts), in the same frame.
  useLayoutEffect(() => document.getElementById('first-paint')?.remove(), []);

  // The first-paint script receives the content script's messages; we follow what it kept.
  useEffect(() => {
    const read = () => setFrame(window.mailleFrameState ?? null);
    read();
    window.addEventListener(FRAME_STATE_EVENT, read);
    return () => window.removeEventListener(FRAME_STATE_EVENT, read);
  }, [setFrame]);

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
