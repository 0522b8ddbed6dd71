import { browser, type Browser } from 'wxt/browser';
import { useEffect, useRef } from 'react';
import { PAGE_SESSION } from '@/messaging/notes-draft';
import { CHANGE_FEED_PORT, type ChangeNotice } from '@/messaging/protocol';

const RECONNECT_MS = 500;

/**
 * Calls `onChange` for every change the background announces. The port drops when the service
 * worker stops; we reconnect (which wakes it) and refresh once, since changes may have been missed.
 */
export function useChangeFeed(onChange: (notice: ChangeNotice | null) => void): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    let port: Browser.runtime.Port | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const connect = (afterDrop: boolean) => {
      // The session in the name tells the background this page is alive (its notes drafts are its own).
      port = browser.runtime.connect({ name: `${CHANGE_FEED_PORT}:${PAGE_SESSION}` });
      port.onMessage.addListener((notice) => callback.current(notice as ChangeNotice));
      port.onDisconnect.addListener(() => {
        if (!closed) timer = setTimeout(() => connect(true), RECONNECT_MS);
      });
      if (afterDrop) callback.current(null);
    };
    connect(false);
    return () => {
      closed = true;
      clearTimeout(timer);
      port?.disconnect();
    };
  }, []);
}
