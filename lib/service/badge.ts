import { getActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { getProfile } from '../db/profiles';
import type { StoreName } from '../db/schema';
import { readSnapshot } from './process-handlers';

/** Writes to these stores can change the badge: progress, the active profile, its data. */
export const BADGE_STORES: readonly StoreName[] = ['progress', 'meta', 'profiles'];

export function affectsBadge(stores: readonly StoreName[]): boolean {
  return stores.some((store) => BADGE_STORES.includes(store));
}

/** The toolbar badge: steps done for the active municipality ("4/10"), empty when none is active. */
export async function progressBadgeText(db: Database, now: Date): Promise<string> {
  const id = await getActiveProfileId(db);
  const profile = id ? await getProfile(db, id) : undefined;
  if (!profile) return '';
  return (await readSnapshot(db, profile, now)).view.progressText;
}

/**
 * Returns `refresh()`: recomputes the badge and sets it. Refreshes run one after another, so a burst
 * of writes ends with the badge of the last state, never of an older one that finished later.
 */
export function createBadgeRefresher(
  compute: () => Promise<string>,
  setText: (text: string) => Promise<void>,
): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return () => {
    queue = queue.then(async () => setText(await compute())).catch(() => undefined);
    return queue;
  };
}
