/**
 * The certificate process: ten steps, a pure state machine over events, and the views the side
 * panel, the badge, the background's alarm and the coordinator's overview are drawn from.
 */
export {
  type ParsedEvent,
  type ProcessEvent,
  type ProcessEventOf,
  ProcessEventSchema,
  type ProcessEventType,
  parseProcessEvent,
} from './events';
export { missingForStep } from './missing';
export { daysWaitingForMc, type Reminder, reminderDue } from './reminders';
export {
  DEFAULT_WAITING_THRESHOLD_DAYS,
  initialProcessState,
  PROCESS_STATE_VERSION,
  type ProcessState,
  ProcessStateSchema,
  type StepRecord,
} from './state';
export {
  canTickByHand,
  EPUAP_LOGIN_URL,
  PISMO_OGOLNE_URL,
  SIGILLUM_CUP_ADDRESS,
  STEP_DEFINITIONS,
  STEP_IDS,
  STEP_STATUSES,
  type StepAction,
  type StepActionKind,
  type StepCompletion,
  type StepDefinition,
  type StepId,
  type StepStatus,
  stepDefinition,
  stepTitle,
} from './steps';
export { deriveTimeline, type TimelineEntry } from './timeline';
export { applyEvent, applyEvents } from './transitions';
export {
  deriveView,
  type ProcessSummary,
  type ProcessView,
  type RefusalHelp,
  type StepView,
  summarize,
} from './view';
