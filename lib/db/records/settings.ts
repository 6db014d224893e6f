import { z } from 'zod';
import { emailError } from '../../profile/identifiers';
import type { Settings } from '../schema';

export const DEFAULT_SETTINGS: Settings = {
  coordinatorEmail: 'koordynator@e-instytucja.pl',
  waitingThresholdDays: 14,
};

/**
 * The stored settings in the current shape. Settings carry no version: a setting added later, or
 * one whose stored value no longer passes, reads as its default, and the others keep their values.
 * A change that cannot be read that way must add a `version` and a ladder (lib/db/records/ladder.ts).
 */
export const SettingsSchema = z.object({
  // The same check as the settings form's, so a value it accepted is never replaced by the default.
  coordinatorEmail: z
    .string()
    .refine((value) => emailError(value) === null)
    .catch(DEFAULT_SETTINGS.coordinatorEmail),
  waitingThresholdDays: z.number().int().min(1).max(365).catch(DEFAULT_SETTINGS.waitingThresholdDays),
});

/** Any stored settings value (or none) as the current settings. */
export function readSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return SettingsSchema.parse(record);
}
