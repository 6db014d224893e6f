import 'fake-indexeddb/auto';
import { openDatabase } from '../../../lib/db/open';
import type { StoreName } from '../../../lib/db/schema';
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
