import { z } from 'zod';
import { getSettings, putSettings } from '../db/meta';
import type { Database } from '../db/open';
import { getProfile } from '../db/profiles';
import type { Settings } from '../db/schema';
import {
  deriveTimeline,
  deriveView,
  ProcessEventSchema,
  type ProcessState,
  parseProcessEvent,
  reminderDue,
  summarize,
} from '../process';
import { emailError } from '../profile/identifiers';
import { displayName } from '../profile/name';
import type { Profile } from '../profile/schema';
import type {
  MunicipalityProgress,
  ProcessEventResult,
  ProcessProtocol,
  ProcessSnapshot,
  SettingsResult,
} from '../protocol/process';
import type { AreaHandlers, ServiceDeps } from './deps';
import { readProcessState, recordProcessEvent } from './process-events';
import { readAppState } from './profile-service';

const UNKNOWN_PROFILE = 'Tej gminy nie ma na liście (może została usunięta w innym oknie).';
const DAY_MS = 24 * 60 * 60 * 1000;
const EVENT_TYPES = new Set<unknown>(ProcessEventSchema.options.map((option) => option.shape.type.value));

export function processHandlers({ db, now, notify }: ServiceDeps): AreaHandlers<ProcessProtocol> {
  return {
    'process.get': async ({ profileId }) => {
      const profile = await getProfile(db, profileId);
      if (!profile) throw new Error(UNKNOWN_PROFILE);
      return readSnapshot(db, profile, now());
    },
    'process.event': async ({ profileId, event }) => {
      const result = await recordCheckedEvent(db, profileId, event, now());
      if (result.ok && result.changed) notify(['progress']);
      return result;
    },
    'process.overview': () => readOverview(db, now()),
    'settings.get': () => getSettings(db),
    'settings.put': async (changes) => {
      const result = await updateSettings(db, changes);
      // The threshold decides reminders (and so the panel and the badge's context): pages re-read.
      if (result.ok) notify(['meta', 'progress']);
      return result;
    },
  };
}

/**
 * The waiting threshold is one setting for all municipalities (meta 'settings'), not the per-process
 * copy the model carries: the view and the alarm both read it through here, so they agree.
 */
export function withSettings(state: ProcessState, settings: Settings): ProcessState {
  return { ...state, waitingThresholdDays: settings.waitingThresholdDays };
}

export async function readSnapshot(db: Database, profile: Profile, now: Date): Promise<ProcessSnapshot> {
  const [stored, settings] = await Promise.all([readProcessState(db, profile.id), getSettings(db)]);
  const state = withSettings(stored, settings);
  return {
    profileId: profile.id,
    state,
    view: deriveView(state, profile, now),
    timeline: deriveTimeline(state),
  };
}

export async function readOverview(db: Database, now: Date): Promise<MunicipalityProgress[]> {
  const [{ profiles, activeProfileId }, settings] = await Promise.all([readAppState(db), getSettings(db)]);
  return Promise.all(
    profiles.map(async (profile) => {
      const state = withSettings(await readProcessState(db, profile.id), settings);
      const reminder = reminderDue(state, now);
      const line: MunicipalityProgress = {
        profileId: profile.id,
        name: displayName(profile),
        active: profile.id === activeProfileId,
        summary: summarize(state, profile, now),
      };
      if (reminder) line.reminder = reminder;
      return line;
    }),
  );
}

/** Validates an event from another context, stamps it with the background's clock, and stores it. */
export async function recordCheckedEvent(
  db: Database,
  profileId: string,
  input: unknown,
  now: Date,
): Promise<ProcessEventResult> {
  if (!(await getProfile(db, profileId))) return { ok: false, error: UNKNOWN_PROFILE };
  if (typeof input !== 'object' || input === null || !EVENT_TYPES.has((input as { type?: unknown }).type))
    return { ok: false, error: 'Nieznany rodzaj zdarzenia procesu. Odśwież panel i spróbuj ponownie.' };
  const stamped = { at: now.toISOString(), ...input };
  const parsed = parseProcessEvent(stamped);
  if (!parsed.ok) return { ok: false, error: parsed.message };
  const { event } = parsed;
  // A day a few hours ahead is the clerk's time zone, not a mistake; a later one is a typo.
  if (event.type === 'manual-tick' && Date.parse(event.date) > now.getTime() + DAY_MS)
    return { ok: false, error: 'Data nie może być z przyszłości. Wybierz dzień, w którym krok wykonano.' };
  return { ok: true, changed: await recordProcessEvent(db, profileId, event) };
}

const SettingsChangesSchema = z
  .object({
    coordinatorEmail: z
      .string()
      .transform((value) => value.trim().toLowerCase())
      .superRefine((value, ctx) => {
        const message = emailError(value);
        if (message)
          ctx.addIssue({
            code: 'custom',
            message: `Adres koordynatora: ${message.replace(/ \(.*\)\.$/, '.')}`,
          });
      }),
    waitingThresholdDays: z
      .number({ error: 'Podaj liczbę dni, np. 14.' })
      .int({ error: 'Liczba dni musi być całkowita, np. 14.' })
      .min(1, { error: 'Przypomnienie najwcześniej po 1 dniu.' })
      .max(365, { error: 'Przypomnienie najpóźniej po 365 dniach.' }),
  })
  .partial()
  .strict();

export async function updateSettings(db: Database, changes: unknown): Promise<SettingsResult> {
  const parsed = SettingsChangesSchema.safeParse(changes ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys')
      return { ok: false, error: `Nieznane ustawienie: ${issue.keys.join(', ')}.` };
    return { ok: false, error: issue?.message ?? 'Nieprawidłowe ustawienia.' };
  }
  const settings = { ...(await getSettings(db)), ...parsed.data };
  await putSettings(db, settings);
  return { ok: true, settings };
}
