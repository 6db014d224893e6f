import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyEvents,
  deriveView,
  initialProcessState,
  type ProcessState,
} from '../../../lib/process';
import { completeProfile, day, dayDate, ev, MC_LINK } from './fixtures';

function refused(reason?: string): ProcessState {
  return applyEvents(initialProcessState(), [
    ev({ type: 'profile-complete' }, day(0)),
    ev({ type: 'banner-read' }, day(0)),
    ev({ type: 'application-generated' }, day(1)),
    ev({ type: 'scan-stored' }, day(2)),
    ev({ type: 'pismo-sent', documentNumber: 'UPP-1' }, day(3)),
    ev(reason ? { type: 'mc-refused', reason } : { type: 'mc-refused' }, day(10)),
  ]);
}

describe('MC refusal', () => {
  it('blocks the decision step and keeps the reason', () => {
    const state = refused('Niezgodny identyfikator podmiotu');
    expect(state.steps['mc-decision']).toEqual({ status: 'blocked' });
    expect(state.mcDecision).toEqual({
      refusedAt: day(10),
      refusalReason: 'Niezgodny identyfikator podmiotu',
    });
  });

  it('the view explains in Polish what to check and offers a fresh start', () => {
    const view = deriveView(refused(), completeProfile(), dayDate(10));
    const decision = view.steps.find((step) => step.id === 'mc-decision');
    expect(view.currentStepId).toBe('mc-decision');
    expect(decision?.status).toBe('blocked');
    expect(decision?.canUndo).toBe(true);
    const help = decision?.refusal;
    expect(help?.canRestart).toBe(true);
    const checks = help?.checks.join('\n') ?? '';
    expect(checks).toContain('zgadzają się z danymi gminy');
    expect(checks).toContain('zaproszona do organizacji');
    expect(checks).toContain('eurzad.<domena-gminy>.pl');
    expect(checks).toContain('skontaktuj się z Ministerstwem Cyfryzacji');
  });

  it('points at a platform domain that breaks the eurzad.<domena> rule', () => {
    const view = deriveView(refused(), completeProfile({ platformDomain: 'brudzew.pl' }), dayDate(10));
    const checks = view.steps.find((step) => step.id === 'mc-decision')?.refusal?.checks ?? [];
    expect(checks.some((check) => check.includes('(brudzew.pl)'))).toBe(true);
  });

  it('a repeated refusal keeps the first date and adds a reason given later', () => {
    const state = applyEvent(refused(), ev({ type: 'mc-refused', reason: 'Brak zaproszenia' }, day(11)));
    expect(state.mcDecision).toEqual({ refusedAt: day(10), refusalReason: 'Brak zaproszenia' });
    expect(applyEvent(state, ev({ type: 'mc-refused' }, day(12)))).toBe(state);
  });

  it('restart resets the steps from the application on, keeps the data steps and counts the attempt', () => {
    const before = refused('powód');
    const state = applyEvent(before, ev({ type: 'restart-after-refusal' }, day(12)));
    expect(state.attempt).toBe(2);
    expect(state.steps.profile).toEqual(before.steps.profile);
    expect(state.steps['epuap-ids']).toEqual(before.steps['epuap-ids']);
    for (const id of ['application', 'pismo', 'mc-decision', 'mc-form', 'handover'] as const) {
      expect(state.steps[id]).toEqual({ status: 'todo' });
    }
    expect(state.pismo).toEqual({});
    expect(state.mcDecision).toEqual({});
    expect(state.mcForm).toEqual({});
    // History stays: the timeline still tells the first attempt.
    expect(state.log).toHaveLength(before.log.length + 1);
    const view = deriveView(state, completeProfile(), dayDate(12));
    expect(view.currentStepId).toBe('application');
    expect(view.attempt).toBe(2);
  });

  it('the second attempt runs through to approval as usual', () => {
    const state = applyEvents(refused(), [
      ev({ type: 'restart-after-refusal' }, day(12)),
      ev({ type: 'scan-stored' }, day(13)),
      ev({ type: 'pismo-sent' }, day(14)),
      ev({ type: 'mc-approved', link: MC_LINK }, day(20)),
    ]);
    expect(state.steps['mc-decision'].status).toBe('done');
    expect(state.mcDecision).toEqual({ approvalLink: MC_LINK });
  });

  it('restart is ignored unless MC refused', () => {
    const waiting = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(1)));
    expect(applyEvent(waiting, ev({ type: 'restart-after-refusal' }, day(2)))).toBe(waiting);
  });

  it('an approval after a refusal (MC reconsidered) replaces it', () => {
    const state = applyEvent(refused('x'), ev({ type: 'mc-approved', link: MC_LINK }, day(15)));
    expect(state.steps['mc-decision'].status).toBe('done');
    expect(state.mcDecision).toEqual({ approvalLink: MC_LINK });
  });

  it('a refusal recorded by mistake can be undone: back to waiting for MC', () => {
    const state = applyEvent(refused('x'), ev({ type: 'undo-tick', stepId: 'mc-decision' }, day(11)));
    expect(state.steps['mc-decision'].status).toBe('waiting');
    expect(state.mcDecision).toEqual({});
  });
});
