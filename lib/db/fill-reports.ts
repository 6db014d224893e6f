import type { FillReport } from '../autofill/types';
import type { Database } from './open';

/** The last fill of each form for each municipality. */
const reportId = (profileId: string, recipeId: string) => `${profileId}|${recipeId}`;

export async function putFillReport(db: Database, profileId: string, report: FillReport): Promise<void> {
  await db.put('fillReports', { id: reportId(profileId, report.recipeId), profileId, report });
}

export async function getFillReport(
  db: Database,
  profileId: string,
  recipeId: string,
): Promise<FillReport | null> {
  return (await db.get('fillReports', reportId(profileId, recipeId)))?.report ?? null;
}
