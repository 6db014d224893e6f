import { z } from 'zod';
import { ProfileSchema } from '../profile/schema';

/**
 * The export file: one JSON document, versioned so that an older extension refuses a newer file
 * instead of half-reading it. Documented in README.md ("Eksport i import").
 */
export const EXPORT_FORMAT = 'asystent-epuap/eksport';
export const EXPORT_VERSION = 1;

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  activeProfileId: z.string().nullable().optional(),
  profiles: z.array(ProfileSchema),
});

export type ExportFile = z.output<typeof ExportFileSchema>;

export function exportFileName(now: Date): string {
  return `asystent-epuap-eksport-${now.toISOString().slice(0, 10)}.json`;
}
