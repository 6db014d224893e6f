import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../lib/profile/schema';
import { affectsBadge, createBadgeRefresher, progressBadgeText } from '../../../lib/service/badge';
import {
  dueReminders,
  REMINDER_ALARM,
  REMINDER_ICON,
  type ReminderApis,
  sendDueReminders,
  watchMcReminders,
} from '../../../lib/service/reminders';
import { BRUDZEW_COMPLETE as COMPLETE } from '../../fixtures/sample-profiles';
import { freshService, saveProfiles } from '../service/test-db';

const NOW = new Date('2026-11-24T12:00:00.000Z');

async function serviceWith(...profiles: Array<Partial<ProfileInput>>) {
  const service = await freshService();
  const ids = (await saveProfiles(service.handlers, ...profiles)).map((p) => p.id);
  return { ...service, ids };
}

describe('the toolbar badge', () => {
  it('is empty while no municipality is kept', async () => {
    const { db } = await serviceWith();
    expect(await progressBadgeText(db, NOW)).toBe('');
  });

  it('counts the done steps of the active municipality and follows progress and the active choice', async () => {
    const { db, handlers, ids } = await serviceWith(COMPLETE, { municipality: 'Gmina Łężyce' });
    const [brudzew, lezyce] = ids as [string, string];
    // Complete data and both ePUAP identifiers: steps 1 and 2.
    expect(await progressBadgeText(db, NOW)).toBe('2/10');
    await handlers['process.event']({
      profileId: brudzew,
      event: { type: 'manual-tick', stepId: 'application', date: '2026-11-20' },
    });
    expect(await progressBadgeText(db, NOW)).toBe('3/10');
    await handlers['profile.setActive']({ id: lezyce });
    expect(await progressBadgeText(db, NOW)).toBe('0/10');
    await handlers['profile.delete']({ id: lezyce });
    expect(await progressBadgeText(db, NOW)).toBe('3/10');
  });

  it('is refreshed after writes to progress, the active profile or profiles, not after drafts', () => {
    expect(affectsBadge(['progress'])).toBe(true);
    expect(affectsBadge(['meta'])).toBe(true);
    expect(affectsBadge(['profiles', 'drafts'])).toBe(true);
    expect(affectsBadge(['drafts'])).toBe(false);
  });

  it('ends a burst of refreshes with the latest text, even when an older computation is slower', async () => {
    const shown: string[] = [];
    const delays = [30, 0];
    let calls = 0;
    const refresh = createBadgeRefresher(
      async () => {
        const n = ++calls;
        await new Promise((resolve) => setTimeout(resolve, delays[n - 1] ?? 0));
        return `${n}/10`;
      },
      async (text) => {
        shown.push(text);
      },
    );
    void refresh();
    await refresh();
    expect(shown).toEqual(['1/10', '2/10']);
  });

  it('keeps refreshing after one refresh failed', async () => {
    const shown: string[] = [];
    let fail = true;
    const refresh = createBadgeRefresher(
      async () => {
        if (fail) {
          fail = false;
          throw new Error('database closed');
        }
        return '1/10';
      },
      async (text) => {
        shown.push(text);
      },
    );
    await refresh();
    await refresh();
    expect(shown).toEqual(['1/10']);
  });
});

describe('the reminder about MC not answering', () => {
  it('is due for a municipality waiting at least the configured days, on the day they pass', async () => {
    const { db, handlers, ids } = await serviceWith(COMPLETE, { municipality: 'Gmina Łężyce', regon: '' });
    const [brudzew, lezyce] = ids as [string, string];
    await handlers['process.event']({
      profileId: brudzew,
      event: { type: 'pismo-sent', sentAt: '2026-11-10' },
    });
    await handlers['process.event']({
      profileId: lezyce,
      event: { type: 'pismo-sent', sentAt: '2026-11-11' },
    });
    // 2026-11-10 → 14 whole days on 2026-11-24 12:00; 2026-11-11 → 13.
    expect(await dueReminders(db, NOW)).toMatchObject([
      { profileId: brudzew, name: 'Gmina Brudzew', reminder: { days: 14 } },
    ]);
    await handlers['settings.put']({ waitingThresholdDays: 13 });
    expect((await dueReminders(db, NOW)).map((due) => due.name)).toEqual(['Gmina Brudzew', 'Gmina Łężyce']);
  });

  it('is no longer due once MC answered', async () => {
    const { db, handlers, ids } = await serviceWith(COMPLETE);
    const [id] = ids as [string];
    await handlers['process.event']({ profileId: id, event: { type: 'pismo-sent', sentAt: '2026-11-01' } });
    expect(await dueReminders(db, NOW)).toHaveLength(1);
    await handlers['process.event']({
      profileId: id,
      event: { type: 'mc-approved', link: 'https://formularz.mc.gov.pl/x' },
    });
    expect(await dueReminders(db, NOW)).toEqual([]);
  });

  it('shows one Polish notification per waiting municipality', async () => {
    const { db, handlers, ids } = await serviceWith(COMPLETE);
    await handlers['process.event']({
      profileId: ids[0] as string,
      event: { type: 'pismo-sent', sentAt: '2026-11-01' },
    });
    const shown: Array<{ id: string; title: string; message: string }> = [];
    expect(await sendDueReminders(db, NOW, async (n) => void shown.push(n))).toBe(1);
    expect(shown).toEqual([
      {
        id: `${REMINDER_ALARM}:${ids[0]}`,
        title: 'Gmina Brudzew: brak odpowiedzi MC',
        message: expect.stringMatching(/^Czekasz na odpowiedź MC od 23 dni\. Sprawdź skrzynkę e-mail/),
      },
    ]);
  });

  it('schedules a daily alarm once and answers it with notifications', async () => {
    const { db, handlers, ids } = await serviceWith(COMPLETE);
    await handlers['process.event']({
      profileId: ids[0] as string,
      event: { type: 'pismo-sent', sentAt: '2026-11-01' },
    });
    const created: Array<[string, unknown]> = [];
    const notifications: Array<[string, { iconUrl: string; title: string }]> = [];
    let listener: ((alarm: { name: string }) => void) | undefined;
    const apis = (existing: unknown): ReminderApis => ({
      alarms: {
        get: async () => existing,
        create: (name, info) => created.push([name, info]),
        onAlarm: {
          addListener: (callback) => {
            listener = callback;
          },
        },
      },
      notifications: {
        create: async (id, options) => void notifications.push([id, options]),
      },
    });

    watchMcReminders(apis({ name: REMINDER_ALARM }), Promise.resolve(db), () => NOW);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created).toEqual([]); // already scheduled: not pushed back

    watchMcReminders(apis(undefined), Promise.resolve(db), () => NOW);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created).toEqual([[REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 1440 }]]);

    listener?.({ name: 'something-else' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(notifications).toEqual([]);
    listener?.({ name: REMINDER_ALARM });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(notifications).toMatchObject([
      [`${REMINDER_ALARM}:${ids[0]}`, { iconUrl: REMINDER_ICON, title: 'Gmina Brudzew: brak odpowiedzi MC' }],
    ]);
  });
});
