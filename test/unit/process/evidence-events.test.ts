import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, initialProcessState } from '../../../lib/process';
import { day, ev } from './fixtures';

describe('evidence events', () => {
  it('profile-complete ticks step 1 with the date it was seen', () => {
    const state = applyEvent(initialProcessState(), ev({ type: 'profile-complete' }, day(1)));
    expect(state.steps.profile).toEqual({ status: 'done', completedAt: day(1), completedBy: 'evidence' });
  });

  it('banner-read ticks the ePUAP identifiers step', () => {
    const state = applyEvent(
      initialProcessState(),
      ev({ type: 'banner-read', login: 'jkowalski', orgId: 'UGBrudzew' }),
    );
    expect(state.steps['epuap-ids'].status).toBe('done');
  });

  it('application-generated starts the application; scan-stored completes it', () => {
    const generated = applyEvent(initialProcessState(), ev({ type: 'application-generated' }, day(1)));
    expect(generated.steps.application).toEqual({ status: 'in-progress', startedAt: day(1) });
    const scanned = applyEvent(generated, ev({ type: 'scan-stored', fileName: 'wniosek.pdf' }, day(2)));
    expect(scanned.steps.application).toMatchObject({
      status: 'done',
      completedAt: day(2),
      startedAt: day(1),
    });
  });

  it('pismo-filled puts the pismo in progress; pismo-sent completes it and makes the MC decision wait', () => {
    const filled = applyEvent(initialProcessState(), ev({ type: 'pismo-filled' }, day(3)));
    expect(filled.steps.pismo.status).toBe('in-progress');
    expect(filled.steps['mc-decision'].status).toBe('todo');
    const sent = applyEvent(
      filled,
      ev({ type: 'pismo-sent', sentAt: '2026-03-05', documentNumber: 'UPP-123' }, day(3)),
    );
    expect(sent.steps.pismo).toMatchObject({
      status: 'done',
      completedAt: '2026-03-05',
      completedBy: 'evidence',
    });
    expect(sent.pismo.documentNumber).toBe('UPP-123');
    expect(sent.steps['mc-decision'].status).toBe('waiting');
  });

  it('pismo-sent without a record date uses the time it was seen', () => {
    const sent = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(4)));
    expect(sent.steps.pismo.completedAt).toBe(day(4));
    expect(sent.pismo).toEqual({});
  });

  it('a later pismo-sent adds a document number the first confirmation did not show, keeping the date', () => {
    const first = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(4)));
    const second = applyEvent(first, ev({ type: 'pismo-sent', documentNumber: 'UPP-9' }, day(5)));
    expect(second.pismo.documentNumber).toBe('UPP-9');
    expect(second.steps.pismo.completedAt).toBe(day(4));
    expect(second.log).toHaveLength(2);
  });

  it('a sent pismo implies the application was done (its scan was attached), marked as implied', () => {
    const sent = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(4)));
    expect(sent.steps.application).toMatchObject({
      status: 'done',
      completedBy: 'implied',
      completedAt: day(4),
    });
    // Data steps are never implied: they follow the profile.
    expect(sent.steps.profile.status).toBe('todo');
  });

  it('never overwrites an earlier real tick with an implied one', () => {
    const state = applyEvents(initialProcessState(), [
      ev({ type: 'manual-tick', stepId: 'application', date: '2026-02-20' }, day(1)),
      ev({ type: 'pismo-sent' }, day(4)),
    ]);
    expect(state.steps.application).toMatchObject({ completedAt: '2026-02-20', completedBy: 'manual' });
  });

  it('does not mutate the state it is given', () => {
    const before = initialProcessState();
    const snapshot = structuredClone(before);
    applyEvents(before, [
      ev({ type: 'pismo-sent', documentNumber: 'X' }),
      ev({ type: 'mc-refused' }),
      ev({ type: 'restart-after-refusal' }),
    ]);
    expect(before).toEqual(snapshot);
  });
});

describe('idempotence of evidence (documented rule: an event that changes nothing is dropped)', () => {
  it('a second banner-read returns the very same state and is not logged again', () => {
    const once = applyEvent(initialProcessState(), ev({ type: 'banner-read' }, day(1)));
    const twice = applyEvent(once, ev({ type: 'banner-read' }, day(2)));
    expect(twice).toBe(once);
    expect(twice.log).toHaveLength(1);
    expect(twice.steps['epuap-ids'].completedAt).toBe(day(1));
  });

  it('repeats of profile-complete, scan-stored, pismo-filled, pismo-sent, mc-form-filled change nothing', () => {
    const events = [
      ev({ type: 'profile-complete' }, day(1)),
      ev({ type: 'application-generated' }, day(1)),
      ev({ type: 'scan-stored' }, day(1)),
      ev({ type: 'pismo-filled' }, day(2)),
      ev({ type: 'pismo-sent', documentNumber: 'UPP-1' }, day(2)),
      ev({ type: 'mc-form-filled' }, day(20)),
    ];
    const state = applyEvents(initialProcessState(), events);
    const repeated = events.map((event) => ({ ...event, at: day(30) }));
    expect(applyEvents(state, repeated)).toBe(state);
  });

  it('pismo-filled after the pismo was sent does not reopen it', () => {
    const sent = applyEvent(initialProcessState(), ev({ type: 'pismo-sent' }, day(2)));
    const refilled = applyEvent(sent, ev({ type: 'pismo-filled' }, day(3)));
    expect(refilled.steps.pismo.status).toBe('done');
  });
});
