import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import type { Outcome } from '@/core/commands';
import { CHANGE_FEED_PORT } from '@/messaging/protocol';

/** Starts a fresh background (new modules, empty database), as a worker start would. */
export async function startBackground() {
  // WXT's fake browser has no runtime ports: the change feed is tested with fake ports below.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  vi.resetModules();
  const { db } = await import('@/storage/db');
  await db.delete();
  await db.open();
  const { default: background } = await import('@/entrypoints/background/index');
  background.main();
  const feed = await import('@/entrypoints/background/change-feed');
  return feed;
}

/** Sends a protocol message the way the content script and sidebar do, and awaits the answer. */
export function answer<T>(type: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const sendResponse = (answer: { res?: T; err?: { message: string } }) => (answer.err ? reject(new Error(answer.err.message)) : resolve(answer.res as T));
    // The real event passes sendResponse third; the fake's typing only knows two arguments.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
    void trigger({ id: 1, type, data, timestamp: Date.now() }, {}, sendResponse);
  });
}

/** A command's value; a refusal fails with the refusal as its message. */
export async function send<T>(type: string, data: unknown): Promise<T> {
  const outcome = await answer<Outcome<T> | undefined>(type, data);
  if (outcome === undefined) return undefined as T;
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome.value;
}

export function fakePort(name = CHANGE_FEED_PORT) {
  const onDisconnect: (() => void)[] = [];
  const port = {
    name,
    postMessage: vi.fn(),
    onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
  };
  return { port: port as unknown as Browser.runtime.Port, postMessage: port.postMessage, disconnect: () => onDisconnect.forEach((l) => l()) };
}

