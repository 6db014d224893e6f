/**
 * The Pismo ogólne's field keys as releases up to database version 4 and export format 2 wrote them
 * (Polish), and the keys the recipe uses since (lib/sites/epuap/pismo-ogolne.ts). They are stored in
 * learned fields (their `fieldKey` and id) and in fill reports, and travel in export files: the database
 * migration 4 → 5 (lib/db/migrations.ts) and the import of a format 2 file (lib/transfer/format.ts)
 * rename them with this one table. No other recipe ever used these keys, so a key alone says it is one.
 * Frozen: it describes what those releases wrote, whatever the recipe is called later.
 */
export const PISMO_KEYS_BEFORE_DB_5: Readonly<Record<string, string>> = Object.freeze({
  rodzaj: 'letterType',
  tytul: 'title',
  tresc: 'body',
  zalacznik: 'attachment',
});

/** The key a field has now: an old Pismo key renamed, any other key as it is. */
export function currentFieldKey(key: string): string {
  return Object.hasOwn(PISMO_KEYS_BEFORE_DB_5, key) ? (PISMO_KEYS_BEFORE_DB_5[key] as string) : key;
}

/** A learned field of a Pismo page with its current key and the id that key gives (`site + pathPattern + '#' + key`). */
export function withCurrentFieldKey<
  M extends { id: string; site: string; pathPattern: string; fieldKey: string },
>(mapping: M): M {
  const fieldKey = currentFieldKey(mapping.fieldKey);
  if (fieldKey === mapping.fieldKey) return mapping;
  return { ...mapping, fieldKey, id: `${mapping.site}${mapping.pathPattern}#${fieldKey}` };
}
