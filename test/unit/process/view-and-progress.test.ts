import { describe, expect, it } from 'vitest';
import {
  applyEvents,
  deriveView,
  initialProcessState,
  type ProcessEvent,
  summarize,
} from '../../../lib/process';
import { completeProfile, day, dayDate, emptyProfile, ev, MC_LINK } from './fixtures';

const WHOLE_PROCESS: ProcessEvent[] = [
  ev({ type: 'profile-complete' }, day(0)),
  ev({ type: 'banner-read' }, day(0)),
  ev({ type: 'scan-stored' }, day(1)),
  ev({ type: 'pismo-sent' }, day(2)),
  ev({ type: 'mc-approved', link: MC_LINK }, day(10)),
  ev({ type: 'mc-form-filled' }, day(11)),
  ev({ type: 'passwords-kept' }, day(11)),
  ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-03-20' }, day(18)),
  ev({ type: 'manual-tick', stepId: 'handover', date: '2026-03-21' }, day(19)),
  ev({ type: 'manual-tick', stepId: 'report-mailed', date: '2026-03-22' }, day(20)),
  ev({ type: 'manual-tick', stepId: 'platform-login', date: '2026-04-01' }, day(30)),
];

describe('deriveView', () => {
  it('a fresh process with an empty profile: step 1 is current, nothing done, missing data listed', () => {
    const view = deriveView(initialProcessState(), emptyProfile(), dayDate(0));
    expect(view.currentStepId).toBe('profile');
    expect(view.progressText).toBe('0/10');
    expect(view.steps[0]).toMatchObject({ number: 1, status: 'todo', isCurrent: true });
    expect(view.steps[0]?.missing).toContain('brak NIP');
    expect(view.steps.filter((step) => step.isCurrent)).toHaveLength(1);
  });

  it('data steps follow the profile as it is now: complete data shows done even before any event', () => {
    const view = deriveView(initialProcessState(), completeProfile(), dayDate(0));
    expect(view.steps.slice(0, 2).map((step) => step.status)).toEqual(['done', 'done']);
    expect(view.currentStepId).toBe('application');
    expect(view.progressText).toBe('2/10');
  });

  it('a data step ticked earlier shows again when data were cleared later', () => {
    const state = applyEvents(initialProcessState(), [ev({ type: 'profile-complete' }, day(0))]);
    const view = deriveView(state, completeProfile({ nip: '' }), dayDate(1));
    expect(view.steps[0]).toMatchObject({ status: 'in-progress', missing: ['brak NIP'], isCurrent: true });
  });

  it('partly typed ePUAP identifiers show the step in progress', () => {
    const view = deriveView(initialProcessState(), completeProfile({ epuapOrgId: '' }), dayDate(0));
    expect(view.steps[1]).toMatchObject({
      status: 'in-progress',
      missing: ['brak identyfikatora podmiotu publicznego w ePUAP'],
    });
  });

  it('the current step is the first not done, even when a later one is done', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'manual-tick', stepId: 'handover', date: '2026-03-01' }),
    ]);
    const view = deriveView(state, completeProfile(), dayDate(0));
    expect(view.currentStepId).toBe('application');
    expect(view.done).toBe(3);
  });

  it('resolves addresses: ePUAP, the Pismo ogólne page and the platform from the domain', () => {
    const view = deriveView(initialProcessState(), completeProfile(), dayDate(0));
    const byId = new Map(view.steps.map((step) => [step.id, step]));
    expect(byId.get('epuap-ids')?.action.url).toBe('https://epuap.gov.pl/wps/myportal');
    expect(byId.get('pismo')?.action.url).toContain('pismo-ogolne-do-podmiotu-publicznego');
    expect(byId.get('platform-login')?.action.url).toBe('https://eurzad.brudzew.pl/');
    const noDomain = deriveView(initialProcessState(), completeProfile({ platformDomain: '' }), dayDate(0));
    expect(noDomain.steps.at(-1)?.action.url).toBeUndefined();
  });

  it('the whole process done: 10/10, no current step', () => {
    const view = deriveView(
      applyEvents(initialProcessState(), WHOLE_PROCESS),
      completeProfile(),
      dayDate(31),
    );
    expect(view.progressText).toBe('10/10');
    expect(view.currentStepId).toBeNull();
    expect(view.steps.every((step) => step.status === 'done' && !step.isCurrent)).toBe(true);
    expect(view.reminders).toEqual([]);
  });
});

describe('summarize (coordinator overview)', () => {
  it('names the current step and the progress', () => {
    const state = applyEvents(initialProcessState(), WHOLE_PROCESS.slice(0, 4));
    expect(summarize(state, completeProfile(), dayDate(3))).toEqual({
      currentStepId: 'mc-decision',
      currentStepTitle: 'Odpowiedź Ministerstwa Cyfryzacji',
      done: 4,
      total: 10,
    });
  });

  it('says the process is finished when it is', () => {
    const state = applyEvents(initialProcessState(), WHOLE_PROCESS);
    expect(summarize(state, completeProfile(), dayDate(31))).toEqual({
      currentStepId: null,
      currentStepTitle: 'Proces zakończony',
      done: 10,
      total: 10,
    });
  });
});
