import { acceptChangeFeedPort } from '@/handlers/change-feed';
import { handlers } from '@/handlers/commands';
import { onMessage, type ProtocolMap } from '@/messaging/protocol';

export default defineBackground(() => {
  // Registered synchronously at start-up: a message or port that wakes the worker finds them.
  for (const type of Object.keys(handlers) as (keyof ProtocolMap)[]) {
    const handle = handlers[type] as (data: unknown) => Promise<unknown>;
    onMessage(type, (message) => handle(message.data) as never);
  }
  browser.runtime.onConnect.addListener(acceptChangeFeedPort);
});
