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

  // Every older version is written exactly as that release wrote it, with raw IndexedDB
  // (not through the current code), then opened by the current code.
  for (let version = 1; version < DB_VERSION; version++) {
    it(`opens a database written by version ${version} with every record intact`, async () => {
      dbName = `upgrade-test-${version}-${counter++}`;
      const old = await openDB(dbName, 1, {
        upgrade(db) {
          db.createObjectStore('profiles', { keyPath: 'id' });
        },
      });
      const records = [oldProfile('a', '311019349'), oldProfile('b', ''), oldProfile('c', '123456785')];
      for (const record of records) await old.put('profiles', record);
      old.close();

      const db = await openDatabase(dbName);
      expect(db.version).toBe(DB_VERSION);
      expect((await db.getAll('profiles')).sort((x, y) => x.id.localeCompare(y.id))).toEqual(records);
      expect((await findByRegon(db, '123456785'))?.id).toBe('c');
      expect(await db.getAll('drafts')).toEqual([]);
      db.close();
    });
  }

  it('creates the current shape on a fresh install', async () => {
    dbName = `fresh-${counter++}`;
    const db = await openDatabase(dbName);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'meta', 'profiles']);
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
