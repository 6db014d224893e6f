import type { Database } from './open';
import { readSettings } from './records/settings';
import type { Settings } from './schema';

export async function getActiveProfileId(db: Database): Promise<string | null> {
  const record = await db.get('meta', 'activeProfileId');
  return record?.key === 'activeProfileId' && typeof record.value === 'string' ? record.value : null;
}

export async function setActiveProfileId(db: Database, id: string | null): Promise<void> {
  await db.put('meta', { key: 'activeProfileId', value: id });
}

/** The settings, each read with the current schema (a missing or damaged one as its default). */
export async function getSettings(db: Database): Promise<Settings> {
  const record = await db.get('meta', 'settings');
  return readSettings(record?.key === 'settings' ? record.value : undefined);
}

export async function putSettings(db: Database, settings: Settings): Promise<void> {
  await db.put('meta', { key: 'settings', value: settings });
}
