import { z } from 'zod';
import { ProcessEventSchema } from './events';
import { STEP_IDS, STEP_STATUSES, type StepId } from './steps';

/**
 * Stored and exported states carry it. Bump it when the shape changes, together with the step from
 * the old version in lib/process/migrations.ts and a fixture of the new version (how: see there).
 */
export const PROCESS_STATE_VERSION = 1;
export const DEFAULT_WAITING_THRESHOLD_DAYS = 14;

const When = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const StepRecordSchema = z.object({
  status: z.enum(STEP_STATUSES),
  /** First sign of work on the step (document generated, form filled): undoing a tick returns here. */
  startedAt: When.optional(),
  completedAt: When.optional(),
  /** `implied`: a later step's evidence proves this one happened (a sent pismo had the scan attached). */
  completedBy: z.enum(['evidence', 'manual', 'implied']).optional(),
  note: z.string().max(500).optional(),
});
export type StepRecord = z.output<typeof StepRecordSchema>;

export const ProcessStateSchema = z.object({
  version: z.literal(PROCESS_STATE_VERSION),
  /** Counts fresh starts after a refusal; the first application is attempt 1. */
  attempt: z.number().int().min(1),
  steps: z.record(z.enum(STEP_IDS), StepRecordSchema),
  pismo: z.object({ documentNumber: z.string().optional() }),
  mcDecision: z.object({
    approvalLink: z.url({ protocol: /^https$/ }).optional(),
    refusedAt: When.optional(),
    refusalReason: z.string().optional(),
  }),
  mcForm: z.object({ filledAt: When.optional(), passwordsKeptAt: When.optional() }),
  /**
   * The settings' threshold, copied in whenever the view is drawn (withSettings, lib/service/
   * process-handlers.ts); no event sets it. Dropping the field needs the state's first version bump.
   */
  waitingThresholdDays: z.number().int().min(1).max(365),
  /** Every event that changed something, oldest first: the timeline and the audit trail. */
  log: z.array(ProcessEventSchema),
});
export type ProcessState = z.output<typeof ProcessStateSchema>;

export function freshStepRecord(): StepRecord {
  return { status: 'todo' };
}

export function initialProcessState(): ProcessState {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, freshStepRecord()])) as Record<
    StepId,
    StepRecord
  >;
  return {
    version: PROCESS_STATE_VERSION,
    attempt: 1,
    steps,
    pismo: {},
    mcDecision: {},
    mcForm: {},
    waitingThresholdDays: DEFAULT_WAITING_THRESHOLD_DAYS,
    log: [],
  };
}
