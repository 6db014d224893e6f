import type { ProcessEvent, ProcessEventOf } from './events';
import { jsonEqual } from './json-equal';
import { freshStepRecord, type ProcessState, type StepRecord } from './state';
import { canTickByHand, STEP_IDS, type StepId, stepDefinition, stepIndex } from './steps';

/**
 * The process state machine: a pure, immutable fold of events.
 *
 * Deduplication rule: an event that changes nothing is dropped, neither applied nor logged, and the
 * very same state object is returned. So a banner read on every ePUAP visit appears once in the
 * timeline (the first time it proved something), while a repeat that brings news (a pismo-sent with a
 * document number not known before, a tick with a corrected date) is applied and logged.
 * Events that make no sense in the current state (restart without a refusal, a hand tick on a step
 * that only evidence can complete, undo of a step that is not done) change nothing, so they are dropped too.
 */
export function applyEvent(state: ProcessState, event: ProcessEvent): ProcessState {
  const next = settleWaiting(reduce(state, event));
  if (jsonEqual({ ...next, log: [] }, { ...state, log: [] })) return state;
  return { ...next, log: [...state.log, event] };
}

/** Applies events in order; handy for replaying an imported log or building test fixtures. */
export function applyEvents(state: ProcessState, events: readonly ProcessEvent[]): ProcessState {
  return events.reduce(applyEvent, state);
}

function reduce(state: ProcessState, event: ProcessEvent): ProcessState {
  switch (event.type) {
    case 'profile-complete':
      return completeIfOpen(state, 'profile', event.at, 'evidence');
    case 'banner-read':
      return completeIfOpen(state, 'epuap-ids', event.at, 'evidence');
    case 'application-generated':
      return updateStep(state, 'application', (record) => started(record, event.at));
    case 'scan-stored':
      return completeIfOpen(state, 'application', event.at, 'evidence');
    case 'pismo-filled':
      return updateStep(state, 'pismo', (record) => started(record, event.at));
    case 'pismo-sent':
      return pismoSent(state, event);
    case 'mc-approved':
      return mcApproved(state, event);
    case 'mc-refused':
      return mcRefused(state, event);
    case 'mc-form-filled':
      return mcFormProgress(
        impliedUpTo(state, 'mc-form', event.at),
        {
          ...state.mcForm,
          filledAt: state.mcForm.filledAt ?? event.at,
        },
        event.at,
      );
    case 'passwords-kept':
      return mcFormProgress(
        state,
        { ...state.mcForm, passwordsKeptAt: state.mcForm.passwordsKeptAt ?? event.at },
        event.at,
      );
    case 'manual-tick':
      return manualTick(state, event);
    case 'undo-tick':
      return undoTick(state, event.stepId);
    case 'restart-after-refusal':
      return restartAfterRefusal(state);
  }
}

// --- step records -------------------------------------------------------------------------------

function updateStep(
  state: ProcessState,
  id: StepId,
  change: (record: StepRecord) => StepRecord,
): ProcessState {
  return { ...state, steps: { ...state.steps, [id]: change(state.steps[id]) } };
}

/** First sign of work: a todo step becomes in-progress; done, waiting or blocked steps keep their status. */
function started(record: StepRecord, at: string): StepRecord {
  return {
    ...record,
    startedAt: record.startedAt ?? at,
    status: record.status === 'todo' ? 'in-progress' : record.status,
  };
}

function done(
  record: StepRecord,
  at: string,
  by: NonNullable<StepRecord['completedBy']>,
  note?: string,
): StepRecord {
  const { note: _previousNote, ...rest } = record;
  return {
    ...rest,
    status: 'done',
    completedAt: at,
    completedBy: by,
    ...(note === undefined ? {} : { note }),
  };
}

/** Evidence repeats keep the first completion date: the day it happened, not the day we looked again. */
function completeIfOpen(
  state: ProcessState,
  id: StepId,
  at: string,
  by: 'evidence' | 'implied',
): ProcessState {
  return updateStep(state, id, (record) => (record.status === 'done' ? record : done(record, at, by)));
}

/** Back to where the step was before its tick: in progress if work had started, else to do. */
function reopened(record: StepRecord): StepRecord {
  const result: StepRecord = { status: record.startedAt ? 'in-progress' : 'todo' };
  if (record.startedAt) result.startedAt = record.startedAt;
  return result;
}

/**
 * The paper trail runs application → pismo → MC decision: a sent pismo carried the signed scan, an MC
 * answer means the pismo reached MC, a filled MC form means MC approved. Evidence of a later step
 * therefore ticks the earlier ones the clerk did outside the extension, so the "current step" does not
 * stay stuck on something already behind them. Hand ticks do not do this: a slip of the mouse should
 * change one step only.
 */
const PAPER_TRAIL: readonly StepId[] = ['application', 'pismo', 'mc-decision'];

