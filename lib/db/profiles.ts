import type { Profile } from '../profile/schema';
import type { Database } from './open';
import { PER_PROFILE_STORES } from './schema';

export function listProfiles(db: Database): Promise<Profile[]> {
  return db.getAll('profiles');
}

export function getProfile(db: Database, id: string): Promise<Profile | undefined> {
  return db.get('profiles', id);
}

export async function putProfile(db: Database, profile: Profile): Promise<void> {
  await db.put('profiles', profile);
}

/** Deletes a profile with everything kept for it, and forgets it as the active one. */
export async function deleteProfile(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['profiles', 'meta', 'fillReports', ...PER_PROFILE_STORES], 'readwrite');
  await tx.objectStore('profiles').delete(id);
  for (const store of PER_PROFILE_STORES) await tx.objectStore(store).delete(id);
  for (const key of await tx.objectStore('fillReports').index('by-profile').getAllKeys(id))
    await tx.objectStore('fillReports').delete(key);
  const active = await tx.objectStore('meta').get('activeProfileId');
  if (active?.value === id) await tx.objectStore('meta').put({ key: 'activeProfileId', value: null });
  await tx.done;
}

/** The municipality a page asked for when it still exists, else the active one, else none. */
export function chooseProfileId(
  profiles: readonly Profile[],
  requested: string | null | undefined,
  active: string | null,
): string | null {
  const exists = (id: string | null | undefined): id is string => !!id && profiles.some((p) => p.id === id);
  return exists(requested) ? requested : exists(active) ? active : null;
}
