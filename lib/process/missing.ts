import type { ProfileFieldName, ProfileFields } from '../profile/schema';
import type { StepId } from './steps';

/** One piece of data a step needs; satisfied when any of `anyOf` is filled in. */
interface Requirement {
  anyOf: readonly ProfileFieldName[];
  /** Polish, shown as is in the checklist ("brak NIP"). */
  label: string;
}

const need = (field: ProfileFieldName, label: string): Requirement => ({ anyOf: [field], label });

const EPUAP_IDS: readonly Requirement[] = [
  need('epuapLogin', 'brak loginu ePUAP osoby upoważnionej'),
  need('epuapOrgId', 'brak identyfikatora podmiotu publicznego w ePUAP'),
];

/**
 * The municipality's own data (step 1). Phone and TERYT are useful elsewhere but neither the
 * application nor the MC form asks for them, so they do not hold the process back.
 */
const PROFILE: readonly Requirement[] = [
  need('municipality', 'brak nazwy gminy'),
  need('officeName', 'brak nazwy urzędu'),
  need('buildingNumber', 'brak numeru budynku'),
  need('postalCode', 'brak kodu pocztowego'),
  need('town', 'brak miejscowości'),
  need('regon', 'brak REGON'),
  need('nip', 'brak NIP'),
  need('email', 'brak adresu e-mail urzędu'),
  need('platformDomain', 'brak domeny platformy'),
  need('signatoryName', 'brak imienia i nazwiska podpisującego'),
  need('signatoryRole', 'brak stanowiska podpisującego'),
];

/**
 * What the paper application (and so the MC form, which must match it) needs. The street is not
 * listed on its own: villages without streets write the town instead, and the town is required anyway.
 */
const APPLICATION: readonly Requirement[] = [
  { anyOf: ['officeName', 'municipality'], label: 'brak nazwy urzędu lub gminy' },
  need('buildingNumber', 'brak numeru budynku'),
  need('postalCode', 'brak kodu pocztowego'),
  need('town', 'brak miejscowości'),
  need('regon', 'brak REGON'),
  need('nip', 'brak NIP'),
  need('email', 'brak adresu e-mail urzędu'),
  need('platformDomain', 'brak domeny platformy'),
  need('signatoryName', 'brak imienia i nazwiska podpisującego'),
  need('signatoryRole', 'brak stanowiska podpisującego'),
  ...EPUAP_IDS,
];

const REQUIREMENTS: Record<StepId, readonly Requirement[]> = {
  profile: PROFILE,
  'epuap-ids': EPUAP_IDS,
  application: APPLICATION,
  pismo: [],
  'mc-decision': [],
  'mc-form': APPLICATION,
  'sigillum-files': [],
  handover: [],
  'report-mailed': [],
  'platform-login': [need('platformDomain', 'brak domeny platformy')],
};

const isFilled = (value: string | undefined): boolean => (value ?? '').trim() !== '';

/** Polish labels of the data still missing for a step, in the order the form asks for them. */
export function missingForStep(stepId: StepId, profile: ProfileFields): string[] {
  return REQUIREMENTS[stepId]
    .filter((requirement) => !requirement.anyOf.some((field) => isFilled(profile[field])))
    .map((requirement) => requirement.label);
}

/** Whether the clerk has started on the step's data at all (for todo vs in-progress). */
export function anyDataForStep(stepId: StepId, profile: ProfileFields): boolean {
  return REQUIREMENTS[stepId].some((requirement) =>
    requirement.anyOf.some((field) => isFilled(profile[field])),
  );
}
