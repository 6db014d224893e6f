import type { Settings } from '../db/schema';
import type {
  ProcessEvent,
  ProcessState,
  ProcessSummary,
  ProcessView,
  Reminder,
  TimelineEntry,
} from '../process';

/**
 * An event as a page or content script sends it: `at` may be left out, the background stamps it
 * with its own clock (one clock for the whole timeline).
 */
export type ProcessEventInput = ProcessEvent extends infer E
  ? E extends { at: string }
    ? Omit<E, 'at'> & { at?: string }
    : never
  : never;

/** The process checklist (side panel): progress per municipality, manual ticks, MC decision. */
export interface ProcessProtocol {
  /** Where one municipality stands, computed with its current profile and the settings' threshold. */
  'process.get': { request: { profileId: string }; response: ProcessSnapshot };
  /** Records one event (validated: a Polish error for invalid input, nothing stored then). */
  'process.event': { request: { profileId: string; event: ProcessEventInput }; response: ProcessEventResult };
  /** One line per municipality for the coordinator, in the popup's order (by name). */
  'process.overview': { request: undefined; response: MunicipalityProgress[] };
  'settings.get': { request: undefined; response: Settings };
  /** Changes some settings; the others keep their values. */
  'settings.put': { request: Partial<Settings>; response: SettingsResult };
}

export interface ProcessSnapshot {
  profileId: string;
  state: ProcessState;
  view: ProcessView;
  timeline: TimelineEntry[];
}

export type ProcessEventResult = { ok: true; changed: boolean } | { ok: false; error: string };

export interface MunicipalityProgress {
  profileId: string;
  name: string;
  active: boolean;
  summary: ProcessSummary;
  /** Set when the municipality waits for MC longer than the settings allow. */
  reminder?: Reminder;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };
