import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, deriveView, initialProcessState } from '../../../lib/process';
import { completeProfile, day, dayDate, ev } from './fixtures';

describe('manual ticks', () => {
  it('ticks a step done outside the browser with the date the clerk gives and an optional note', () => {
    const state = applyEvent(
      initialProcessState(),
      ev(
        { type: 'manual-tick', stepId: 'report-mailed', date: '2026-04-10', note: 'list polecony' },
        day(40),
      ),
    );
    expect(state.steps['report-mailed']).toEqual({
      status: 'done',
      completedAt: '2026-04-10',
      completedBy: 'manual',
      note: 'list polecony',
    });
  });

  it('a second tick on a done step edits its date and note', () => {
    const ticked = applyEvent(
      initialProcessState(),
      ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-04-01', note: 'trzy pliki' }),
    );
    const edited = applyEvent(
      ticked,
      ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-03-31' }, day(1)),
    );
    expect(edited.steps['sigillum-files']).toEqual({
      status: 'done',
      completedAt: '2026-03-31',
      completedBy: 'manual',
    });
    expect(edited.log).toHaveLength(2);
  });

  it('editing the date of a step completed from evidence keeps it marked as evidence', () => {
    const sent = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(2)));
    const edited = applyEvent(sent, ev({ type: 'manual-tick', stepId: 'pismo', date: '2026-03-03' }, day(3)));
    expect(edited.steps.pismo).toMatchObject({ completedAt: '2026-03-03', completedBy: 'evidence' });
  });

  it('a hand tick of the pismo also starts the wait for MC', () => {
    const state = applyEvent(
      initialProcessState(),
      ev({ type: 'manual-tick', stepId: 'pismo', date: '2026-03-02' }),
    );
    expect(state.steps['mc-decision'].status).toBe('waiting');
  });

  it('a hand tick changes only its own step (no implied ticks from a possible slip of the mouse)', () => {
    const state = applyEvent(
      initialProcessState(),
      ev({ type: 'manual-tick', stepId: 'platform-login', date: '2026-05-01' }),
    );
    const done = Object.entries(state.steps).filter(([, record]) => record.status === 'done');
    expect(done.map(([id]) => id)).toEqual(['platform-login']);
  });

  it('ignores hand ticks on steps only data or evidence can complete', () => {
    const start = initialProcessState();
    for (const stepId of ['profile', 'epuap-ids', 'mc-decision', 'mc-form'] as const) {
      expect(applyEvent(start, ev({ type: 'manual-tick', stepId, date: '2026-03-02' }))).toBe(start);
    }
  });
});

describe('undo', () => {
  it('undoing a tick returns the step to todo and drops its date and note', () => {
    const ticked = applyEvent(
      initialProcessState(),
      ev({ type: 'manual-tick', stepId: 'handover', date: '2026-04-02', note: 'hasło telefonicznie' }),
    );
    const undone = applyEvent(ticked, ev({ type: 'undo-tick', stepId: 'handover' }, day(1)));
    expect(undone.steps.handover).toEqual({ status: 'todo' });
    expect(undone.log.map((event) => event.type)).toEqual(['manual-tick', 'undo-tick']);
  });

  it('undoing returns a step that had been started to in-progress', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'application-generated' }, day(1)),
      ev({ type: 'manual-tick', stepId: 'application', date: '2026-03-04' }, day(2)),
      ev({ type: 'undo-tick', stepId: 'application' }, day(3)),
    ]);
    expect(state.steps.application).toEqual({ status: 'in-progress', startedAt: day(1) });
  });

  it('undoing the pismo stops the wait for MC and forgets the document number', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'pismo-sent', documentNumber: 'UPP-1' }, day(1)),
      ev({ type: 'undo-tick', stepId: 'pismo' }, day(2)),
    ]);
    expect(state.steps.pismo.status).toBe('todo');
    expect(state.steps['mc-decision'].status).toBe('todo');
    expect(state.pismo).toEqual({});
  });

  it('undo of a step that is not done changes nothing; data steps cannot be undone', () => {
    const start = initialProcessState();
    expect(applyEvent(start, ev({ type: 'undo-tick', stepId: 'handover' }))).toBe(start);
    const profileDone = applyEvent(start, ev({ type: 'profile-complete' }));
    expect(applyEvent(profileDone, ev({ type: 'undo-tick', stepId: 'profile' }))).toBe(profileDone);
  });

  it('an undone tick can be ticked again with a new date', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-04-01' }),
      ev({ type: 'undo-tick', stepId: 'sigillum-files' }),
      ev({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-04-03' }),
    ]);
    expect(state.steps['sigillum-files']).toMatchObject({ status: 'done', completedAt: '2026-04-03' });
  });

  it('the view offers undo on done steps that can be undone', () => {
    const state = applyEvent(
      initialProcessState(),
      ev({ type: 'manual-tick', stepId: 'handover', date: '2026-04-02' }),
    );
    const view = deriveView(state, completeProfile(), dayDate(1));
    const byId = new Map(view.steps.map((step) => [step.id, step]));
    expect(byId.get('handover')).toMatchObject({
      canUndo: true,
      completedAt: '2026-04-02',
      completedBy: 'manual',
    });
    expect(byId.get('profile')?.canUndo).toBe(false);
    expect(byId.get('report-mailed')?.canUndo).toBe(false);
  });
});
