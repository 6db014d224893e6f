import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyEvents,
  DEFAULT_WAITING_THRESHOLD_DAYS,
  deriveView,
  initialProcessState,
  reminderDue,
} from '../../../lib/process';
import { completeProfile, day, dayDate, ev, MC_LINK } from './fixtures';

// Sent on day 0; the default threshold is 14 days and the reminder is due ON the 14th day.
const waiting = applyEvent(
  initialProcessState(),
  ev({ type: 'pismo-sent', documentNumber: 'UPP-77' }, day(0)),
);

describe('reminder while waiting for MC', () => {
  it('defaults to 14 days', () => {
    expect(DEFAULT_WAITING_THRESHOLD_DAYS).toBe(14);
    expect(waiting.waitingThresholdDays).toBe(14);
  });

  it('is not due after 13 days (even 13 days and 23 hours)', () => {
    expect(reminderDue(waiting, dayDate(13))).toBeNull();
    expect(reminderDue(waiting, dayDate(13.99))).toBeNull();
    expect(deriveView(waiting, completeProfile(), dayDate(13)).reminders).toEqual([]);
  });

  it('is due on the 14th day', () => {
    expect(reminderDue(waiting, dayDate(14))).toMatchObject({
      kind: 'mc-waiting',
      days: 14,
      thresholdDays: 14,
    });
  });

  it('is due after 15 days, with the Polish text the side panel shows', () => {
    const reminder = reminderDue(waiting, dayDate(15));
    expect(reminder?.text).toMatch(/^Czekasz na odpowiedź MC od 15 dni\./);
    expect(reminder?.text).toContain('nr dokumentu UPP-77');
    expect(deriveView(waiting, completeProfile(), dayDate(15)).reminders).toEqual([reminder]);
  });

  it('shows the days waited on the decision step', () => {
    const decision = deriveView(waiting, completeProfile(), dayDate(6)).steps.find(
      (s) => s.id === 'mc-decision',
    );
    expect(decision).toMatchObject({ status: 'waiting', waitingDays: 6 });
  });

  it('counts from the record date on the confirmation when there is one', () => {
    const state = applyEvent(initialProcessState(), ev({ type: 'pismo-sent', sentAt: '2026-03-01' }, day(3)));
    // 2026-03-01T00:00Z → day(14) is 2026-03-16T09:00Z: 15 whole days.
    expect(reminderDue(state, dayDate(14))?.days).toBe(15);
  });

  it('follows the threshold the service copies in from the settings', () => {
    const state = { ...waiting, waitingThresholdDays: 7 };
    expect(reminderDue(state, dayDate(6))).toBeNull();
    expect(reminderDue(state, dayDate(7))?.text).toContain('od 7 dni');
    expect(reminderDue({ ...waiting, waitingThresholdDays: 1 }, dayDate(1))?.text).toContain('od 1 dnia');
  });

  it('stops once MC answers, either way', () => {
    const approved = applyEvent(waiting, ev({ type: 'mc-approved', link: MC_LINK }, day(20)));
    expect(reminderDue(approved, dayDate(30))).toBeNull();
    const refused = applyEvent(waiting, ev({ type: 'mc-refused' }, day(20)));
    expect(reminderDue(refused, dayDate(30))).toBeNull();
  });

  it('is never due before the pismo is sent', () => {
    const state = applyEvents(initialProcessState(), [ev({ type: 'pismo-filled' }, day(0))]);
    expect(reminderDue(state, dayDate(100))).toBeNull();
  });
});
