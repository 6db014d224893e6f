import {
  type ApplicationSnapshot,
  ApplicationSnapshotSchema,
  SNAPSHOT_VERSION,
} from '../../documents/snapshot';
import type { Database } from '../open';
import {
  type RecordLadder,
  type RecordRead,
  type RecordStep,
  upgradeOrThrow,
  upgradeRecord,
  upgradingSchema,
} from './ladder';

/**
 * SNAPSHOT_STEPS[n] takes a snapshot of version n to n + 1 (see lib/process/migrations.ts for how to
 * add one; its fixtures go to test/unit/db/fixtures/snapshots.ts). Version 1 is the first.
 */
export const SNAPSHOT_STEPS: Readonly<Record<number, RecordStep>> = {};

export const SNAPSHOT_LADDER: RecordLadder<ApplicationSnapshot> = {
  label: 'Zapis danych z wydrukowanego wniosku',
  current: SNAPSHOT_VERSION,
  steps: SNAPSHOT_STEPS,
  schema: ApplicationSnapshotSchema,
};

/** A stored or exported snapshot of any readable version, in the current shape. */
export function readSnapshot(raw: unknown): RecordRead<ApplicationSnapshot> {
  return upgradeRecord(SNAPSHOT_LADDER, raw);
}

/** The snapshot of the application printed for a municipality; undefined when none. Throws StoredRecordError. */
export async function getSnapshot(db: Database, profileId: string): Promise<ApplicationSnapshot | undefined> {
  const record = await db.get('snapshots', profileId);
  return record === undefined ? undefined : upgradeOrThrow(SNAPSHOT_LADDER, record.snapshot);
}

/** Every readable snapshot with its municipality; a record that cannot be read is left out (and left stored). */
export async function listSnapshots(
  db: Database,
): Promise<{ profileId: string; snapshot: ApplicationSnapshot }[]> {
  return (await db.getAll('snapshots')).flatMap(({ profileId, snapshot }) => {
    const read = readSnapshot(snapshot);
    return read.ok ? [{ profileId, snapshot: read.value }] : [];
  });
}

/** For export files: accepts a snapshot of any readable version, gives the current shape. */
export const StoredSnapshotSchema = upgradingSchema(SNAPSHOT_LADDER);
