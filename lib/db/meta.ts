import type { Database } from './open';

export async function getActiveProfileId(db: Database): Promise<string | null> {
  return (await db.get('meta', 'activeProfileId'))?.value ?? null;
}

export async function setActiveProfileId(db: Database, id: string | null): Promise<void> {
  await db.put('meta', { key: 'activeProfileId', value: id });
}
