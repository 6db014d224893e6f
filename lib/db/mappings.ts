import { learnedLocatorsFor } from '../autofill/locator';
import type { LearnedMapping, Locator } from '../autofill/types';
import type { Database } from './open';

/** One learned locator per field of a page: learning the same field again replaces it. */
export async function putMapping(db: Database, mapping: LearnedMapping): Promise<void> {
  await db.put('mappings', { ...mapping, id: `${mapping.site}${mapping.pathPattern}#${mapping.fieldKey}` });
}

/** The locators learned for the page at `url`, by field key. */
export async function learnedFor(db: Database, url: string): Promise<Record<string, Locator>> {
  return learnedLocatorsFor(await db.getAll('mappings'), url);
}
