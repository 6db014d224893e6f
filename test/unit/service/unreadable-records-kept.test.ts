import { describe, expect, it } from 'vitest';
import { StoredRecordError } from '../../../lib/db/records/ladder';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { initialProcessState } from '../../../lib/process';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { readProcessState, recordProcessEvent } from '../../../lib/service/process-events';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../lib/transfer/format';
import { parseImportFile } from '../../../lib/transfer/import-file';
import { BRUDZEW_COMPLETE as BRUDZEW } from '../../fixtures/sample-profiles';
import { serviceWithProfile } from './test-db';

/** A record from a newer release: readable by none of today's schemas, and never to be overwritten. */
const NEWER_STATE = { ...initialProcessState(), version: 99, future: 'pole z nowszej wersji' };

const serviceWithBrudzew = () => serviceWithProfile(BRUDZEW);

describe('the service reads stored records through their readers', () => {
  it('a progress record it cannot read is refused in Polish and never replaced by a fresh state', async () => {
    const { db, handlers, profile } = await serviceWithBrudzew();
    await db.put('progress', { profileId: profile.id, state: NEWER_STATE as never });
    await expect(readProcessState(db, profile.id)).rejects.toThrow(StoredRecordError);
    await expect(readProcessState(db, profile.id)).rejects.toThrow(/Postęp procesu: .*nowszej wersji/);
    await expect(
      recordProcessEvent(db, profile.id, { type: 'pismo-filled', at: '2026-11-24T12:00:00.000Z' }),
    ).rejects.toThrow(StoredRecordError);
    await expect(
      handlers['process.event']({ profileId: profile.id, event: { type: 'application-generated' } }),
    ).rejects.toThrow(/Zaktualizuj rozszerzenie/);
    expect((await db.get('progress', profile.id))?.state).toEqual(NEWER_STATE);
  });

  it('a readable progress record is read and changed as before', async () => {
    const { db, profile } = await serviceWithBrudzew();
    const at = '2026-11-24T12:00:00.000Z';
    expect(await recordProcessEvent(db, profile.id, { type: 'application-generated', at })).toBe(true);
    expect((await readProcessState(db, profile.id)).steps.application.status).toBe('in-progress');
  });

  it('the MC page is refused a damaged snapshot or vault instead of filling from it', async () => {
    const { db, handlers, profile } = await serviceWithBrudzew();
    await db.put('snapshots', { profileId: profile.id, snapshot: { version: 99 } as never });
    await expect(handlers['mc.context']({})).rejects.toThrow(/wydrukowanego wniosku: .*nowszej wersji/);
    await db.delete('snapshots', profile.id);
    await db.put('vault', {
      profileId: profile.id,
      envelope: { broken: true },
      createdAt: 'wczoraj',
    } as never);
    await expect(handlers['mc.context']({})).rejects.toThrow(/Sejf z hasłami: zapis jest uszkodzony/);
    await expect(handlers['mc.vault']({ profileId: profile.id })).rejects.toThrow(StoredRecordError);
    expect(await db.get('vault', profile.id)).toMatchObject({ envelope: { broken: true } });
  });

  it('the documents page lists the readable snapshots and leaves a damaged one out, still stored', async () => {
    const { db, handlers, profile } = await serviceWithBrudzew();
    const other = await handlers['profile.save']({
      id: null,
      input: { ...emptyProfileInput(), municipality: 'Gmina Łężyce', teryt: '2206022' },
    });
    if (!other.ok) throw new Error(other.message);
    const snapshot = snapshotForApplication(profile, { now: new Date('2026-11-20T10:00:00Z') });
    await handlers['documents.saveSnapshots']({ snapshots: [snapshot] });
    await db.put('snapshots', { profileId: other.profile.id, snapshot: { version: 1 } as never });
    const context = await handlers['documents.context']({});
    expect(Object.keys(context.snapshots)).toEqual([profile.id]);
    expect(context.snapshots[profile.id]).toEqual(snapshot);
    expect(await db.get('snapshots', other.profile.id)).toEqual({
      profileId: other.profile.id,
      snapshot: { version: 1 },
    });
  });
});

describe('an export file', () => {
  const file = (state: unknown, snapshot: unknown) =>
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-11-24T12:00:00.000Z',
      profiles: [],
      progress: [{ profileId: 'p1', state }],
      snapshots: [{ profileId: 'p1', snapshot }],
      mappings: [],
    });

  it('holding a state or snapshot of a newer release is refused with the ladder’s Polish reason', () => {
    const snapshot = snapshotForApplication(
      { id: 'p1', ...emptyProfileInput(), ...BRUDZEW },
      { now: new Date('2026-11-20T10:00:00Z') },
    );
    const newerState = parseImportFile(file(NEWER_STATE, snapshot));
    expect(newerState).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Postęp procesu: .*Zaktualizuj/),
    });
    const newerSnapshot = parseImportFile(file(initialProcessState(), { ...snapshot, version: 99 }));
    expect(newerSnapshot).toMatchObject({
      ok: false,
      error: expect.stringMatching(/wniosku: .*nowszej wersji/),
    });
    expect(parseImportFile(file(initialProcessState(), snapshot))).toMatchObject({ ok: true });
  });
});

describe('the passwords step', () => {
  it('is not recorded as kept while the vault cannot be read', async () => {
    const { db, handlers, profile } = await serviceWithBrudzew();
    await db.put('vault', {
      profileId: profile.id,
      envelope: { broken: true },
      createdAt: 'wczoraj',
    } as never);
    await expect(handlers['mc.passwordsKept']({ profileId: profile.id })).rejects.toThrow(/Sejf z hasłami/);
    expect(await db.get('progress', profile.id)).toMatchObject({ state: { mcForm: {} } });
  });
});
