import { browser } from 'wxt/browser';
import { useEffect, useRef } from 'react';
import { PAGE_SESSION } from '@/messaging/notes-draft';
import { CHANGE_FEED_PORT, type ChangeNotice } from '@/messaging/protocol';

const RECONNECT_MS = 500;

type Listener = (notice: ChangeNotice | null) => void;
const listeners = new Set<Listener>();
let opened = false;

/**
 * This page's one port to the background, open for the page's whole life (`mountPage` opens it):
 * it tells the background a Maille page is open — whose notes drafts are whose, and that sync
 * should follow the server's changes live — and carries the change notices. The port drops when
 * the service worker stops; it is opened again at once (which wakes the worker: measured, an
 * idle worker is stopped after 30 s even with a page open) and every listener refreshes once,
 * since changes may have been missed.
 */
export function openPagePort(): void {
  if (opened) return;
  opened = true;
  const connect = (afterDrop: boolean) => {
    // The session in the name tells the background this page is alive (its notes drafts are its own).
    const port = browser.runtime.connect({ name: `${CHANGE_FEED_PORT}:${PAGE_SESSION}` });
    port.onMessage.addListener((notice) => {
      for (const listener of listeners) listener(notice as ChangeNotice);
    });
    port.onDisconnect.addListener(() => setTimeout(() => connect(true), RECONNECT_MS));
    if (afterDrop) for (const listener of listeners) listener(null);
  };
  connect(false);
}

/** Calls `onChange` for every change the background announces (null: some may have been missed). */
export function useChangeFeed(onChange: (notice: ChangeNotice | null) => void): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    openPagePort();
    const listener: Listener = (notice) => callback.current(notice);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
