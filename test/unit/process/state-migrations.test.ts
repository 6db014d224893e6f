import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../lib/db/open';
import { StoredRecordError } from '../../../lib/db/records/ladder';
import {
  getProcessState,
  readProcessState,
  StoredProcessStateSchema,
  stateOfProgressRecord,
} from '../../../lib/db/records/progress';
import {
  applyEvents,
  initialProcessState,
  PROCESS_STATE_VERSION,
  ProcessStateSchema,
} from '../../../lib/process';
import { PROCESS_STATE_STEPS } from '../../../lib/process/migrations';
import { PROCESS_STATE_FIXTURES } from '../db/fixtures/process-states';
import { day, ev, MC_LINK } from './fixtures';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const versions = Object.keys(PROCESS_STATE_FIXTURES).map(Number);
const latest = PROCESS_STATE_FIXTURES[PROCESS_STATE_VERSION] ?? {};

describe('the process state upgrade ladder', () => {
  it('has one step per older version and a fixture of every version, before any bump', () => {
    expect(PROCESS_STATE_VERSION).toBe(1);
    expect(Object.keys(PROCESS_STATE_STEPS).map(Number)).toEqual(range(1, PROCESS_STATE_VERSION - 1));
    expect(versions).toEqual(range(1, PROCESS_STATE_VERSION));
  });

  for (const version of versions.filter((v) => v < PROCESS_STATE_VERSION)) {
    it(`step ${version} → ${version + 1} turns the version ${version} fixture into the next one`, () => {
      const step = PROCESS_STATE_STEPS[version];
      expect(step?.(structuredClone(PROCESS_STATE_FIXTURES[version] ?? {}))).toEqual(
        PROCESS_STATE_FIXTURES[version + 1],
      );
    });
  }

  for (const version of versions) {
    it(`reads a version ${version} state as the current one`, () => {
      expect(readProcessState(structuredClone(PROCESS_STATE_FIXTURES[version]))).toEqual({
        ok: true,
        value: latest,
        from: version,
      });
    });
  }

  it('the current fixture is exactly what the current schema accepts (nothing dropped, nothing added)', () => {
    expect(ProcessStateSchema.parse(structuredClone(latest))).toEqual(latest);
  });

  it('reads back what today’s code writes, through JSON as an export carries it', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'profile-complete' }, day(0)),
      ev({ type: 'pismo-sent', sentAt: '2026-03-02', documentNumber: 'UPP-1' }, day(1)),
      ev({ type: 'mc-approved', link: MC_LINK }, day(9)),
      ev({ type: 'mc-form-filled' }, day(10)),
    ]);
    expect(readProcessState(JSON.parse(JSON.stringify(state)))).toEqual({
      ok: true,
      value: state,
      from: PROCESS_STATE_VERSION,
    });
    expect(StoredProcessStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('refuses a state from a newer release or a damaged one, with a Polish message', () => {
    expect(readProcessState({ ...latest, version: PROCESS_STATE_VERSION + 1 })).toEqual({
      ok: false,
      problem: 'newer',
      message: `Postęp procesu: zapisano w nowszej wersji asystenta (${PROCESS_STATE_VERSION + 1}). Zaktualizuj rozszerzenie. Zapisane dane pozostały nienaruszone.`,
    });
    const { handover: _dropped, ...steps } = latest.steps as Record<string, unknown>;
    expect(readProcessState({ ...latest, steps })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readProcessState({ ...latest, version: 0 })).toMatchObject({
      ok: false,
      problem: 'unknown-version',
    });
    expect(() => stateOfProgressRecord({ state: { ...latest, attempt: 0 } })).toThrow(StoredRecordError);
    expect(stateOfProgressRecord(undefined)).toBeUndefined();
  });
});

describe('reading the stored progress', () => {
  let db: Database;
  let name = '';
  let counter = 0;
  afterEach(() => {
    db.close();
    indexedDB.deleteDatabase(name);
  });

  it('gives the upgraded state, nothing when none is stored, and leaves an unreadable record as it is', async () => {
    name = `progress-${counter++}`;
    db = await openDatabase(name);
    await db.put('progress', { profileId: 'a', state: structuredClone(PROCESS_STATE_FIXTURES[1]) as never });
    const newer = { profileId: 'b', state: { ...latest, version: 99 } as never };
    await db.put('progress', newer);
    expect(await getProcessState(db, 'a')).toEqual(latest);
    expect(await getProcessState(db, 'none')).toBeUndefined();
    await expect(getProcessState(db, 'b')).rejects.toThrow(/nowszej wersji asystenta \(99\)/);
    expect(await db.get('progress', 'b')).toEqual(newer);
  });
});
