import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from '../messages';

const NO_ANSWER = 'Rozszerzenie nie odpowiada. Odśwież stronę i spróbuj ponownie.';

/**
 * `send` for the always-on ePUAP script, which carries no messaging library (its 6 KB budget): the same
 * wire message as @webext-core/messaging's (lib/messaging/wire.ts), answered by the background's
 * messenger with `{ res }` or `{ err }`. The background applies the same sender rules to it.
 */
export async function sendLight<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  const answer = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
    | { res?: ResponseOf<K>; err?: { message?: string } }
    | undefined;
  if (!answer) throw new Error(NO_ANSWER);
  if (answer.err) throw new Error(answer.err.message || NO_ANSWER);
  return answer.res as ResponseOf<K>;
}
