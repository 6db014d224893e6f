import { sinceDays } from './polish';
import type { ProcessState } from './state';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Reminder {
  kind: 'mc-waiting';
  stepId: 'mc-decision';
  /** Whole days since the pismo was sent. */
  days: number;
  thresholdDays: number;
  /** Polish, ready for the side panel or a notification. */
  text: string;
}

/** Whole days the municipality has been waiting for MC's answer, or null when it is not waiting. */
export function daysWaitingForMc(state: ProcessState, now: Date): number | null {
  if (state.steps['mc-decision'].status !== 'waiting') return null;
  const sentAt = state.steps.pismo.completedAt;
  if (!sentAt) return null;
  const elapsed = now.getTime() - Date.parse(sentAt);
  return Math.max(0, Math.floor(elapsed / DAY_MS));
}

/**
 * The reminder is due once the wait reaches the threshold (default 14 days: on the 14th day, not after
 * it), so a clerk who set "two weeks" hears about it on the day two weeks have passed.
 * Pure, so the background's alarm and the side panel agree on it.
 */
export function reminderDue(state: ProcessState, now: Date): Reminder | null {
  const days = daysWaitingForMc(state, now);
  if (days === null || days < state.waitingThresholdDays) return null;
  const documentNumber = state.pismo.documentNumber;
  const reference = documentNumber ? ` (nr dokumentu ${documentNumber})` : '';
  return {
    kind: 'mc-waiting',
    stepId: 'mc-decision',
    days,
    thresholdDays: state.waitingThresholdDays,
    text:
      `Czekasz na odpowiedź MC ${sinceDays(days)}. Sprawdź skrzynkę e-mail podaną we wniosku (także folder SPAM). ` +
      `Jeśli nic nie przyszło, zapytaj Ministerstwo Cyfryzacji o stan wniosku${reference}.`,
  };
}
