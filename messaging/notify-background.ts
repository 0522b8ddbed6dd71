import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

/** The protocol's one-way messages, which only the content script sends. */
type Notice = 'profileSeen';

/**
 * The content script's one-way messages to the background, in the protocol's wire format —
 * @webext-core/messaging's `{ id, type, data, timestamp }` — without the library's 3 kB, which
 * the content script would carry onto every page of three sites. The background receives them
 * with the same listener as every other message (tests/unit/background.test.ts sends this way).
 */
export async function notifyBackground<K extends Notice>(type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<void> {
  await browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
}
