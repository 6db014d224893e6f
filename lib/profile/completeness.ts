import { FIELD_LABELS } from './labels';
import { PROFILE_FIELD_NAMES, type ProfileFieldName } from './schema';

/** Anything with the profile's fields as text: a stored profile or what the popup holds. */
type FieldValues = Partial<Record<ProfileFieldName, string>>;

/**
 * Which later step needs which data. The paper application and the MC form must carry the same
 * data, so they share one list; the Pismo ogólne itself needs no profile data, only ePUAP access.
 */
export const REQUIREMENTS = {
  application: [
    'municipality',
    'officeName',
    'street',
    'buildingNumber',
    'postalCode',
    'town',
    'regon',
    'nip',
    'email',
    'platformDomain',
    'signatoryName',
    'signatoryRole',
    'epuapLogin',
    'epuapOrgId',
  ],
  epuapIds: ['epuapLogin', 'epuapOrgId'],
} as const satisfies Record<string, readonly ProfileFieldName[]>;

export type Requirement = keyof typeof REQUIREMENTS;

export const REQUIREMENT_TITLES: Record<Requirement, string> = {
  application: 'Wniosek i formularz MC',
  epuapIds: 'Identyfikatory ePUAP',
};

export function missingFields(profile: FieldValues, requirement: Requirement): ProfileFieldName[] {
  return REQUIREMENTS[requirement].filter((name) => !profile[name]?.trim());
}

export function missingLabels(profile: FieldValues, requirement: Requirement): string[] {
  return missingFields(profile, requirement).map((name) => FIELD_LABELS[name]);
}

/** Share of all profile fields filled in, 0–100 (the optional TERYT and phone count too). */
export function completenessPercent(profile: FieldValues): number {
  const filled = PROFILE_FIELD_NAMES.filter((name) => profile[name]?.trim()).length;
  return Math.round((filled / PROFILE_FIELD_NAMES.length) * 100);
}

/** A profile is complete when everything the application (and so the MC form) needs is there. */
export function isComplete(profile: FieldValues): boolean {
  return missingFields(profile, 'application').length === 0;
}

/** The name a clerk recognises the profile by, even when it is still mostly empty. */
export function displayName(profile: FieldValues): string {
  return profile.municipality?.trim() || profile.officeName?.trim() || 'Gmina bez nazwy';
}
