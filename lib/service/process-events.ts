import type { Database } from '../db/open';
import { getProcessState, stateOfProgressRecord } from '../db/records/progress';
import {
  applyEvent,
  initialProcessState,
  missingForStep,
  type ProcessEvent,
  type ProcessState,
  parseProcessEvent,
} from '../process';
import type { Profile } from '../profile/schema';

/**
 * The municipality's process state in the current shape (a fresh one when none is stored). A stored
 * record that cannot be read throws StoredRecordError with a Polish message; it is left as it is.
 */
export async function readProcessState(db: Database, profileId: string): Promise<ProcessState> {
  return (await getProcessState(db, profileId)) ?? initialProcessState();
}

/**
 * Applies one event to a municipality's process and stores the result. Every area reports here
 * (the ePUAP pages, documents, the side panel's ticks); returns whether anything changed, since
 * repeated evidence (the banner read on every visit) changes nothing.
 *
 * Every event is checked against its schema first, whoever built it: much of the evidence is read
 * from page text ("Data: 45.19.2026"), and one invalid event stored would make every later export
 * fail on import. An invalid event changes nothing. A stored record that cannot be read is never
 * replaced by a fresh state: the StoredRecordError aborts the transaction and reaches the sender.
 */
export async function recordProcessEvent(
  db: Database,
  profileId: string,
  event: ProcessEvent,
): Promise<boolean> {
  const parsed = parseProcessEvent(event);
  if (!parsed.ok) return false;
  const tx = db.transaction('progress', 'readwrite');
  const current = stateOfProgressRecord(await tx.store.get(profileId)) ?? initialProcessState();
  const next = applyEvent(current, parsed.event);
  if (next !== current) await tx.store.put({ profileId, state: next });
  await tx.done;
  return next !== current;
}

/**
 * Step 1 follows the data, but the timeline should say when the data became complete: record it
 * the first time a save leaves nothing missing. Returns whether the progress changed.
 */
export async function recordProfileCompleteness(db: Database, profile: Profile, now: Date): Promise<boolean> {
  if (missingForStep('profile', profile).length > 0) return false;
  return recordProcessEvent(db, profile.id, { type: 'profile-complete', at: now.toISOString() });
}
