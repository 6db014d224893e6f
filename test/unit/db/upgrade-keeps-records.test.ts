import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { learnedFor } from '../../../lib/db/mappings';
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

/** Release 3's learned title field after 4 → 5: its new key and the id that key gives. */
const TITLE_AFTER_5 = {
  id: 'epuap.gov.pl/wps/portal/*#title',
  site: 'epuap.gov.pl',
  pathPattern: '/wps/portal/*',
  fieldKey: 'title',
  locator: {
    framePath: [{ index: 0, src: '/fe-model-web/' }],
    tag: 'input',
    id: 'j_id_7:tytul',
    labelText: 'Tytuł',
  },
  learnedAt: '2026-03-05T08:00:00.000Z',
};

/** The stores a step rewrites: every other store keeps its records as the old release wrote them. */
const REWRITTEN_BY_5: ReadonlySet<string> = new Set(['mappings', 'fillReports']);

describe('database upgrade ladder', () => {
  it('is at version 5, with a fixture of every older release', () => {
    expect(DB_VERSION).toBe(5);
    expect(MIGRATIONS).toHaveLength(5);
    // A new step needs the fixture of the release it upgrades from.
    expect(Object.keys(OLD_DATABASES).map(Number)).toEqual([1, 2, 3, 4]);
  });

  for (const version of [1, 2, 3, 4]) {
    it(`opens a database written by version ${version} with every record intact, in the current shape`, async () => {
      await buildOld(version);
      const db = await openDatabase(dbName);
      expect(db.version).toBe(5);
      expect(shapeOf(db)).toEqual(CURRENT_SHAPE);
      const records = OLD_DATABASES[version]?.records ?? {};
      for (const store of ALL_STORES.filter((s) => !REWRITTEN_BY_5.has(s)))
        expect(comparable(await db.getAll(store)), store).toEqual(comparable(records[store] ?? []));
      for (const store of ALL_STORES.filter((s) => REWRITTEN_BY_5.has(s)))
        expect(await db.count(store), store).toBe(records[store]?.length ?? 0);
      db.close();
    });
  }

  it('4 → 5: moves the Pismo ogólne learned fields to their English keys and ids, MC fields as they were', async () => {
    await buildOld(4);
    const db = await openDatabase(dbName);
    expect(await db.getAll('mappings')).toEqual([
      {
        id: 'epuap.gov.pl/wps/myportal/*#attachment',
        site: 'epuap.gov.pl',
        pathPattern: '/wps/myportal/*',
        fieldKey: 'attachment',
        locator: { framePath: [], tag: 'button', labelText: 'Dodaj plik' },
        learnedAt: '2026-11-20T09:00:00.000Z',
      },
      TITLE_AFTER_5,
      {
        id: 'formularz.mc.gov.pl/wniosek#p12Password',
        site: 'formularz.mc.gov.pl',
        pathPattern: '/wniosek',
        fieldKey: 'p12Password',
        locator: { framePath: [], tag: 'input', type: 'password', name: 'haslo1' },
        learnedAt: '2026-11-21T09:00:00.000Z',
      },
    ]);
    // The current reader finds them under the recipe's keys.
    expect(Object.keys(await learnedFor(db, 'https://epuap.gov.pl/wps/myportal/pismo'))).toEqual([
      'attachment',
    ]);
    expect(await learnedFor(db, 'https://epuap.gov.pl/wps/portal/pismo')).toEqual({
      title: TITLE_AFTER_5.locator,
    });
    db.close();
  });

  it('4 → 5: renames the Pismo ogólne keys in the stored fill reports, the rest of each report unchanged', async () => {
    await buildOld(4);
    const db = await openDatabase(dbName);
    expect(await db.getAll('fillReports')).toEqual([
      {
        id: 'p-brudzew|epuap/pismo-ogolne',
        profileId: 'p-brudzew',
        report: {
          recipeId: 'epuap/pismo-ogolne',
          url: 'https://epuap.gov.pl/wps/myportal/strefa-klienta/pismo',
          startedAt: '2026-11-20T09:59:50.000Z',
          finishedAt: '2026-11-20T10:00:00.000Z',
          fields: [
            {
              key: 'recipient',
              label: 'Adresat',
              status: 'filled',
              message: 'Wybrano adresata.',
              foundBy: 'label',
            },
            {
              key: 'letterType',
              label: 'Rodzaj pisma',
              status: 'already',
              message: 'Już wybrane.',
              foundBy: 'label',
            },
            { key: 'title', label: 'Tytuł pisma', status: 'filled', message: 'Wpisano.', foundBy: 'learned' },
            { key: 'body', label: 'Treść pisma', status: 'conflict', message: 'Wpisano inną treść.' },
            { key: 'attachment', label: 'Załącznik', status: 'hint', message: 'Dodaj załącznik.' },
          ],
          ok: false,
        },
      },
      {
        id: 'p-brudzew|mc/formularz-certyfikatu',
        profileId: 'p-brudzew',
        report: {
          recipeId: 'mc/formularz-certyfikatu',
          url: 'https://formularz.mc.gov.pl/wniosek',
          startedAt: '2026-11-21T10:59:50.000Z',
          finishedAt: '2026-11-21T11:00:00.000Z',
          fields: [{ key: 'regon', label: 'REGON', status: 'filled', message: 'Wpisano.', foundBy: 'label' }],
          ok: true,
        },
      },
    ]);
    db.close();
  });

  it('3 → 4 → 5: a version 3 database climbs both steps, its learned field and report renamed', async () => {
    await buildOld(3);
    const db = await openDatabase(dbName);
    expect(await db.getAll('mappings')).toEqual([TITLE_AFTER_5]);
    expect((await db.getAll('fillReports')).map((r) => r.report.fields)).toEqual([
      [{ key: 'title', label: 'Tytuł', status: 'filled', message: 'Wpisano.', foundBy: 'label', frame: [0] }],
    ]);
    expect(await db.get('profiles', 'p-lezyce')).toEqual(OLD_DATABASES[3]?.records.profiles?.[1]);
    db.close();
  });

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
    expect(db.version).toBe(5);
    expect(shapeOf(db)).toEqual(CURRENT_SHAPE);
    db.close();
  });

  it('lets go of its connection when a newer version wants to upgrade', async () => {
    dbName = `blocking-${counter++}`;
    const db = await openDatabase(dbName);
    const newer = await openDB(dbName, 6, { upgrade() {} });
    expect(newer.version).toBe(6);
    newer.close();
    db.close();
  });
});
