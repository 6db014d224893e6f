import { createResource, onCleanup } from 'solid-js';
import { browser } from 'wxt/browser';
import type { StoreName } from '@/lib/db/schema';
import { isChangedBroadcast } from '@/lib/messages';
import { send } from '@/lib/messaging/client';

/**
 * Runs `reread` whenever the background says it wrote to the database (to one of `stores`, when
 * given), for as long as the calling component lives: this is how every open page stays current.
 */
export function onDatabaseChange(reread: () => void, stores?: readonly StoreName[]): void {
  const onMessage = (message: unknown) => {
    if (isChangedBroadcast(message) && (!stores || message.stores.some((store) => stores.includes(store))))
      reread();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  onCleanup(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The municipalities as the background holds them, so popup and side panel show the same data. */
export function createAppState() {
  const [state, { refetch }] = createResource(() => send('state.get', undefined));
  onDatabaseChange(() => void refetch());
  return { state, refetch };
}