function impliedUpTo(state: ProcessState, upTo: StepId, at: string): ProcessState {
  return PAPER_TRAIL.filter((id) => stepIndex(id) < stepIndex(upTo)).reduce(
    (acc, id) => (acc.steps[id].status === 'done' ? acc : completeIfOpen(acc, id, at, 'implied')),
    state,
  );
}

// --- events with more to them -------------------------------------------------------------------

function pismoSent(state: ProcessState, event: ProcessEventOf<'pismo-sent'>): ProcessState {
  const withPrerequisites = impliedUpTo(state, 'pismo', event.at);
  const ticked = completeIfOpen(withPrerequisites, 'pismo', event.sentAt ?? event.at, 'evidence');
  // The confirmation page may show the document number only on a later visit: take it when it comes.
  const documentNumber = event.documentNumber ?? state.pismo.documentNumber;
  return { ...ticked, pismo: documentNumber ? { documentNumber } : {} };
}

function mcApproved(state: ProcessState, event: ProcessEventOf<'mc-approved'>): ProcessState {
  const ticked = impliedUpTo(state, 'mc-decision', event.at);
  return {
    ...completeIfOpen(ticked, 'mc-decision', event.at, 'evidence'),
    // A later approval overrides an earlier refusal (MC may reconsider after a correction).
    mcDecision: { approvalLink: event.link },
  };
}

function mcRefused(state: ProcessState, event: ProcessEventOf<'mc-refused'>): ProcessState {
  const ticked = impliedUpTo(state, 'mc-decision', event.at);
  const previous = state.steps['mc-decision'].status === 'blocked' ? state.mcDecision : {};
  const refusalReason = event.reason ?? previous.refusalReason;
  return {
    ...updateStep(ticked, 'mc-decision', () => ({ status: 'blocked' })),
    mcDecision: {
      refusedAt: previous.refusedAt ?? event.at,
      ...(refusalReason ? { refusalReason } : {}),
    },
  };
}

/** The MC form is done only when it was filled AND the clerk confirmed both passwords are kept. */
function mcFormProgress(state: ProcessState, mcForm: ProcessState['mcForm'], at: string): ProcessState {
  const complete = mcForm.filledAt !== undefined && mcForm.passwordsKeptAt !== undefined;
  return {
    ...updateStep(state, 'mc-form', (record) =>
      complete && record.status !== 'done' ? done(started(record, at), at, 'evidence') : started(record, at),
    ),
    mcForm,
  };
}

function manualTick(state: ProcessState, event: ProcessEventOf<'manual-tick'>): ProcessState {
  if (!canTickByHand(event.stepId)) return state;
  return updateStep(state, event.stepId, (record) =>
    // A second tick on a done step edits its date and note; it keeps who completed it.
    done(
      record,
      event.date,
      record.status === 'done' ? (record.completedBy ?? 'manual') : 'manual',
      event.note,
    ),
  );
}

function undoTick(state: ProcessState, id: StepId): ProcessState {
  // Data steps follow the profile: there is no tick to undo, the clerk edits the data instead.
  if (stepDefinition(id).completion === 'data') return state;
  const record = state.steps[id];
  if (id === 'mc-decision') {
    // Also undoes a refusal recorded by mistake; the decision's data go with it.
    if (record.status !== 'done' && record.status !== 'blocked') return state;
    return { ...updateStep(state, id, reopened), mcDecision: {} };
  }
  if (record.status !== 'done') return state;
  const reverted = updateStep(state, id, reopened);
  if (id === 'pismo') return { ...reverted, pismo: {} };
  if (id === 'mc-form') {
    // The form stays filled; what is withdrawn is the confirmation that completed the step.
    const { passwordsKeptAt: _withdrawn, ...mcForm } = state.mcForm;
    return { ...reverted, mcForm };
  }
  return reverted;
}

/** After a refusal the clerk starts again from the application; the municipality's data stay. */
function restartAfterRefusal(state: ProcessState): ProcessState {
  if (state.steps['mc-decision'].status !== 'blocked') return state;
  const from = stepIndex('application');
  const steps = { ...state.steps };
  for (const id of STEP_IDS.slice(from)) steps[id] = freshStepRecord();
  return { ...state, attempt: state.attempt + 1, steps, pismo: {}, mcDecision: {}, mcForm: {} };
}

/** Invariant: the MC decision waits exactly while the pismo is sent and MC has not answered. */
function settleWaiting(state: ProcessState): ProcessState {
  const pismoSentOut = state.steps.pismo.status === 'done';
  const decision = state.steps['mc-decision'].status;
  if (pismoSentOut && decision === 'todo')
    return updateStep(state, 'mc-decision', (r) => ({ ...r, status: 'waiting' }));
  if (!pismoSentOut && decision === 'waiting')
    return updateStep(state, 'mc-decision', (r) => ({ ...r, status: 'todo' }));
  return state;
}
