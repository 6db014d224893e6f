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
type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

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
];

export const DB_VERSION = MIGRATIONS.length;

export function runMigrations(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]?.(db, tx);
}
