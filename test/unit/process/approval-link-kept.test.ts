import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, deriveView, initialProcessState } from '../../../lib/process';
import { completeProfile, day, dayDate, ev, MC_LINK } from './fixtures';

describe('MC approval', () => {
  const waiting = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(1)));

  it('completes the decision and keeps the link for the MC form step', () => {
    const state = applyEvent(waiting, ev({ type: 'mc-approved', link: MC_LINK }, day(9)));
    expect(state.steps['mc-decision']).toMatchObject({
      status: 'done',
      completedAt: day(9),
      completedBy: 'evidence',
    });
    expect(state.mcDecision).toEqual({ approvalLink: MC_LINK });
    const formStep = deriveView(state, completeProfile(), dayDate(9)).steps.find(
      (step) => step.id === 'mc-form',
    );
    expect(formStep?.action).toMatchObject({ kind: 'open-mc-link', url: MC_LINK });
    expect(formStep?.isCurrent).toBe(true);
  });

  it('the link survives later steps and a JSON round trip', () => {
    const state = applyEvents(waiting, [
      ev({ type: 'mc-approved', link: MC_LINK }, day(9)),
      ev({ type: 'mc-form-filled' }, day(10)),
      ev({ type: 'passwords-kept' }, day(10)),
      ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-03-20' }, day(18)),
    ]);
    expect(JSON.parse(JSON.stringify(state)).mcDecision.approvalLink).toBe(MC_LINK);
  });

  it('a corrected link replaces the old one, keeping the decision date', () => {
    const other = 'https://formularz.mc.gov.pl/wniosek/other';
    const state = applyEvents(waiting, [
      ev({ type: 'mc-approved', link: MC_LINK }, day(9)),
      ev({ type: 'mc-approved', link: other }, day(10)),
    ]);
    expect(state.mcDecision.approvalLink).toBe(other);
    expect(state.steps['mc-decision'].completedAt).toBe(day(9));
  });

  it('without a stored link the MC form action points the clerk to the e-mail', () => {
    const state = applyEvent(waiting, ev({ type: 'mc-form-filled' }, day(9)));
    const formStep = deriveView(state, completeProfile(), dayDate(9)).steps.find(
      (step) => step.id === 'mc-form',
    );
    expect(formStep?.action.url).toBeUndefined();
    expect(formStep?.action.label).toContain('e-maila');
  });

  it('undoing a decision recorded by mistake forgets the link and waits again', () => {
    const state = applyEvents(waiting, [
      ev({ type: 'mc-approved', link: MC_LINK }, day(9)),
      ev({ type: 'undo-tick', stepId: 'mc-decision' }, day(9)),
    ]);
    expect(state.steps['mc-decision'].status).toBe('waiting');
    expect(state.mcDecision).toEqual({});
  });
});
