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
    ev({ type: 'mc-refused', reason: 'Niezgodne dane' }, day(12)),
    ev({ type: 'restart-after-refusal' }, day(13)),
    ev({ type: 'manual-tick', stepId: 'application', date: '2026-03-16', note: 'poprawiony' }, day(14)),
    ev({ type: 'undo-tick', stepId: 'application' }, day(14)),
    ev({ type: 'pismo-sent' }, day(15)),
    ev({ type: 'mc-approved', link: MC_LINK }, day(20)),
    ev({ type: 'mc-form-filled' }, day(21)),
    ev({ type: 'passwords-kept' }, day(21)),
  ]);

  it('lists every event that changed something, newest first, with its step and its Polish text', () => {
    // The repeated banner read (day 2) changed nothing: it is not there. Events of the same
    // instant come in reverse order of recording (passwords after form, undo after tick).
    expect(deriveTimeline(state)).toEqual([
      {
        at: '2026-03-23T09:00:00.000Z',
        type: 'passwords-kept',
        stepId: 'mc-form',
        text: 'Potwierdzono zapisanie obu haseł (do unieważnienia certyfikatu i do pliku p12).',
      },
      {
        at: '2026-03-23T09:00:00.000Z',
        type: 'mc-form-filled',
        stepId: 'mc-form',
        text: 'Wypełniono formularz MC.',
      },
      {
        at: '2026-03-22T09:00:00.000Z',
        type: 'mc-approved',
        stepId: 'mc-decision',
        text: 'MC zatwierdziło wniosek i przysłało link do formularza.',
      },
      {
        at: '2026-03-17T09:00:00.000Z',
        type: 'pismo-sent',
        stepId: 'pismo',
        text: 'Wysłano Pismo ogólne do MC.',
      },
      {
        at: '2026-03-16T09:00:00.000Z',
        type: 'undo-tick',
        stepId: 'application',
        text: 'Cofnięto zaznaczenie: Wniosek o wydanie certyfikatu.',
      },
      {
        at: '2026-03-16T09:00:00.000Z',
        type: 'manual-tick',
        stepId: 'application',
        text: 'Zaznaczono: Wniosek o wydanie certyfikatu (data: 16.03.2026) – poprawiony',
      },
      {
        at: '2026-03-15T09:00:00.000Z',
        type: 'restart-after-refusal',
        text: 'Rozpoczęto od nowa po odmowie MC; dane gminy zostały zachowane.',
      },
      {
        at: '2026-03-14T09:00:00.000Z',
        type: 'mc-refused',
        stepId: 'mc-decision',
        text: 'MC odmówiło wydania certyfikatu: Niezgodne dane',
      },
      {
        at: '2026-03-06T09:00:00.000Z',
        type: 'pismo-sent',
        stepId: 'pismo',
        text: 'Wysłano Pismo ogólne do MC (data: 06.03.2026, nr dokumentu: UPP-1).',
      },
      {
        at: '2026-03-06T09:00:00.000Z',
        type: 'pismo-filled',
        stepId: 'pismo',
        text: 'Wypełniono Pismo ogólne do Ministerstwa Cyfryzacji w ePUAP.',
      },
      {
        at: '2026-03-05T09:00:00.000Z',
        type: 'scan-stored',
        stepId: 'application',
        text: 'Zapisano skan podpisanego wniosku (wniosek.pdf).',
      },
      {
        at: '2026-03-04T09:00:00.000Z',
        type: 'application-generated',
        stepId: 'application',
        text: 'Przygotowano wniosek o wydanie certyfikatu do druku.',
      },
      {
        at: '2026-03-03T09:00:00.000Z',
        type: 'banner-read',
        stepId: 'epuap-ids',
        text: 'Odczytano identyfikatory ePUAP z banera (login: jkowalski, organizacja: UGBrudzew).',
      },
      {
        at: '2026-03-02T09:00:00.000Z',
        type: 'profile-complete',
        stepId: 'profile',
        text: 'Dane gminy są kompletne.',
      },
    ]);
  });

  it('leaves out the details an event does not carry', () => {
    const texts = deriveTimeline(
      applyEvents(initialProcessState(), [
        ev({ type: 'banner-read', login: 'jkowalski' }, day(0)),
        ev({ type: 'scan-stored' }, day(1)),
        ev({ type: 'pismo-sent', documentNumber: 'UPP-9' }, day(2)),
        ev({ type: 'mc-refused' }, day(3)),
        ev({ type: 'manual-tick', stepId: 'handover', date: '2026-03-06' }, day(4)),
      ]),
    ).map((entry) => entry.text);
    expect(texts).toEqual([
      'Zaznaczono: Przekazanie certyfikatu koordynatorowi (data: 06.03.2026).',
      'MC odmówiło wydania certyfikatu.',
      'Wysłano Pismo ogólne do MC (nr dokumentu: UPP-9).',
      'Zapisano skan podpisanego wniosku.',
      'Odczytano identyfikatory ePUAP z banera (login: jkowalski).',
    ]);
  });

  it('is empty for a fresh process', () => {
    expect(deriveTimeline(initialProcessState())).toEqual([]);
  });
});
