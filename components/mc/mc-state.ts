import { createResource, createSignal } from 'solid-js';
import { onDatabaseChange } from '@/components/app-state';
import { send } from '@/lib/messaging/client';

/** mc.html's data from the background, re-read whenever the background says it wrote. */
export function createMcState() {
  const [profileId, setProfileId] = createSignal<string | undefined>(undefined);
  // The source is an object so the first read runs too (Solid skips a fetch while the source is undefined).
  const [context, { refetch }] = createResource(
    () => ({ id: profileId() }),
    ({ id }) => send('mc.context', id ? { profileId: id } : {}),
  );
  onDatabaseChange(() => void refetch());
  return { context, refetch, setProfileId };
}
