import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSettings, putSettings } from '../../../lib/db/meta';
import { type Database, openDatabase } from '../../../lib/db/open';
import { StoredRecordError } from '../../../lib/db/records/ladder';
import { readSettings } from '../../../lib/db/records/settings';
import {
  getSnapshot,
  listSnapshots,
  readSnapshot,
  SNAPSHOT_STEPS,
  StoredSnapshotSchema,
} from '../../../lib/db/records/snapshots';
import { getVaultRecord } from '../../../lib/db/records/vault';
import { ApplicationSnapshotSchema, SNAPSHOT_VERSION } from '../../../lib/documents/snapshot';
import { VAULT } from './fixtures/old-databases';
import { SNAPSHOT_FIXTURES } from './fixtures/snapshots';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const latestSnapshot = SNAPSHOT_FIXTURES[SNAPSHOT_VERSION] as Record<string, unknown>;

let db: Database;
let name = '';
let counter = 0;
beforeEach(async () => {
  name = `records-${counter++}`;
  db = await openDatabase(name);
});
afterEach(() => {
  db.close();
  indexedDB.deleteDatabase(name);
});

describe('application snapshots', () => {
  it('have one step per older version and a fixture of every version', () => {
    expect(SNAPSHOT_VERSION).toBe(1);
    expect(Object.keys(SNAPSHOT_STEPS).map(Number)).toEqual(range(1, SNAPSHOT_VERSION - 1));
    expect(Object.keys(SNAPSHOT_FIXTURES).map(Number)).toEqual(range(1, SNAPSHOT_VERSION));
    for (let version = 1; version < SNAPSHOT_VERSION; version++)
      expect(SNAPSHOT_STEPS[version]?.(structuredClone(SNAPSHOT_FIXTURES[version] ?? {}))).toEqual(
        SNAPSHOT_FIXTURES[version + 1],
      );
    expect(ApplicationSnapshotSchema.parse(structuredClone(latestSnapshot))).toEqual(latestSnapshot);
  });

  it('are read in the current shape, and refused when newer or damaged without being touched', async () => {
    for (const [version, fixture] of Object.entries(SNAPSHOT_FIXTURES))
      expect(readSnapshot(structuredClone(fixture))).toEqual({
        ok: true,
        value: latestSnapshot,
        from: Number(version),
      });
    const newer = { profileId: 'b', snapshot: { ...latestSnapshot, version: 2 } as never };
    const damaged = { profileId: 'c', snapshot: { ...latestSnapshot, date: '2026-03-04' } as never };
    await db.put('snapshots', { profileId: 'a', snapshot: structuredClone(latestSnapshot) as never });
    await db.put('snapshots', newer);
    await db.put('snapshots', damaged);
    expect(await getSnapshot(db, 'a')).toEqual(latestSnapshot);
    expect(await getSnapshot(db, 'none')).toBeUndefined();
    await expect(getSnapshot(db, 'b')).rejects.toThrow(
      'Zapis danych z wydrukowanego wniosku: zapisano w nowszej wersji asystenta (2). Zaktualizuj rozszerzenie. Zapisane dane pozostały nienaruszone.',
    );
    await expect(getSnapshot(db, 'c')).rejects.toThrow(/uszkodzony \(pole date\)/);
    expect(await listSnapshots(db)).toEqual([{ profileId: 'a', snapshot: latestSnapshot }]);
    expect(await db.get('snapshots', 'b')).toEqual(newer);
    expect(await db.get('snapshots', 'c')).toEqual(damaged);
    expect(StoredSnapshotSchema.safeParse(newer.snapshot).success).toBe(false);
  });
});

describe('settings', () => {
  it('read as the defaults when none are stored', async () => {
    expect(await getSettings(db)).toEqual({
      coordinatorEmail: 'koordynator@e-instytucja.pl',
      waitingThresholdDays: 14,
    });
  });

  it('keep every valid stored value and read a missing or damaged one as its default', async () => {
    const stored = { coordinatorEmail: 'it@powiat.example.pl', waitingThresholdDays: 21 };
    await putSettings(db, stored);
    expect(await getSettings(db)).toEqual(stored);
    // As a release before the reminder threshold would have stored it.
    await db.put('meta', { key: 'settings', value: { coordinatorEmail: 'it@powiat.example.pl' } as never });
    expect(await getSettings(db)).toEqual({
      coordinatorEmail: 'it@powiat.example.pl',
      waitingThresholdDays: 14,
    });
    for (const days of [0, 366, 1.5, '21', null])
      expect(readSettings({ coordinatorEmail: 'it@powiat.example.pl', waitingThresholdDays: days })).toEqual({
        coordinatorEmail: 'it@powiat.example.pl',
        waitingThresholdDays: 14,
      });
    expect(readSettings({ coordinatorEmail: 'nie-adres', waitingThresholdDays: 30, legacy: true })).toEqual({
      coordinatorEmail: 'koordynator@e-instytucja.pl',
      waitingThresholdDays: 30,
    });
    for (const raw of [undefined, null, 'tekst', [1]])
      expect(readSettings(raw)).toEqual({
        coordinatorEmail: 'koordynator@e-instytucja.pl',
        waitingThresholdDays: 14,
      });
  });
});

describe('the vault record', () => {
  it('is read with the current envelope schema; a damaged one is refused and kept', async () => {
    await db.put('vault', structuredClone(VAULT) as never);
    expect(await getVaultRecord(db, 'p-brudzew')).toEqual(VAULT);
    expect(await getVaultRecord(db, 'none')).toBeUndefined();
    // A newer envelope is lib/vault's to refuse when opened (it knows what the version means).
    const newer = { ...VAULT, profileId: 'b', envelope: { ...VAULT.envelope, version: 2 } };
    await db.put('vault', newer as never);
    expect(await getVaultRecord(db, 'b')).toEqual(newer);
    const damaged = { ...VAULT, profileId: 'c', envelope: { ...VAULT.envelope, ciphertext: '' } };
    await db.put('vault', damaged as never);
    await expect(getVaultRecord(db, 'c')).rejects.toThrow(StoredRecordError);
    await expect(getVaultRecord(db, 'c')).rejects.toThrow(
      'Sejf z hasłami: zapis jest uszkodzony, nie da się go odczytać. Zapisane dane pozostały nienaruszone.',
    );
    expect(await db.get('vault', 'c')).toEqual(damaged);
  });
});
