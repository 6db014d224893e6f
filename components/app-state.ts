import { createResource, onCleanup } from 'solid-js';
import { browser } from 'wxt/browser';
import { isChangedBroadcast } from '@/lib/messages';
import { send } from '@/lib/messaging/client';

/**
 * The municipalities as the background holds them, re-read whenever the background says the
 * database changed, so popup and side panel show the same data without a reload.
 */
export function createAppState() {
  const [state, { refetch }] = createResource(() => send('state.get', undefined));
  const onMessage = (message: unknown) => {
    if (isChangedBroadcast(message)) void refetch();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  onCleanup(() => browser.runtime.onMessage.removeListener(onMessage));
  return { state, refetch };
}
