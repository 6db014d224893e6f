import { describe, expect, it } from 'vitest';
import { emptyProfileInput, type ProfileInput } from '../../../lib/profile/schema';
import { BRUDZEW_COMPLETE as BRUDZEW } from '../../fixtures/sample-profiles';
import { freshService } from '../service/test-db';

type Service = Awaited<ReturnType<typeof freshService>>;

async function addProfile({ handlers }: Service, values: Partial<ProfileInput>): Promise<string> {
  const result = await handlers['profile.save']({ id: null, input: { ...emptyProfileInput(), ...values } });
  if (!result.ok) throw new Error(result.message);
  return result.profile.id;
}

describe('process handlers', () => {
  it('records the profile becoming complete when it is saved complete, and tells pages about progress', async () => {
    const service = await freshService();
    const id = await addProfile(service, BRUDZEW);
    expect(service.notified).toContainEqual(['profiles', 'drafts', 'meta', 'progress']);
    const { view, timeline } = await service.handlers['process.get']({ profileId: id });
    expect(view.steps[0]).toMatchObject({ id: 'profile', status: 'done', missing: [] });
    expect(timeline).toMatchObject([{ type: 'profile-complete', at: '2026-11-24T12:00:00.000Z' }]);
  });

  it('records nothing for an incomplete profile, whose steps list what is missing', async () => {
    const service = await freshService();
    const id = await addProfile(service, { ...BRUDZEW, nip: '' });
    expect(service.notified).toEqual([['profiles', 'drafts', 'meta', 'progress']]);
    expect(await service.db.get('progress', id)).toBeUndefined();
    const { view } = await service.handlers['process.get']({ profileId: id });
    expect(view.steps[0]).toMatchObject({ status: 'in-progress', missing: ['brak NIP'], isCurrent: true });
  });

  it('persists an event stamped with the background clock, and drops a repeat that changes nothing', async () => {
    const service = await freshService();
    const id = await addProfile(service, BRUDZEW);
    service.notified.length = 0;
    const tick = {
      type: 'manual-tick',
      stepId: 'application',
      date: '2026-11-20',
      note: 'podpisał wójt',
    } as const;
    expect(await service.handlers['process.event']({ profileId: id, event: tick })).toEqual({
      ok: true,
      changed: true,
    });
    expect(service.notified).toEqual([['progress']]);
    const stored = await service.db.get('progress', id);
    expect(stored?.state.steps.application).toMatchObject({
      status: 'done',
      completedAt: '2026-11-20',
      completedBy: 'manual',
      note: 'podpisał wójt',
    });
    expect(stored?.state.log.at(-1)).toMatchObject({ type: 'manual-tick', at: '2026-11-24T12:00:00.000Z' });

    expect(await service.handlers['process.event']({ profileId: id, event: tick })).toEqual({
      ok: true,
      changed: false,
    });
    expect(service.notified).toEqual([['progress']]);
  });

  it('undoes a tick', async () => {
    const service = await freshService();
    const id = await addProfile(service, BRUDZEW);
    const event = (e: object) => service.handlers['process.event']({ profileId: id, event: e as never });
    await event({ type: 'manual-tick', stepId: 'sigillum-files', date: '2026-11-20' });
    await event({ type: 'undo-tick', stepId: 'sigillum-files' });
    const { view, timeline } = await service.handlers['process.get']({ profileId: id });
    expect(view.steps.find((s) => s.id === 'sigillum-files')?.status).toBe('todo');
    expect(timeline[0]?.text).toBe('Cofnięto zaznaczenie: Certyfikat od Sigillum.');
  });

  it.each([
    [
      { type: 'mc-approved', link: 'http://mc.gov.pl/x' },
      'Link od MC musi być pełnym adresem zaczynającym się od https://',
    ],
    [
      { type: 'mc-approved', link: 'nie link' },
      'Link od MC musi być pełnym adresem zaczynającym się od https://',
    ],
    [{ type: 'manual-tick', stepId: 'pismo', date: '24.11.2026' }, 'Podaj datę w formacie RRRR-MM-DD.'],
    [{ type: 'manual-tick', stepId: 'krok-x', date: '2026-11-20' }, 'Nieznany krok procesu.'],
    [
      { type: 'manual-tick', stepId: 'pismo', date: '2027-01-10' },
      'Data nie może być z przyszłości. Wybierz dzień, w którym krok wykonano.',
    ],
    [{ type: 'wyslij-wszystko' }, 'Nieznany rodzaj zdarzenia procesu. Odśwież panel i spróbuj ponownie.'],
    [
      { type: 'set-waiting-threshold', days: 3 },
      'Nieznany rodzaj zdarzenia procesu. Odśwież panel i spróbuj ponownie.',
    ],
  ])('refuses the invalid event %j in Polish and stores nothing', async (event, error) => {
    const service = await freshService();
    const id = await addProfile(service, { municipality: 'Gmina Brudzew' });
    service.notified.length = 0;
    expect(await service.handlers['process.event']({ profileId: id, event: event as never })).toEqual({
      ok: false,
      error,
    });
    expect(await service.db.get('progress', id)).toBeUndefined();
    expect(service.notified).toEqual([]);
  });

  it('refuses events and reads for a municipality that is not on the list', async () => {
    const { handlers, db } = await freshService();
    const result = await handlers['process.event']({
      profileId: 'gone',
      event: { type: 'manual-tick', stepId: 'pismo', date: '2026-11-20' },
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Tej gminy nie ma na liście/) });
    expect(await db.get('progress', 'gone')).toBeUndefined();
    await expect(handlers['process.get']({ profileId: 'gone' })).rejects.toThrow(/Tej gminy nie ma/);
  });

  it('keeps the MC approval link for the MC form step', async () => {
    const service = await freshService();
    const id = await addProfile(service, BRUDZEW);
    const link = 'https://formularz.mc.gov.pl/wniosek/7f3a9c?token=abc';
    await service.handlers['process.event']({ profileId: id, event: { type: 'mc-approved', link } });
    const { view, state } = await service.handlers['process.get']({ profileId: id });
    expect(state.mcDecision.approvalLink).toBe(link);
    expect(view.steps.find((s) => s.id === 'mc-form')).toMatchObject({
      isCurrent: true,
      action: { url: link },
    });
  });

  it('lists every municipality with its current step and reminds about a long wait for MC', async () => {
    const service = await freshService();
    const brudzew = await addProfile(service, BRUDZEW);
    const lezyce = await addProfile(service, { municipality: 'Gmina Łężyce' });
    // Sent 20 days before the service's clock (2026-11-24): past the default 14 days.
    await service.handlers['process.event']({
      profileId: brudzew,
      event: { type: 'pismo-sent', sentAt: '2026-11-04', documentNumber: 'UPP-123' },
    });
    const overview = await service.handlers['process.overview'](undefined);
    expect(overview).toMatchObject([
      {
        profileId: brudzew,
        name: 'Gmina Brudzew',
        active: true,
        summary: {
          currentStepId: 'mc-decision',
          currentStepTitle: 'Odpowiedź Ministerstwa Cyfryzacji',
          done: 4,
        },
        reminder: { days: 20, thresholdDays: 14 },
      },
      {
        profileId: lezyce,
        name: 'Gmina Łężyce',
        active: false,
        summary: { currentStepId: 'profile', done: 0 },
      },
    ]);
    expect(overview[0]?.reminder?.text).toContain('nr dokumentu UPP-123');
    expect(overview[1]?.reminder).toBeUndefined();
  });

  it('reads the reminder threshold from the settings, for the view and the overview alike', async () => {
    const service = await freshService();
    const id = await addProfile(service, BRUDZEW);
    await service.handlers['process.event']({
      profileId: id,
      event: { type: 'pismo-sent', sentAt: '2026-11-04' },
    });
    expect((await service.handlers['process.get']({ profileId: id })).view.reminders).toHaveLength(1);

    service.notified.length = 0;
    expect(await service.handlers['settings.put']({ waitingThresholdDays: 30 })).toMatchObject({
      ok: true,
      settings: { waitingThresholdDays: 30, coordinatorEmail: 'koordynator@e-instytucja.pl' },
    });
    expect(service.notified).toEqual([['meta', 'progress']]);
    const { view, state } = await service.handlers['process.get']({ profileId: id });
    expect(state.waitingThresholdDays).toBe(30);
    expect(view.reminders).toEqual([]);
    expect((await service.handlers['process.overview'](undefined))[0]?.reminder).toBeUndefined();
  });
});

