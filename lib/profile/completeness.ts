import { FIELD_LABELS, FIELD_MISSING } from './labels';
import { fieldError, type ProfileFieldName } from './schema';

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

/** The office's address (the street is optional), its registry numbers and e-mail, in the printed order. */
const ADDRESS_AND_NUMBERS: readonly Requirement[] = (
  ['buildingNumber', 'postalCode', 'town', 'regon', 'nip', 'email'] as const
).map((field) => one(field));

/**
 * The single definition of which data each later step needs (popup, checklist and documents all
 * ask here). Phone and TERYT are useful but neither the application nor the MC form asks for them.
 */
export const REQUIREMENTS = {
  /** The municipality's own data: step 1 of the process. */
  profile: [
    one('municipality'),
    one('officeName'),
    ...ADDRESS_AND_NUMBERS,
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
    ...ADDRESS_AND_NUMBERS,
    ...EPUAP_IDS,
    one('platformDomain'),
    one('signatoryName'),
    one('signatoryRole'),
  ],
} as const satisfies Record<string, readonly Requirement[]>;

export type RequirementSet = keyof typeof REQUIREMENTS;

const isFilled = (value: string | undefined) => (value ?? '').trim() !== '';

/** Filled in and passing its check: only such a field counts as there (a wrong NIP is still missing). */
export function isValidField(profile: FieldValues, field: ProfileFieldName): boolean {
  const value = profile[field];
  return isFilled(value) && fieldError(field, value ?? '') === null;
}

/** Whether something is typed in the field but fails its check. */
function isInvalidField(profile: FieldValues, field: ProfileFieldName): boolean {
  return isFilled(profile[field]) && !isValidField(profile, field);
}

/**
 * The requirements not met. By default a field counts only when valid (what the form shows); the
 * checklist reads stored profiles, validated when saved, and may count what is filled (`'filled'`).
 */
export function missingRequirements(
  profile: FieldValues,
  which: RequirementSet,
  counts: 'valid' | 'filled' = 'valid',
): Requirement[] {
  const met = (field: ProfileFieldName) =>
    counts === 'valid' ? isValidField(profile, field) : isFilled(profile[field]);
  return REQUIREMENTS[which].filter((r: Requirement) => !r.anyOf.some(met));
}

/**
 * The Polish field names of what is missing ("NIP", "Nazwa urzędu lub gminy"); a field that is filled
 * in but wrong is missing too, marked "(do poprawy)".
 */
export function missingLabels(profile: FieldValues, which: RequirementSet): string[] {
  return missingRequirements(profile, which).map((r) => {
    const label = r.label ?? FIELD_LABELS[r.anyOf[0] as ProfileFieldName];
    return r.anyOf.some((field) => isInvalidField(profile, field)) ? `${label} (do poprawy)` : label;
  });
}

/** What is missing from a stored (so already validated) profile, as the checklist says it ("brak NIP"). */
export function missingTexts(profile: FieldValues, which: RequirementSet): string[] {
  return missingRequirements(profile, which, 'filled').map(
    (r) => r.missing ?? FIELD_MISSING[r.anyOf[0] as ProfileFieldName],
  );
}

/** Whether the clerk has started on these data at all (for todo vs in-progress). */
export function anyFilled(profile: FieldValues, which: RequirementSet): boolean {
  return REQUIREMENTS[which].some((r: Requirement) => r.anyOf.some((field) => isFilled(profile[field])));
}

/**
 * Share of what the application needs that is there and valid, 0–100. Optional fields (TERYT, phone,
 * street) stay outside, so 100% and "Dane do wniosku kompletne" always go together.
 */
export function completenessPercent(profile: FieldValues): number {
  const all = REQUIREMENTS.application.length;
  const met = all - missingRequirements(profile, 'application').length;
  // Never round up to 100% while something is missing, nor down to 0% once anything is there.
  const percent = Math.round((met / all) * 100);
  if (met < all && percent === 100) return 99;
  if (met > 0 && percent === 0) return 1;
  return percent;
}

/** A profile is complete when everything the application (and so the MC form) needs is there. */
export function isComplete(profile: FieldValues): boolean {
  return missingRequirements(profile, 'application').length === 0;
}
