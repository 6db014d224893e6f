import { createResource, onCleanup } from 'solid-js';
import type { StoreName } from '@/lib/db/schema';
import { onDatabaseChanged, send } from '@/lib/messaging/client';

/**
 * Runs `reread` whenever the background says it wrote to the database (to one of `stores`, when
 * given), for as long as the calling component lives: this is how every open page stays current.
 */
export function onDatabaseChange(reread: () => void, stores?: readonly StoreName[]): void {
  const stop = onDatabaseChanged((changed) => {
    if (!stores || changed.some((store) => stores.includes(store))) reread();
  });
  onCleanup(stop);
}

/** The municipalities as the background holds them, so popup and side panel show the same data. */
export function createAppState() {
  const [state, { refetch }] = createResource(() => send('state.get', undefined));
  onDatabaseChange(() => void refetch());
  return { state, refetch };
}