describe('settings', () => {
  it('start from the defaults', async () => {
    const { handlers } = await freshService();
    expect(await handlers['settings.get'](undefined)).toEqual({
      coordinatorEmail: 'koordynator@e-instytucja.pl',
      waitingThresholdDays: 14,
    });
  });

  it('change one value and keep the others', async () => {
    const { handlers } = await freshService();
    await handlers['settings.put']({ waitingThresholdDays: 21 });
    await handlers['settings.put']({ coordinatorEmail: ' Koordynator@Gmina.pl ' });
    expect(await handlers['settings.get'](undefined)).toEqual({
      coordinatorEmail: 'koordynator@gmina.pl',
      waitingThresholdDays: 21,
    });
  });

  it.each([
    [{ waitingThresholdDays: 0 }, 'Przypomnienie najwcześniej po 1 dniu.'],
    [{ waitingThresholdDays: 400 }, 'Przypomnienie najpóźniej po 365 dniach.'],
    [{ waitingThresholdDays: 2.5 }, 'Liczba dni musi być całkowita, np. 14.'],
    [{ waitingThresholdDays: '14' }, 'Podaj liczbę dni, np. 14.'],
    [
      { coordinatorEmail: 'koordynator' },
      'Adres koordynatora: Podaj adres e-mail w postaci nazwa@domena.pl.',
    ],
    [{ theme: 'dark' }, 'Nieznane ustawienie: theme.'],
  ])('refuse %j in Polish and keep what was stored', async (changes, error) => {
    const { handlers } = await freshService();
    await handlers['settings.put']({ waitingThresholdDays: 21 });
    expect(await handlers['settings.put'](changes as never)).toEqual({ ok: false, error });
    expect((await handlers['settings.get'](undefined)).waitingThresholdDays).toBe(21);
  });
});
