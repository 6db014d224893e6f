import { FIELD_LABELS, FIELD_MISSING } from './labels';
import { PROFILE_FIELD_NAMES, type ProfileFieldName } from './schema';

/** Anything with the profile's fields as text: a stored profile or what the popup holds. */
type FieldValues = Partial<Record<ProfileFieldName, string>>;

/** One piece of data a later step needs; satisfied when any of `anyOf` is filled in. */
export interface Requirement {
  anyOf: readonly ProfileFieldName[];
  /** For alternatives: how the popup and the documents name them. */
  label?: string;
  /** For alternatives: how the checklist says they are missing ("brak …"). */
  missing?: string;
}

const one = (field: ProfileFieldName): Requirement => ({ anyOf: [field] });

const EPUAP_IDS: readonly Requirement[] = [one('epuapLogin'), one('epuapOrgId')];

/**
 * The single definition of which data each later step needs (popup, checklist and documents all
 * ask here). Phone and TERYT are useful but neither the application nor the MC form asks for them.
 */
export const REQUIREMENTS = {
  /** The municipality's own data: step 1 of the process. */
  profile: [
    one('municipality'),
    one('officeName'),
    one('buildingNumber'),
    one('postalCode'),
    one('town'),
    one('regon'),
    one('nip'),
    one('email'),
    one('platformDomain'),
    one('signatoryName'),
    one('signatoryRole'),
  ],
  epuapIds: EPUAP_IDS,
  /** Logging in to the platform can only be tried at its address. */
  platform: [one('platformDomain')],
  /**
   * The paper application, and so the MC form, which must repeat it. The street is optional:
   * villages without streets are addressed "<miejscowość> <numer>", and the town is required anyway.
   * In the order the application prints them.
   */
  application: [
    {
      anyOf: ['municipality', 'officeName'],
      label: 'Nazwa gminy lub urzędu',
      missing: 'brak nazwy gminy lub urzędu',
    },
    one('buildingNumber'),
    one('postalCode'),
    one('town'),
    one('regon'),
    one('nip'),
    one('email'),
    ...EPUAP_IDS,
    one('platformDomain'),
    one('signatoryName'),
    one('signatoryRole'),
  ],
} as const satisfies Record<string, readonly Requirement[]>;

export type RequirementSet = keyof typeof REQUIREMENTS;

const isFilled = (value: string | undefined) => (value ?? '').trim() !== '';

export function missingRequirements(profile: FieldValues, which: RequirementSet): Requirement[] {
  return REQUIREMENTS[which].filter((r: Requirement) => !r.anyOf.some((field) => isFilled(profile[field])));
}

/** The Polish field names of what is missing ("NIP", "Nazwa urzędu lub gminy"). */
export function missingLabels(profile: FieldValues, which: RequirementSet): string[] {
  return missingRequirements(profile, which).map(
    (r) => r.label ?? FIELD_LABELS[r.anyOf[0] as ProfileFieldName],
  );
}

/** What is missing, as the checklist says it ("brak NIP"). */
export function missingTexts(profile: FieldValues, which: RequirementSet): string[] {
  return missingRequirements(profile, which).map(
    (r) => r.missing ?? FIELD_MISSING[r.anyOf[0] as ProfileFieldName],
  );
}

/** Whether the clerk has started on these data at all (for todo vs in-progress). */
export function anyFilled(profile: FieldValues, which: RequirementSet): boolean {
  return REQUIREMENTS[which].some((r: Requirement) => r.anyOf.some((field) => isFilled(profile[field])));
}

/** Share of all profile fields filled in, 0–100 (the optional TERYT and phone count too). */
export function completenessPercent(profile: FieldValues): number {
  const filled = PROFILE_FIELD_NAMES.filter((name) => isFilled(profile[name])).length;
  return Math.round((filled / PROFILE_FIELD_NAMES.length) * 100);
}

/** A profile is complete when everything the application (and so the MC form) needs is there. */
export function isComplete(profile: FieldValues): boolean {
  return missingRequirements(profile, 'application').length === 0;
}

/** The name a clerk recognises the profile by, even when it is still mostly empty. */
export function displayName(profile: FieldValues): string {
  return profile.municipality?.trim() || profile.officeName?.trim() || 'Gmina bez nazwy';
}
