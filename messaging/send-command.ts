import { sendMessage, type CommandType, type ProtocolMap } from './protocol';

/**
 * Sends a command from a page. A background that cannot be reached (stopped mid-answer, being
 * updated) is an `unreachable` refusal, never a browser's internal message on screen.
 */
export async function sendCommand<K extends CommandType>(type: K, input: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>> {
  try {
    return (await sendMessage(type, input as never)) as ReturnType<ProtocolMap[K]>;
  } catch (error) {
    console.warn(`[Maille] ${type} did not reach the background`, error);
    return { ok: false, refusal: { code: 'unreachable' } } as ReturnType<ProtocolMap[K]>;
  }
}
