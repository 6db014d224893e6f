import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseEnvelope, ResponseOf } from '../messages';

/** Sends one request of the protocol to the background and unwraps its answer. */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope = (await browser.runtime.sendMessage({ type, data })) as ResponseEnvelope<K> | undefined;
  if (!envelope) throw new Error('Rozszerzenie nie odpowiada. Zamknij i otwórz okno ponownie.');
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.data;
}
