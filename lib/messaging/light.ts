import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from '../messages';
import { readWireAnswer, wireMessage } from './wire-answer';

const NO_ANSWER = 'Rozszerzenie nie odpowiada. Odśwież stronę i spróbuj ponownie.';

/**
 * `send` for the always-on ePUAP script, which carries no messaging library (its 6 KB budget): the same
 * wire message as @webext-core/messaging's (lib/messaging/wire.ts), answered by the background's
 * messenger with `{ res }` or `{ err }`. The background applies the same sender rules to it.
 */
export async function sendLight<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const answer = await browser.runtime.sendMessage(wireMessage(type, data)).catch(() => undefined);
  return readWireAnswer<ResponseOf<K>>(answer, NO_ANSWER);
}
