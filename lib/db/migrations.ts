import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AssistantDB } from './schema';

type UpgradeTx = IDBPTransaction<AssistantDB, StoreNames<AssistantDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<AssistantDB>, tx: UpgradeTx) => void;

/**
 * The upgrade ladder: MIGRATIONS[n] takes a database from version n to n + 1. A step never
 * rewrites an earlier one, so a database written by any older release climbs to the current shape
 * with its records intact (test/unit/db/upgrade-keeps-records.test.ts opens each old shape).
 * Steps only use the upgrade transaction they are given and await nothing else (an await on
 * anything outside it would let the transaction commit half-way).
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first release kept only the profiles.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
  },
  // 1 → 2: look profiles up by REGON (import matches on it), keep popup drafts and the active profile.
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
];

export const DB_VERSION = MIGRATIONS.length;

export function runMigrations(db: IDBPDatabase<AssistantDB>, oldVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]?.(db, tx);
}
