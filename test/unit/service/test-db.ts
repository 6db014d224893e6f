import 'fake-indexeddb/auto';
import { openDatabase } from '../../../lib/db/open';
import type { StoreName } from '../../../lib/db/schema';
import { emptyProfileInput, type Profile, type ProfileInput } from '../../../lib/profile/schema';
import type { Handlers } from '../../../lib/service/deps';
import { createHandlers } from '../../../lib/service/handlers';

let counter = 0;

/** The background's handlers over a fresh in-memory database, with a fixed clock and ids. */
export async function freshService() {
  const db = await openDatabase(`service-test-${counter++}`);
  const notified: StoreName[][] = [];
  let idCounter = 0;
  const handlers: Handlers = createHandlers({
    db,
    now: () => new Date('2026-11-24T12:00:00.000Z'),
    newId: () => `id-${++idCounter}`,
    notify: (stores) => notified.push(stores),
    sendToTab: async () => {
      throw new Error('No response');
    },
  });
  return { db, handlers, notified };
}

/** Saves municipalities through the service as the popup saves them (the fields not given empty). */
export async function saveProfiles(
  handlers: Handlers,
  ...inputs: Array<Partial<ProfileInput>>
): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (const values of inputs) {
    const saved = await handlers['profile.save']({ id: null, input: { ...emptyProfileInput(), ...values } });
    if (!saved.ok) throw new Error(saved.message);
    profiles.push(saved.profile);
  }
  return profiles;
}

/** A fresh service with one municipality saved. */
export async function serviceWithProfile(values: Partial<ProfileInput>) {
  const service = await freshService();
  const [profile] = await saveProfiles(service.handlers, values);
  if (!profile) throw new Error('profile');
  return { ...service, profile };
}
