import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../lib/db/migrations';
import { openDatabase } from '../../../lib/db/open';
import { findByRegon } from '../../../lib/db/profiles';

let dbName = '';
let counter = 0;
afterEach(() => indexedDB.deleteDatabase(dbName));

/** A profile as release 1 stored it (the record shape has not changed since). */
const oldProfile = (id: string, regon: string) => ({
  id,
  municipality: `Gmina ${id}`,
  officeName: '',
  street: '',
  buildingNumber: '',
  postalCode: '',
  town: '',
  regon,
  nip: '',
  teryt: '',
  email: '',
  phone: '',
  platformDomain: '',
  signatoryName: '',
  signatoryRole: '',
  epuapLogin: '',
  epuapOrgId: '',
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
});

describe('database upgrade ladder', () => {
  it('has one step per version', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  // Every older release's database, built with raw IndexedDB exactly as that release built it
  // (not through the current code), holding the records that release wrote.
  const OLD_RELEASES: Record<number, (db: IDBDatabase, tx: IDBTransaction) => void> = {
    1: (db) => {
      db.createObjectStore('profiles', { keyPath: 'id' });
    },
    2: (db, tx) => {
      if (!db.objectStoreNames.contains('profiles')) db.createObjectStore('profiles', { keyPath: 'id' });
      tx.objectStore('profiles').createIndex('by-regon', 'regon');
      db.createObjectStore('drafts', { keyPath: 'key' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  };

  for (let version = 1; version < DB_VERSION; version++) {
    it(`opens a database written by version ${version} with every record intact`, async () => {
      dbName = `upgrade-test-${version}-${counter++}`;
      const old = await openDB(dbName, version, {
        upgrade(db, _old, _new, tx) {
          OLD_RELEASES[version]?.(db as unknown as IDBDatabase, tx as unknown as IDBTransaction);
        },
      });
      const records = [oldProfile('a', '311019349'), oldProfile('b', ''), oldProfile('c', '123456785')];
      for (const record of records) await old.put('profiles', record);
      const draft = {
        key: 'new',
        input: { municipality: 'Gmina Łężyce' },
        updatedAt: '2026-02-01T10:00:00.000Z',
      };
      if (version >= 2) {
        await old.put('drafts', draft);
        await old.put('meta', { key: 'activeProfileId', value: 'c' });
      }
      old.close();

      const db = await openDatabase(dbName);
      expect(db.version).toBe(DB_VERSION);
      expect((await db.getAll('profiles')).sort((x, y) => x.id.localeCompare(y.id))).toEqual(records);
      expect((await findByRegon(db, '123456785'))?.id).toBe('c');
      expect(await db.getAll('drafts')).toEqual(version >= 2 ? [draft] : []);
      expect(await db.get('meta', 'activeProfileId')).toEqual(
        version >= 2 ? { key: 'activeProfileId', value: 'c' } : undefined,
      );
      expect(await db.getAll('progress')).toEqual([]);
      db.close();
    });
  }

  it('creates the current shape on a fresh install', async () => {
    dbName = `fresh-${counter++}`;
    const db = await openDatabase(dbName);
    expect([...db.objectStoreNames].sort()).toEqual([
      'drafts',
      'fillReports',
      'mappings',
      'meta',
      'profiles',
      'progress',
      'scans',
      'snapshots',
      'vault',
    ]);
    db.close();
  });

  it('lets go of its connection when a newer version wants to upgrade', async () => {
    dbName = `blocking-${counter++}`;
    const db = await openDatabase(dbName);
    const newer = await openDB(dbName, DB_VERSION + 1, { upgrade() {} });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    db.close();
  });
});
