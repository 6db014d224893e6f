import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, initialProcessState, type ProcessState } from '../../../lib/process';
import { day, ev, MC_LINK } from './fixtures';

function approved(): ProcessState {
  return applyEvents(initialProcessState(), [
    ev({ type: 'pismo-sent' }, day(1)),
    ev({ type: 'mc-approved', link: MC_LINK }, day(10)),
  ]);
}

describe('MC form: done only once filled AND both passwords are confirmed kept', () => {
  it('a filled form alone is in progress', () => {
    const state = applyEvent(approved(), ev({ type: 'mc-form-filled' }, day(11)));
    expect(state.steps['mc-form']).toEqual({ status: 'in-progress', startedAt: day(11) });
    expect(state.mcForm).toEqual({ filledAt: day(11) });
  });

  it('filled, then passwords kept: done on the confirmation', () => {
    const state = applyEvents(approved(), [
      ev({ type: 'mc-form-filled' }, day(11)),
      ev({ type: 'passwords-kept' }, day(12)),
    ]);
    expect(state.steps['mc-form']).toMatchObject({
      status: 'done',
      completedAt: day(12),
      completedBy: 'evidence',
    });
  });

  it('passwords kept first (the vault makes them before the form), then filled: done on filling', () => {
    const keptFirst = applyEvent(approved(), ev({ type: 'passwords-kept' }, day(11)));
    expect(keptFirst.steps['mc-form'].status).toBe('in-progress');
    const filled = applyEvent(keptFirst, ev({ type: 'mc-form-filled' }, day(12)));
    expect(filled.steps['mc-form']).toMatchObject({ status: 'done', completedAt: day(12) });
  });

  it('undo withdraws the passwords confirmation but the form stays filled', () => {
    const state = applyEvents(approved(), [
      ev({ type: 'mc-form-filled' }, day(11)),
      ev({ type: 'passwords-kept' }, day(12)),
      ev({ type: 'undo-tick', stepId: 'mc-form' }, day(13)),
    ]);
    expect(state.steps['mc-form']).toEqual({ status: 'in-progress', startedAt: day(11) });
    expect(state.mcForm).toEqual({ filledAt: day(11) });
    const again = applyEvent(state, ev({ type: 'passwords-kept' }, day(14)));
    expect(again.steps['mc-form']).toMatchObject({ status: 'done', completedAt: day(14) });
  });

  it('a filled MC form proves MC approved and the pismo went out: the earlier paper steps are implied', () => {
    const state = applyEvent(initialProcessState(), ev({ type: 'mc-form-filled' }, day(5)));
    for (const id of ['application', 'pismo', 'mc-decision'] as const) {
      expect(state.steps[id]).toMatchObject({ status: 'done', completedBy: 'implied' });
    }
  });
});
