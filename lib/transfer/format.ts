import { z } from 'zod';
import { withCurrentFieldKey } from '../db/legacy-field-keys';
import { StoredMappingSchema } from '../db/mappings';
import { StoredProcessStateSchema } from '../db/records/progress';
import { StoredSnapshotSchema } from '../db/records/snapshots';
import { ProfileSchema } from '../profile/schema';

/**
 * The export file: one JSON document, versioned so that an older extension refuses a newer file
 * instead of half-reading it. Documented in README.md ("Eksport i import").
 * Version 1 held the profiles only; version 2 adds each municipality's process progress and
 * application snapshot, and the fields users taught on ePUAP pages; version 3 names the Pismo ogólne's
 * taught fields by the recipe's English keys (`title`, was `tytul`: lib/db/legacy-field-keys.ts).
 * Version 1 and 2 files still import, read into the current shape.
 * A state or snapshot written in an older version of its own climbs its ladder (lib/db/records) on
 * the way in, so a file exported before a bump still imports after it.
 */
export const EXPORT_FORMAT = 'asystent-epuap/eksport';
export const EXPORT_VERSION = 3;

/** Learned fields: the same rules as a mapping learned on a page (one trailing `/*`, passwords to password inputs). */
export const MappingSchema = StoredMappingSchema;

const common = {
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.iso.datetime(),
  activeProfileId: z.string().nullable().optional(),
  profiles: z.array(ProfileSchema),
};

const ExportFileV1Schema = z.object({ ...common, version: z.literal(1) });

const records = {
  progress: z.array(z.object({ profileId: z.string().min(1), state: StoredProcessStateSchema })),
  snapshots: z.array(z.object({ profileId: z.string().min(1), snapshot: StoredSnapshotSchema })),
  mappings: z.array(MappingSchema),
};

const ExportFileV2Schema = z.object({ ...common, version: z.literal(2), ...records });

export const ExportFileSchema = z.object({ ...common, version: z.literal(EXPORT_VERSION), ...records });

export type ExportFile = z.output<typeof ExportFileSchema>;

/** The schema for a file of the given version, read into the current shape (older files lack the newer parts). */
export function schemaForVersion(version: unknown) {
  if (version === 1)
    return ExportFileV1Schema.transform(
      (v1): ExportFile => ({ ...v1, version: EXPORT_VERSION, progress: [], snapshots: [], mappings: [] }),
    );
  if (version === 2)
    return ExportFileV2Schema.transform(
      (v2): ExportFile => ({
        ...v2,
        version: EXPORT_VERSION,
        mappings: v2.mappings.map(withCurrentFieldKey),
      }),
    );
  return ExportFileSchema;
}

export function exportFileName(now: Date): string {
  return `asystent-epuap-eksport-${now.toISOString().slice(0, 10)}.json`;
}
