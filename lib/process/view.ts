import type { ProfileFields } from '../profile/schema';
import { anyDataForStep, missingForStep } from './missing';
import { daysWaitingForMc, type Reminder, reminderDue } from './reminders';
import type { ProcessState, StepRecord } from './state';
import {
  canTickByHand,
  STEP_DEFINITIONS,
  type StepAction,
  type StepCompletion,
  type StepDefinition,
  type StepId,
  type StepStatus,
} from './steps';

/** What MC's refusal means for the clerk: what to check and the way forward. */
export interface RefusalHelp {
  refusedAt?: string;
  reason?: string;
  text: string;
  checks: string[];
  /** Starting again keeps the municipality's data and resets the steps from the application on. */
  canRestart: true;
}

export interface StepView {
  id: StepId;
  /** 1-based, as shown to the clerk. */
  number: number;
  title: string;
  instructions: string;
  status: StepStatus;
  isCurrent: boolean;
  /** Polish labels of missing data ("brak NIP"); empty when nothing is missing. */
  missing: string[];
  action: StepAction;
  completion: StepCompletion;
  canTickByHand: boolean;
  canUndo: boolean;
  completedAt?: string;
  completedBy?: StepRecord['completedBy'];
  note?: string;
  /** Only on the MC decision while waiting. */
  waitingDays?: number;
  /** Only on the MC decision after a refusal. */
  refusal?: RefusalHelp;
}

export interface ProcessView {
  steps: StepView[];
  /** The first step not done; null when the whole process is done. */
  currentStepId: StepId | null;
  done: number;
  total: number;
  /** For the toolbar badge: "4/10". */
  progressText: string;
  reminders: Reminder[];
  attempt: number;
}

/** Everything the side panel shows, computed from the stored state, the current profile and the clock. */
export function deriveView(state: ProcessState, profile: ProfileFields, now: Date): ProcessView {
  const rows = STEP_DEFINITIONS.map((definition, index) => stepView(definition, index, state, profile, now));
  const current = rows.find((row) => row.status !== 'done');
  if (current) current.isCurrent = true;
  const done = rows.filter((row) => row.status === 'done').length;
  const reminder = reminderDue(state, now);
  return {
    steps: rows,
    currentStepId: current?.id ?? null,
    done,
    total: rows.length,
    progressText: `${done}/${rows.length}`,
    reminders: reminder ? [reminder] : [],
    attempt: state.attempt,
  };
}

export interface ProcessSummary {
  currentStepId: StepId | null;
  currentStepTitle: string;
  done: number;
  total: number;
}

/** One line per municipality for the coordinator's overview. */
export function summarize(state: ProcessState, profile: ProfileFields, now: Date): ProcessSummary {
  const view = deriveView(state, profile, now);
  const current = view.steps.find((step) => step.isCurrent);
  return {
    currentStepId: view.currentStepId,
    currentStepTitle: current?.title ?? 'Proces zakończony',
    done: view.done,
    total: view.total,
  };
}

function stepView(
  definition: StepDefinition,
  index: number,
  state: ProcessState,
  profile: ProfileFields,
  now: Date,
): StepView {
  const record = state.steps[definition.id];
  const missing = missingForStep(definition.id, profile);
  const status = displayedStatus(definition, record, missing, profile);
  const view: StepView = {
    id: definition.id,
    number: index + 1,
    title: definition.title,
    instructions: instructionsFor(definition, profile),
    status,
    isCurrent: false,
    missing,
    action: resolvedAction(definition, state, profile),
    completion: definition.completion,
    canTickByHand: canTickByHand(definition.id),
    canUndo:
      definition.completion !== 'data' &&
      (status === 'done' || (definition.id === 'mc-decision' && status === 'blocked')),
  };
  if (status === 'done' && record.status === 'done') {
    if (record.completedAt) view.completedAt = record.completedAt;
    if (record.completedBy) view.completedBy = record.completedBy;
    if (record.note) view.note = record.note;
  }
  if (definition.id === 'mc-decision') {
    const days = daysWaitingForMc(state, now);
    if (days !== null) view.waitingDays = days;
    if (status === 'blocked') view.refusal = refusalHelp(state, profile);
  }
  return view;
}

/**
 * Data steps follow the profile as it is now, not as it was when they were ticked: if someone later
 * clears the NIP, step 1 shows it again instead of a stale tick. Other steps show their stored status.
 */
function displayedStatus(
  definition: StepDefinition,
  record: StepRecord,
  missing: string[],
  profile: ProfileFields,
): StepStatus {
  if (definition.completion !== 'data') return record.status;
  if (missing.length === 0) return 'done';
  return anyDataForStep(definition.id, profile) ? 'in-progress' : 'todo';
}

/** Step 10 names the municipality's own platform, not the pattern, once its domain is known. */
function instructionsFor(definition: StepDefinition, profile: ProfileFields): string {
  const domain = profile.platformDomain?.trim();
  if (definition.id !== 'platform-login' || !domain) return definition.instructions;
  return definition.instructions.replace('eurzad.<domena-gminy>.pl', domain);
}

function resolvedAction(definition: StepDefinition, state: ProcessState, profile: ProfileFields): StepAction {
  const { action } = definition;
  if (definition.id === 'mc-form') {
    const link = state.mcDecision.approvalLink;
    return link ? { ...action, url: link } : { ...action, label: 'Otwórz link z e-maila od MC' };
  }
  if (definition.id === 'platform-login' && profile.platformDomain) {
    return { ...action, url: `https://${profile.platformDomain}/` };
  }
  return { ...action };
}

function refusalHelp(state: ProcessState, profile: ProfileFields): RefusalHelp {
  const checks = [
    'Czy dane we wniosku (nazwa, adres, REGON, NIP, e-mail, domena, podpisujący) zgadzają się z danymi gminy zapisanymi w asystencie?',
    'Czy osoba z loginem ePUAP jest zaproszona do organizacji (konto podmiotu)? Sprawdzi to informatyk urzędu w module Draco.',
    'Czy domena platformy ma postać eurzad.<domena-gminy>.pl (np. eurzad.brudzew.pl)?',
    'Jeśli przyczyna odmowy jest niejasna, skontaktuj się z Ministerstwem Cyfryzacji (odpowiedz na e-mail z odmową).',
  ];
  const domain = profile.platformDomain;
  if (domain && !domain.startsWith('eurzad.')) {
    checks.splice(
      3,
      0,
      `Domena zapisana w danych gminy (${domain}) nie zaczyna się od „eurzad.” – popraw ją przed ponownym wnioskiem.`,
    );
  }
  const help: RefusalHelp = {
    text:
      'Ministerstwo Cyfryzacji odmówiło wydania certyfikatu. Sprawdź poniższe punkty, popraw dane i zacznij od nowa: ' +
      'dane gminy zostaną zachowane, a kroki od wniosku zaczną się od początku.',
    checks,
    canRestart: true,
  };
  if (state.mcDecision.refusedAt) help.refusedAt = state.mcDecision.refusedAt;
  if (state.mcDecision.refusalReason) help.reason = state.mcDecision.refusalReason;
  return help;
}
