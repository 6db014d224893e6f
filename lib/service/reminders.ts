import type { Database } from '../db/open';
import type { Reminder } from '../process';
import { readOverview } from './process-handlers';

/** The daily check for municipalities waiting for MC too long (chrome.alarms). */
export const REMINDER_ALARM = 'mc-waiting-check';
export const REMINDER_PERIOD_MINUTES = 24 * 60;

export interface DueReminder {
  profileId: string;
  name: string;
  reminder: Reminder;
}

/** Every municipality whose wait for MC has reached the threshold in the settings. */
export async function dueReminders(db: Database, now: Date): Promise<DueReminder[]> {
  return (await readOverview(db, now)).flatMap(({ profileId, name, reminder }) =>
    reminder ? [{ profileId, name, reminder }] : [],
  );
}

export interface ReminderNotification {
  /** One per municipality: a new day's reminder replaces yesterday's instead of piling up. */
  id: string;
  title: string;
  message: string;
}

export function reminderNotification({ profileId, name, reminder }: DueReminder): ReminderNotification {
  return {
    id: `${REMINDER_ALARM}:${profileId}`,
    title: `${name}: brak odpowiedzi MC`,
    message: reminder.text,
  };
}

/** What the alarm does: one notification per municipality that waits too long. Returns how many. */
export async function sendDueReminders(
  db: Database,
  now: Date,
  show: (notification: ReminderNotification) => Promise<void>,
): Promise<number> {
  const due = await dueReminders(db, now);
  for (const item of due) await show(reminderNotification(item));
  return due.length;
}

/** A 48 px tick on the accent colour: notifications need an icon and the extension ships none yet. */
export const REMINDER_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA2ElEQVR42u2aSw6AIAxE2XtAL+g9dWdMREA6tNOmk7DmvQW/0lIGsu3HaTHKbKyAIUKs8EMS7PBNCS/wVQlv8C+JFEgBgYBX+FsiBYDjGXcCtbgRaIVeoJcUYIY3FUDAmwmg4E0ERuJagPokRsP/FpBMtgL+l4Bk0lXwwwKSydGLFi7QA1gJDxP4AlkNL14DLSANeNEu1ILSgp86BxAxf1KywItOYgZ4VQHKqoQ1POQy515AetWgKWxZwMPfA9rwMWqj+T+QAikQ4Js1xEd3iFaDEM0e3tptLsBLdEWQfGUXAAAAAElFTkSuQmCC';

/** The slices of the browser API the reminder uses; passed in so this module runs without a browser. */
export interface ReminderApis {
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
    onAlarm: { addListener(callback: (alarm: { name: string }) => void): void };
  };
  notifications?: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string },
    ): Promise<unknown>;
  };
}

/**
 * Schedules the daily check unless it is already scheduled (the service worker wakes often; creating
 * it again each time would push the check back forever), and answers it with notifications.
 * The listener is added synchronously, so an alarm that wakes the worker finds it.
 */
export function watchMcReminders(apis: ReminderApis, database: Promise<Database>, now: () => Date): void {
  apis.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void database.then((db) =>
      sendDueReminders(db, now(), async ({ id, title, message }) => {
        await apis.notifications?.create(id, { type: 'basic', iconUrl: REMINDER_ICON, title, message });
      }),
    );
  });
  void apis.alarms.get(REMINDER_ALARM).then((existing) => {
    if (!existing)
      apis.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: REMINDER_PERIOD_MINUTES });
  });
}
