import { browser } from 'wxt/browser';
import type { StoreName } from '../db/schema';
import type { MessageType, RequestOf, ResponseOf } from '../messages';
import { errorText } from '../text/errors';
import { messenger } from './wire';

export const CLIENT_MESSAGES = {
  noAnswer: 'Rozszerzenie nie odpowiada. Zamknij i otwórz okno ponownie.',
} as const;

/** The browser's words for "nobody listened" (Chrome, Firefox) and the messenger's own. */
const NO_ANSWER =
  /Could not establish connection|Receiving end does not exist|message port closed|No response/i;

/**
 * Sends one request of the protocol to the background and answers with its response; a refusal or a
 * handler's error comes back as an Error with the background's Polish message.
 */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  try {
    return (await (messenger.sendMessage as (t: K, d: RequestOf<K>) => Promise<unknown>)(
      type,
      data,
    )) as ResponseOf<K>;
  } catch (error) {
    const message = errorText(error, '');
    if (!message || NO_ANSWER.test(message)) throw new Error(CLIENT_MESSAGES.noAnswer);
    throw error instanceof Error ? error : new Error(message);
  }
}

const changeListeners = new Set<(stores: StoreName[]) => void>();
let stopListening: (() => void) | null = null;

/**
 * Calls `listener` with the stores the background wrote to, until the returned function is called.
 * Extension pages only (content scripts do not hear broadcasts). Only the background's broadcasts
 * count: a content script's runtime message reaches the pages too, and is ignored.
 */
export function onDatabaseChanged(listener: (stores: StoreName[]) => void): () => void {
  changeListeners.add(listener);
  stopListening ??= messenger.onMessage('broadcast.changed', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    if (sender.tab) return;
    const stores = Array.isArray(data) ? data : [];
    for (const notify of [...changeListeners]) notify(stores);
  });
  return () => {
    changeListeners.delete(listener);
    if (changeListeners.size === 0) {
      stopListening?.();
      stopListening = null;
    }
  };
}
