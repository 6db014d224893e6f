import type { Database } from './open';
import type { DraftRecord } from './schema';

export function listDrafts(db: Database): Promise<DraftRecord[]> {
  return db.getAll('drafts');
}

export async function putDraft(db: Database, draft: DraftRecord): Promise<void> {
  await db.put('drafts', draft);
}

export async function deleteDraft(db: Database, key: string): Promise<void> {
  await db.delete('drafts', key);
}
