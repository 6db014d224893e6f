import type { Database } from './open';
import type { Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = {
  coordinatorEmail: 'koordynator@e-instytucja.pl',
  waitingThresholdDays: 14,
};

export async function getActiveProfileId(db: Database): Promise<string | null> {
  const record = await db.get('meta', 'activeProfileId');
  return record?.key === 'activeProfileId' ? record.value : null;
}

export async function setActiveProfileId(db: Database, id: string | null): Promise<void> {
  await db.put('meta', { key: 'activeProfileId', value: id });
}

export async function getSettings(db: Database): Promise<Settings> {
  const record = await db.get('meta', 'settings');
  return { ...DEFAULT_SETTINGS, ...(record?.key === 'settings' ? record.value : {}) };
}

export async function putSettings(db: Database, settings: Settings): Promise<void> {
  await db.put('meta', { key: 'settings', value: settings });
}
