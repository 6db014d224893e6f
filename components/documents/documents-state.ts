import { createResource, onCleanup } from 'solid-js';
import { browser } from 'wxt/browser';
import { isChangedBroadcast } from '@/lib/messages';
import { send } from '@/lib/messaging/client';

/** The documents page's data from the background, re-read whenever the background says it wrote. */
export function createDocumentsState() {
  const [context, { refetch }] = createResource(() => send('documents.context', {}));
  const onMessage = (message: unknown) => {
    if (isChangedBroadcast(message)) void refetch();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  onCleanup(() => browser.runtime.onMessage.removeListener(onMessage));
  return { context, refetch };
}
