import { createResource } from 'solid-js';
import { onDatabaseChange } from '@/components/app-state';
import { send } from '@/lib/messaging/client';

/** The documents page's data from the background, re-read whenever the background says it wrote. */
export function createDocumentsState() {
  const [context, { refetch }] = createResource(() => send('documents.context', {}));
  onDatabaseChange(() => void refetch());
  return { context, refetch };
}
