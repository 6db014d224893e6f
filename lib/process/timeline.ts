import { formatDay } from '../text/dates';
import type { ProcessEvent, ProcessEventType } from './events';
import type { ProcessState } from './state';
import { type StepId, stepTitle } from './steps';

export interface TimelineEntry {
  /** When the event was recorded (the event's `at`). */
  at: string;
  type: ProcessEventType;
  stepId?: StepId;
  /** Polish description, ready to show. */
  text: string;
}

/** The process history, newest first; events recorded at the same instant keep their reverse log order. */
export function deriveTimeline(state: ProcessState): TimelineEntry[] {
  return state.log
    .map((event, index) => ({ entry: timelineEntry(event), index, time: Date.parse(event.at) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ entry }) => entry);
}

function timelineEntry(event: ProcessEvent): TimelineEntry {
  const { text, stepId } = describeEvent(event);
  return stepId ? { at: event.at, type: event.type, stepId, text } : { at: event.at, type: event.type, text };
}

function describeEvent(event: ProcessEvent): { text: string; stepId?: StepId } {
  switch (event.type) {
    case 'profile-complete':
      return { stepId: 'profile', text: 'Dane gminy są kompletne.' };
    case 'banner-read': {
      const details = [event.login && `login: ${event.login}`, event.orgId && `organizacja: ${event.orgId}`]
        .filter(Boolean)
        .join(', ');
      return {
        stepId: 'epuap-ids',
        text: `Odczytano identyfikatory ePUAP z banera${details ? ` (${details})` : ''}.`,
      };
    }
    case 'application-generated':
      return { stepId: 'application', text: 'Przygotowano wniosek o wydanie certyfikatu do druku.' };
    case 'scan-stored':
      return {
        stepId: 'application',
        text: `Zapisano skan podpisanego wniosku${event.fileName ? ` (${event.fileName})` : ''}.`,
      };
    case 'pismo-filled':
      return { stepId: 'pismo', text: 'Wypełniono Pismo ogólne do Ministerstwa Cyfryzacji w ePUAP.' };
    case 'pismo-sent': {
      const details = [
        event.sentAt && `data: ${formatDay(event.sentAt)}`,
        event.documentNumber && `nr dokumentu: ${event.documentNumber}`,
      ]
        .filter(Boolean)
        .join(', ');
      return { stepId: 'pismo', text: `Wysłano Pismo ogólne do MC${details ? ` (${details})` : ''}.` };
    }
    case 'mc-approved':
      return { stepId: 'mc-decision', text: 'MC zatwierdziło wniosek i przysłało link do formularza.' };
    case 'mc-refused':
      return {
        stepId: 'mc-decision',
        text: `MC odmówiło wydania certyfikatu${event.reason ? `: ${event.reason}` : '.'}`,
      };
    case 'mc-form-filled':
      return { stepId: 'mc-form', text: 'Wypełniono formularz MC.' };
    case 'passwords-kept':
      return {
        stepId: 'mc-form',
        text: 'Potwierdzono zapisanie obu haseł (do unieważnienia certyfikatu i do pliku p12).',
      };
    case 'manual-tick':
      return {
        stepId: event.stepId,
        text:
          `Zaznaczono: ${stepTitle(event.stepId)} (data: ${formatDay(event.date)})` +
          (event.note ? ` – ${event.note}` : '.'),
      };
    case 'undo-tick':
      return { stepId: event.stepId, text: `Cofnięto zaznaczenie: ${stepTitle(event.stepId)}.` };
    case 'restart-after-refusal':
      return { text: 'Rozpoczęto od nowa po odmowie MC; dane gminy zostały zachowane.' };
  }
}
