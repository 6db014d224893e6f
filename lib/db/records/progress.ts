import { PROCESS_STATE_STEPS } from '../../process/migrations';
import { PROCESS_STATE_VERSION, type ProcessState, ProcessStateSchema } from '../../process/state';
import type { Database } from '../open';
import { type RecordLadder, type RecordRead, upgradeOrThrow, upgradeRecord, upgradingSchema } from './ladder';

export const PROCESS_STATE_LADDER: RecordLadder<ProcessState> = {
  label: 'Postęp procesu',
  current: PROCESS_STATE_VERSION,
  steps: PROCESS_STATE_STEPS,
  schema: ProcessStateSchema,
};

/** A stored or exported process state of any readable version, in the current shape. */
export function readProcessState(raw: unknown): RecordRead<ProcessState> {
  return upgradeRecord(PROCESS_STATE_LADDER, raw);
}

/**
 * The state kept in a `progress` record (`db.get('progress', id)`), in the current shape; undefined
 * when there is none. Synchronous, so it can be used inside a transaction. Throws StoredRecordError
 * for a record it cannot read: a caller must not replace such a record with a fresh state.
 */
export function stateOfProgressRecord(record: { state?: unknown } | undefined): ProcessState | undefined {
  return record === undefined ? undefined : upgradeOrThrow(PROCESS_STATE_LADDER, record.state);
}

/** The municipality's process state, upgraded and checked; undefined when none is stored yet. */
export async function getProcessState(db: Database, profileId: string): Promise<ProcessState | undefined> {
  return stateOfProgressRecord(await db.get('progress', profileId));
}

/** For export files: accepts a state of any readable version, gives the current shape. */
export const StoredProcessStateSchema = upgradingSchema(PROCESS_STATE_LADDER);
