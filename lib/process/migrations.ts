/**
 * The process state's upgrade ladder. PROCESS_STATE_STEPS[n] takes a stored (or exported) state of
 * version n to version n + 1; the reader (lib/db/records/progress.ts) climbs it and then checks the
 * result with the current ProcessStateSchema.
 *
 * To change the stored shape:
 * 1. bump PROCESS_STATE_VERSION (lib/process/state.ts) and change ProcessStateSchema;
 * 2. add the step from the old version here, as a pure function of the old data alone (never import
 *    today's schema or defaults into it: a step describes its own moment and must not move later);
 * 3. add a fixture of the new version to test/unit/db/fixtures/process-states.ts: the same
 *    municipality's state as the previous fixture, written the new way. test/unit/process/
 *    state-migrations.test.ts then proves step n turns fixture n into fixture n + 1, and refuses to
 *    pass while a version lacks its step or its fixture.
 *
 * Version 1 is the first stored shape, so there is no step yet.
 */
export type ProcessStateStep = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const PROCESS_STATE_STEPS: Readonly<Record<number, ProcessStateStep>> = {};
