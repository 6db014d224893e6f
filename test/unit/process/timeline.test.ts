import { describe, expect, it } from 'vitest';
import { applyEvents, deriveTimeline, initialProcessState } from '../../../lib/process';
import { day, ev, MC_LINK } from './fixtures';

describe('timeline', () => {
  const state = applyEvents(initialProcessState(), [
    ev({ type: 'profile-complete' }, day(0)),
    ev({ type: 'banner-read', login: 'jkowalski', orgId: 'UGBrudzew' }, day(1)),
    ev({ type: 'banner-read', login: 'jkowalski', orgId: 'UGBrudzew' }, day(2)),
    ev({ type: 'application-generated' }, day(2)),
    ev({ type: 'scan-stored', fileName: 'wniosek.pdf' }, day(3)),
    ev({ type: 'pismo-filled' }, day(4)),
    ev({ type: 'pismo-sent', sentAt: '2026-03-06', documentNumber: 'UPP-1' }, day(4)),
    ev({ type: 'set-waiting-threshold', days: 10 }, day(5)),
    ev({ type: 'mc-refused', reason: 'Niezgodne dane' }, day(12)),
    ev({ type: 'restart-after-refusal' }, day(13)),
    ev({ type: 'manual-tick', stepId: 'application', date: '2026-03-16', note: 'poprawiony' }, day(14)),
    ev({ type: 'undo-tick', stepId: 'application' }, day(14)),
    ev({ type: 'pismo-sent' }, day(15)),
    ev({ type: 'mc-approved', link: MC_LINK }, day(20)),
    ev({ type: 'mc-form-filled' }, day(21)),
    ev({ type: 'passwords-kept' }, day(21)),
  ]);
  const timeline = deriveTimeline(state);

  it('has one entry per event that changed something (the repeated banner read appears once)', () => {
    expect(timeline).toHaveLength(15);
    expect(timeline.filter((entry) => entry.type === 'banner-read')).toHaveLength(1);
  });

  it('lists the newest first; same-instant events keep reverse order of recording', () => {
    expect(timeline[0]?.type).toBe('passwords-kept');
    expect(timeline[1]?.type).toBe('mc-form-filled');
    expect(timeline.at(-1)?.type).toBe('profile-complete');
    const times = timeline.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('describes each event in Polish with its details', () => {
    const texts = timeline.map((entry) => entry.text);
    expect(texts).toContain(
      'Odczytano identyfikatory ePUAP z banera (login: jkowalski, organizacja: UGBrudzew).',
    );
    expect(texts).toContain('Zapisano skan podpisanego wniosku (wniosek.pdf).');
    expect(texts).toContain('Wysłano Pismo ogólne do MC (data: 06.03.2026, nr dokumentu: UPP-1).');
    expect(texts).toContain('MC odmówiło wydania certyfikatu: Niezgodne dane');
    expect(texts).toContain('Zaznaczono: Wniosek o wydanie certyfikatu (data: 16.03.2026) – poprawiony');
    expect(texts).toContain('Cofnięto zaznaczenie: Wniosek o wydanie certyfikatu.');
    expect(texts).toContain('Rozpoczęto od nowa po odmowie MC; dane gminy zostały zachowane.');
    expect(texts).toContain('Przypomnienie o braku odpowiedzi MC ustawiono po 10 dniach.');
    expect(texts.every((text) => text.length > 10)).toBe(true);
  });

  it('ties entries to their steps where there is one', () => {
    expect(timeline.find((entry) => entry.type === 'mc-approved')?.stepId).toBe('mc-decision');
    expect(timeline.find((entry) => entry.type === 'restart-after-refusal')?.stepId).toBeUndefined();
  });

  it('is empty for a fresh process', () => {
    expect(deriveTimeline(initialProcessState())).toEqual([]);
  });
});
