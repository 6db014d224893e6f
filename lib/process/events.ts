import { z } from 'zod';
import { STEP_IDS } from './steps';

/** An instant with its offset, as `new Date().toISOString()` writes it. */
const Instant = z.iso.datetime({ offset: true, error: 'Podaj datę i godzinę w formacie ISO 8601.' });
/** A day the clerk picks (`2026-03-02`) or a full instant: ticks for things done on paper carry a day. */
const Day = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Podaj datę w formacie RRRR-MM-DD.',
});
const ShortText = (max: number) => z.string().trim().min(1).max(max);

const StepIdSchema = z.enum(STEP_IDS, { error: 'Nieznany krok procesu.' });

const McLink = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'Link od MC musi być pełnym adresem zaczynającym się od https://',
});

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), at: Instant, ...shape });

export const ProcessEventSchema = z.discriminatedUnion('type', [
  event('profile-complete', {}),
  // What the banner showed, kept only for the timeline: the profile holds the identifiers.
  event('banner-read', { login: ShortText(100).optional(), orgId: ShortText(100).optional() }),
  event('application-generated', {}),
  event('scan-stored', { fileName: ShortText(255).optional() }),
  event('pismo-filled', {}),
  // sentAt: the record date on ePUAP's confirmation, when it shows one.
  event('pismo-sent', { sentAt: Day.optional(), documentNumber: ShortText(100).optional() }),
  event('mc-approved', { link: McLink }),
  event('mc-refused', { reason: ShortText(2000).optional() }),
  event('mc-form-filled', {}),
  event('passwords-kept', {}),
  event('manual-tick', { stepId: StepIdSchema, date: Day, note: ShortText(500).optional() }),
  event('undo-tick', { stepId: StepIdSchema }),
  event('restart-after-refusal', {}),
  // No threshold event: the reminder's number of days is one setting for every municipality.
]);

export type ProcessEvent = z.output<typeof ProcessEventSchema>;
export type ProcessEventType = ProcessEvent['type'];
export type ProcessEventOf<T extends ProcessEventType> = Extract<ProcessEvent, { type: T }>;

export type ParsedEvent = { ok: true; event: ProcessEvent } | { ok: false; message: string };

/** Checks an event coming from another context (message, import) before it reaches `applyEvent`. */
export function parseProcessEvent(input: unknown): ParsedEvent {
  const result = ProcessEventSchema.safeParse(input);
  if (result.success) return { ok: true, event: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'Nieprawidłowe zdarzenie.' };
}
