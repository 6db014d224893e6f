/**
 * The application snapshot: exactly the data printed on the application, with its place, date and
 * moment of creation. The MC web form must carry the application's data, not whatever the profile
 * says later, so the snapshot is stored (IndexedDB, export) and diffed against the current profile.
 */
import { z } from 'zod';
import { FIELD_LABELS } from '../profile/labels';
import { type ProfileFields, SIGNATORY_ROLES } from '../profile/schema';
import {
  applicationMissingFields,
  DocumentDataError,
  defaultPlaceAndDate,
  type MissingField,
  normalizePolishDate,
} from './application-data';
import { PLACE_LABEL } from './application-texts';

/** The profile fields printed on the application, in print order (TERYT is not printed). */
export const APPLICATION_FIELDS = [
  'municipality',
  'officeName',
  'street',
  'buildingNumber',
  'postalCode',
  'town',
  'regon',
  'nip',
  'email',
  'phone',
  'epuapLogin',
  'epuapOrgId',
  'platformDomain',
  'signatoryName',
  'signatoryRole',
] as const satisfies readonly (keyof ProfileFields)[];

export type ApplicationFieldName = (typeof APPLICATION_FIELDS)[number];

const trimmed = z.string().max(300);

/**
 * Bump when the stored shape changes, with a step in lib/db/records/snapshots.ts that upgrades the
 * older records (stored and exported snapshots carry their version).
 */
export const SNAPSHOT_VERSION = 1;

export const ApplicationSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** The profile the snapshot was taken from, when it had an id. */
  profileId: z.string().min(1).optional(),
  fields: z.object({
    municipality: trimmed,
    officeName: trimmed,
    street: trimmed,
    buildingNumber: trimmed,
    postalCode: trimmed,
    town: trimmed,
    regon: trimmed,
    nip: trimmed,
    email: trimmed,
    phone: trimmed,
    epuapLogin: trimmed,
    epuapOrgId: trimmed,
    platformDomain: trimmed,
    signatoryName: trimmed,
    signatoryRole: z.enum(['', ...SIGNATORY_ROLES]),
  }),
  /** Place printed on page 2. */
  place: z.string().trim().min(1).max(80),
  /** Date printed on page 2, dd.mm.rrrr. */
  date: z.string().regex(/^\d{2}\.\d{2}\.\d{4}$/),
  /** When the PDF was generated (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
});

export type ApplicationSnapshot = z.output<typeof ApplicationSnapshotSchema>;
export type ApplicationFields = ApplicationSnapshot['fields'];

export interface PlaceAndDate {
  /** Place printed on page 2; defaults to the office's town. */
  place?: string;
  /** dd.mm.rrrr or a Date; defaults to today. */
  date?: string | Date;
  /** The moment recorded as createdAt (default: now); also "today" for the default date. */
  now?: Date;
}

/**
 * Takes the snapshot of what the application will print, or throws DocumentDataError listing
 * everything missing (profile fields, place, an invalid date) before any PDF work.
 */
export function snapshotForApplication(
  profile: ProfileFields & { id?: string },
  options: PlaceAndDate = {},
): ApplicationSnapshot {
  const now = options.now ?? new Date();
  const defaults = defaultPlaceAndDate(profile, now);
  const place = (options.place ?? '').trim() || defaults.place;
  const missing: MissingField[] = applicationMissingFields(profile);
  if (!place && !missing.some((m) => m.field === 'town'))
    missing.push({ field: 'place', label: PLACE_LABEL });
  let date = defaults.date;
  try {
    if (options.date !== undefined && options.date !== '') date = normalizePolishDate(options.date);
  } catch (error) {
    if (error instanceof DocumentDataError) missing.push(...error.missing);
    else throw error;
  }
  if (missing.length) throw new DocumentDataError(missing);

  const fields = Object.fromEntries(
    APPLICATION_FIELDS.map((name) => [name, (profile[name] ?? '').trim()]),
  ) as ApplicationFields;
  return ApplicationSnapshotSchema.parse({
    version: SNAPSHOT_VERSION,
    ...(profile.id ? { profileId: profile.id } : {}),
    fields,
    place,
    date,
    createdAt: now.toISOString(),
  });
}

export interface SnapshotChange {
  field: ApplicationFieldName;
  label: string;
  /** The value on the printed (and sent) application. */
  printed: string;
  /** The value in the profile now. */
  current: string;
}

/**
 * What differs between the printed application and the profile now. An empty list means the MC
 * form can be filled from the profile; otherwise it must be filled from the snapshot (or a new
 * application sent), because MC requires the form to match the application exactly.
 */
export function diffSnapshot(snapshot: ApplicationSnapshot, profile: ProfileFields): SnapshotChange[] {
  return APPLICATION_FIELDS.flatMap((field) => {
    const printed = snapshot.fields[field];
    const current = (profile[field] ?? '').trim();
    return printed === current ? [] : [{ field, label: FIELD_LABELS[field], printed, current }];
  });
}
