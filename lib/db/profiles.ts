import type { Profile } from '../profile/schema';
import type { Database } from './open';

export function listProfiles(db: Database): Promise<Profile[]> {
  return db.getAll('profiles');
}

export function getProfile(db: Database, id: string): Promise<Profile | undefined> {
  return db.get('profiles', id);
}

export async function putProfile(db: Database, profile: Profile): Promise<void> {
  await db.put('profiles', profile);
}

export async function findByRegon(db: Database, regon: string): Promise<Profile | undefined> {
  if (!regon) return undefined;
  return db.getFromIndex('profiles', 'by-regon', regon);
}

/** Deletes a profile with its unsaved draft, and forgets it as the active one. */
export async function deleteProfile(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['profiles', 'drafts', 'meta'], 'readwrite');
  await tx.objectStore('profiles').delete(id);
  await tx.objectStore('drafts').delete(id);
  const active = await tx.objectStore('meta').get('activeProfileId');
  if (active?.value === id) await tx.objectStore('meta').put({ key: 'activeProfileId', value: null });
  await tx.done;
}
