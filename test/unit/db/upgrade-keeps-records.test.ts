import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings } from '../../../lib/db/meta';
import { DB_VERSION, MIGRATIONS } from '../../../lib/db/migrations';
import { type Database, openDatabase } from '../../../lib/db/open';
import { deleteProfile } from '../../../lib/db/profiles';
import { getProcessState } from '../../../lib/db/records/progress';
import { getSnapshot } from '../../../lib/db/records/snapshots';
import { getVaultRecord } from '../../../lib/db/records/vault';
import { SNAPSHOT_VERSION } from '../../../lib/documents/snapshot';
import { PROCESS_STATE_VERSION } from '../../../lib/process/state';
import { OLD_DATABASES, PROFILE_BRUDZEW, VAULT } from './fixtures/old-databases';
import { PROCESS_STATE_FIXTURES } from './fixtures/process-states';
import { SNAPSHOT_FIXTURES } from './fixtures/snapshots';

let dbName = '';
let counter = 0;
afterEach(() => indexedDB.deleteDatabase(dbName));

/** Builds an older release's database with raw IndexedDB and the records it had written. */
async function buildOld(version: number): Promise<void> {
  const old = OLD_DATABASES[version];
  if (!old) throw new Error(`no fixture for database version ${version}`);
  dbName = `upgrade-from-${version}-${counter++}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, version);
    request.onupgradeneeded = () => old.build(request.result, request.transaction as IDBTransaction);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = Object.keys(old.records);
  if (stores.length) {
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores)
      for (const record of old.records[store] ?? []) tx.objectStore(store).put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

/** The current shape, written out: every store with its key path and indexes. */
const CURRENT_SHAPE = {
  drafts: { keyPath: 'key', indexes: [] },
  fillReports: { keyPath: 'id', indexes: ['by-profile'] },
  mappings: { keyPath: 'id', indexes: [] },
  meta: { keyPath: 'key', indexes: [] },
  profiles: { keyPath: 'id', indexes: [] },
  progress: { keyPath: 'profileId', indexes: [] },
  scans: { keyPath: 'profileId', indexes: [] },
  snapshots: { keyPath: 'profileId', indexes: [] },
  vault: { keyPath: 'profileId', indexes: [] },
};

function shapeOf(db: Database) {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      return [name, { keyPath: store.keyPath, indexes: [...store.indexNames] }];
    }),
  );
}

/** toEqual does not look inside an ArrayBuffer (any two are equal): compare the scan's bytes as numbers. */
const comparable = (records: readonly unknown[]) =>
  records.map((record) =>
    record && typeof record === 'object' && 'bytes' in record && record.bytes instanceof ArrayBuffer
      ? { ...record, bytes: [...new Uint8Array(record.bytes)] }
      : record,
  );

const ALL_STORES = Object.keys(CURRENT_SHAPE) as (keyof typeof CURRENT_SHAPE)[];

describe('database upgrade ladder', () => {
  it('is at version 4, with a fixture of every older release', () => {
    expect(DB_VERSION).toBe(4);
    expect(MIGRATIONS).toHaveLength(4);
    // A new step needs the fixture of the release it upgrades from.
    expect(Object.keys(OLD_DATABASES).map(Number)).toEqual([1, 2, 3]);
  });

  for (const version of [1, 2, 3]) {
    it(`opens a database written by version ${version} with every record intact, in the current shape`, async () => {
      await buildOld(version);
      const db = await openDatabase(dbName);
      expect(db.version).toBe(4);
      expect(shapeOf(db)).toEqual(CURRENT_SHAPE);
      const records = OLD_DATABASES[version]?.records ?? {};
      for (const store of ALL_STORES)
        expect(comparable(await db.getAll(store)), store).toEqual(comparable(records[store] ?? []));
      db.close();
    });
  }

  it('reads the records of version 3 through the current readers, upgraded to the current versions', async () => {
    await buildOld(3);
    const db = await openDatabase(dbName);
    expect(await getProcessState(db, 'p-brudzew')).toEqual(PROCESS_STATE_FIXTURES[PROCESS_STATE_VERSION]);
    expect(await getSnapshot(db, 'p-brudzew')).toEqual(SNAPSHOT_FIXTURES[SNAPSHOT_VERSION]);
    expect(await getVaultRecord(db, 'p-brudzew')).toEqual(VAULT);
    expect(await getSettings(db)).toEqual({
      coordinatorEmail: 'it@powiat.example.pl',
      waitingThresholdDays: 21,
    });
    // The upgraded indexes still serve: deleting a municipality takes its fill reports along.
    await deleteProfile(db, PROFILE_BRUDZEW.id);
    expect(await db.getAll('fillReports')).toEqual([]);
    expect(await db.get('meta', 'activeProfileId')).toEqual({ key: 'activeProfileId', value: null });
    expect((await db.getAll('profiles')).map((p) => p.id)).toEqual(['p-lezyce']);
    db.close();
  });

  it('creates the same shape on a fresh install', async () => {
    dbName = `fresh-${counter++}`;
    const db = await openDatabase(dbName);
    expect(db.version).toBe(4);
    expect(shapeOf(db)).toEqual(CURRENT_SHAPE);
    db.close();
  });

  it('lets go of its connection when a newer version wants to upgrade', async () => {
    dbName = `blocking-${counter++}`;
    const db = await openDatabase(dbName);
    const newer = await openDB(dbName, 5, { upgrade() {} });
    expect(newer.version).toBe(5);
    newer.close();
    db.close();
  });
});
