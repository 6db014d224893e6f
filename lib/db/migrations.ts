/**
 * The upgrade ladder: MIGRATIONS[n] takes a database from version n to n + 1. A step never
 * rewrites an earlier one, so a database written by any older release climbs to the current shape
 * with its records intact (test/unit/db/upgrade-keeps-records.test.ts builds each old release's
 * database from a fixture and opens it).
 *
 * Steps see the raw IndexedDB objects, not the typed current schema: each describes the shape of its
 * own time (a later step may drop what an earlier one made). They only use the upgrade transaction
 * they are given and await nothing else (an await on anything outside it would let the transaction
 * commit half-way). The records themselves (process progress, snapshots…) carry their own versions
 * and are upgraded when read: lib/db/records.
 */
import { currentFieldKey } from './legacy-field-keys';

type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field entry of a stored fill report whose key the Pismo recipe no longer uses. */
const hasOldKey = (f: unknown): f is Record<string, unknown> & { key: string } =>
  isObject(f) && typeof f.key === 'string' && currentFieldKey(f.key) !== f.key;

/** Visits every record of a store in the upgrade transaction (callbacks only: nothing else is awaited). */
function eachRecord(store: IDBObjectStore, visit: (cursor: IDBCursorWithValue) => void): void {
  const request = store.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    visit(cursor);
    cursor.continue();
  };
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first release kept only the profiles.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
  },
  // 1 → 2: popup drafts and the active profile. It also made a `by-regon` index that nothing ever
  // read (the import matches REGONs in memory); 3 → 4 drops it.
  (db, tx) => {
    tx.objectStore('profiles').createIndex('by-regon', 'regon');
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 2 → 3: the certificate process per municipality, learned fields and fill reports, the documents
  // (application snapshot, signed scan) and the encrypted password vault.
  (db) => {
    db.createObjectStore('progress', { keyPath: 'profileId' });
    db.createObjectStore('mappings', { keyPath: 'id' });
    db.createObjectStore('fillReports', { keyPath: 'id' }).createIndex('by-profile', 'profileId');
    db.createObjectStore('snapshots', { keyPath: 'profileId' });
    db.createObjectStore('scans', { keyPath: 'profileId' });
    db.createObjectStore('vault', { keyPath: 'profileId' });
  },
  // 3 → 4: drop the unread `by-regon` index (the profiles stay as they are).
  (_db, tx) => {
    tx.objectStore('profiles').deleteIndex('by-regon');
  },
  // 4 → 5: the Pismo ogólne's field keys in English (`tytul` → `title`…, lib/db/legacy-field-keys.ts).
  // A learned field is keyed by `site + pathPattern + '#' + fieldKey`, so it moves to its new id; a fill
  // report keeps its id and gets the new keys in its fields. Records of another shape stay as they are.
  (_db, tx) => {
    const mappings = tx.objectStore('mappings');
    eachRecord(mappings, (cursor) => {
      const m: unknown = cursor.value;
      if (!isObject(m) || typeof m.site !== 'string' || typeof m.pathPattern !== 'string') return;
      if (typeof m.fieldKey !== 'string' || currentFieldKey(m.fieldKey) === m.fieldKey) return;
      const fieldKey = currentFieldKey(m.fieldKey);
      cursor.delete();
      mappings.put({ ...m, fieldKey, id: `${m.site}${m.pathPattern}#${fieldKey}` });
    });
    eachRecord(tx.objectStore('fillReports'), (cursor) => {
      const record: unknown = cursor.value;
      if (!isObject(record) || !isObject(record.report) || !Array.isArray(record.report.fields)) return;
      const fields: unknown[] = record.report.fields;
      if (!fields.some(hasOldKey)) return;
      const renamed = fields.map((f) => (hasOldKey(f) ? { ...f, key: currentFieldKey(f.key) } : f));
      cursor.update({ ...record, report: { ...record.report, fields: renamed } });
    });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function runMigrations(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]?.(db, tx);
}
