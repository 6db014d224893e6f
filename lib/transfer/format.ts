import { z } from 'zod';
import { StoredMappingSchema } from '../db/mappings';
import { StoredProcessStateSchema } from '../db/records/progress';
import { StoredSnapshotSchema } from '../db/records/snapshots';
import { ProfileSchema } from '../profile/schema';

/**
 * The export file: one JSON document, versioned so that an older extension refuses a newer file
 * instead of half-reading it. Documented in README.md ("Eksport i import").
 * Version 1 held the profiles only; version 2 adds each municipality's process progress and
 * application snapshot, and the fields users taught on ePUAP pages. Version 1 files still import.
 * A state or snapshot written in an older version of its own climbs its ladder (lib/db/records) on
 * the way in, so a file exported before a bump still imports after it.
 */
export const EXPORT_FORMAT = 'asystent-epuap/eksport';
export const EXPORT_VERSION = 2;

/** Learned fields: the same rules as a mapping learned on a page (one trailing `/*`, passwords to password inputs). */
export const MappingSchema = StoredMappingSchema;

const common = {
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.iso.datetime(),
  activeProfileId: z.string().nullable().optional(),
  profiles: z.array(ProfileSchema),
};

const ExportFileV1Schema = z.object({ ...common, version: z.literal(1) });

export const ExportFileSchema = z.object({
  ...common,
  version: z.literal(EXPORT_VERSION),
  progress: z.array(z.object({ profileId: z.string().min(1), state: StoredProcessStateSchema })),
  snapshots: z.array(z.object({ profileId: z.string().min(1), snapshot: StoredSnapshotSchema })),
  mappings: z.array(MappingSchema),
});

export type ExportFile = z.output<typeof ExportFileSchema>;

/** The schema for a file of the given version, read into the current shape (older files lack the newer parts). */
export function schemaForVersion(version: unknown) {
  if (version === 1)
    return ExportFileV1Schema.transform(
      (v1): ExportFile => ({ ...v1, version: EXPORT_VERSION, progress: [], snapshots: [], mappings: [] }),
    );
  return ExportFileSchema;
}

export function exportFileName(now: Date): string {
  return `asystent-epuap-eksport-${now.toISOString().slice(0, 10)}.json`;
}
