// Recipe for MC's "Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP". Its real markup is
// unknown (docs/PROCESS.md), so every field carries the Polish names a clerk would recognise it by. The values
// come from the application snapshot (what was printed and sent), never from the profile as it is now:
// MC requires the form to repeat the application exactly.

import { EXACT_ONLY } from '../../autofill/text';
import type { FieldSpec, FillValues, Recipe } from '../../autofill/types';
import type { ApplicationSnapshot } from '../../documents/snapshot';
import { municipalityName } from '../../profile/name';
import type { SignatoryRole } from '../../profile/schema';

export const MC_FORM_TITLE = 'Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP';

export const CONSENT_HINT =
  'Oświadczenie lub zgodę zaznacza osoba, która je składa: przeczytaj treść i zaznacz ją sama(sam). Asystent tego nie robi.';

type McValueKey =
  | 'applicant'
  | 'street'
  | 'buildingNumber'
  | 'postalCode'
  | 'town'
  | 'regon'
  | 'nip'
  | 'email'
  | 'phone'
  | 'platformDomain'
  | 'epuapLogin'
  | 'epuapOrgId'
  | 'signatoryName'
  | 'signatoryRole';

const text = (key: McValueKey, label: string, labels: string[]): FieldSpec => ({
  key,
  label,
  labels,
  kind: 'text',
  value: { from: key },
});

/**
 * The form's data fields (not the passwords, not the consent), in the order the form is likely to show
 * them; also how the form is recognised. Bare words like "Numer" would also match "Numer telefonu", so
 * they count only as the whole label (EXACT_ONLY).
 */
export const DATA_FIELDS: FieldSpec[] = [
  text('applicant', 'Nazwa jednostki', [
    'Nazwa jednostki samorządu terytorialnego',
    'Nazwa jednostki',
    'Nazwa JST',
    'Nazwa wnioskodawcy',
    'Nazwa podmiotu',
    'Nazwa gminy',
    'Nazwa urzędu',
    'Nazwa instytucji',
    'Pełna nazwa',
    'Wnioskodawca',
    // The applicant's data opens with its name: "Nazwa" alone, never inside "Nazwa użytkownika".
    `${EXACT_ONLY}Nazwa`,
  ]),
  text('street', 'Ulica', ['Ulica', 'Ulica lub miejscowość', 'Adres – ulica']),
  text('buildingNumber', 'Numer budynku', [
    'Numer budynku',
    'Nr budynku',
    'Numer domu',
    'Nr domu',
    'Numer posesji',
    // "Ulica: … Numer: …" of an address: "Numer" alone, never inside "Numer telefonu".
    `${EXACT_ONLY}Numer`,
  ]),
  text('postalCode', 'Kod pocztowy', ['Kod pocztowy', 'Kod']),
  text('town', 'Miejscowość', ['Miejscowość', 'Miasto', 'Poczta']),
  text('regon', 'REGON', ['REGON', 'Numer REGON', 'Nr REGON']),
  text('nip', 'NIP', ['NIP', 'Numer NIP', 'Nr NIP']),
  text('email', 'Adres e-mail', [
    'Adres e-mail',
    'E-mail',
    'Adres email',
    'Email',
    'Adres poczty elektronicznej',
    'Adres e-mail do korespondencji',
  ]),
  text('phone', 'Telefon', ['Telefon', 'Numer telefonu', 'Nr telefonu', 'Telefon kontaktowy']),
  text('platformDomain', 'Adres domeny lub stały numer IP', [
    'Adres domeny lub stały numer IP systemu',
    'Adres domeny lub stały numer IP',
    'Adres domeny',
    'Domena systemu',
    'Domena',
    'Adres IP',
  ]),
  text('epuapLogin', 'Identyfikator użytkownika (login) ePUAP', [
    'Identyfikator użytkownika (login)',
    'Identyfikator użytkownika',
    'Identyfikator użytkownika ePUAP',
    'Login ePUAP',
    'Login użytkownika ePUAP',
    'Login',
  ]),
  text('epuapOrgId', 'Identyfikator podmiotu publicznego', [
    'Identyfikator podmiotu publicznego',
    'Identyfikator podmiotu publicznego w ePUAP',
    'Identyfikator podmiotu',
    'Identyfikator organizacji',
  ]),
  text('signatoryName', 'Osoba podpisująca', [
    'Imię i nazwisko osoby podpisującej',
    'Imię i nazwisko osoby upoważnionej',
    'Imię i nazwisko wnioskodawcy',
    'Osoba podpisująca',
    'Osoba upoważniona',
    'Podpisujący',
    'Imię i nazwisko',
  ]),
  {
    ...text('signatoryRole', 'Stanowisko osoby podpisującej', [
      'Stanowisko',
      'Stanowisko osoby podpisującej',
      'Stanowisko osoby upoważnionej',
      'Stanowisko służbowe',
      'Funkcja',
    ]),
    // Typed, or chosen from the form's list of roles.
    kind: 'text-or-choice',
  },
];

const CONSENT_FIELD: FieldSpec = {
  key: 'consent',
  label: 'Oświadczenie / zgoda',
  labels: [
    'Oświadczam, że',
    'Oświadczam',
    'Wyrażam zgodę',
    'Zgoda',
    'Akceptuję',
    'Zapoznałem się',
    'Zapoznałam się',
  ],
  kind: 'checkbox-leave-to-user',
  hint: CONSENT_HINT,
};

/** Optional on the application: when the application printed none, the form's field stays empty (not an error). */
const OPTIONAL_KEYS = new Set<string>(['street', 'phone']);

/**
 * The printed role names (the same as lib/profile/schema's, checked by a unit test). Kept here because the
 * schema module brings zod, and this recipe runs in the content script injected into MC's page.
 */
export const ROLE_LABELS: Record<SignatoryRole, string> = {
  wojt: 'Wójt',
  burmistrz: 'Burmistrz',
  prezydent: 'Prezydent miasta',
  upowazniony: 'Osoba upoważniona',
};

export const MC_RECIPE_ID = 'mc/formularz-certyfikatu';

/** The values of the printed application under the recipe's keys. */
export function mcFormValues(snapshot: ApplicationSnapshot): Record<McValueKey, string> {
  const f = snapshot.fields;
  return {
    // The application's first line names the applicant: the municipality, or the office when no name of the JST is kept.
    applicant: municipalityName(f),
    street: f.street,
    buildingNumber: f.buildingNumber,
    postalCode: f.postalCode,
    town: f.town,
    regon: f.regon,
    nip: f.nip,
    email: f.email,
    phone: f.phone,
    platformDomain: f.platformDomain,
    epuapLogin: f.epuapLogin,
    epuapOrgId: f.epuapOrgId,
    signatoryName: f.signatoryName,
    signatoryRole: f.signatoryRole ? ROLE_LABELS[f.signatoryRole] : '',
  };
}

/**
 * The recipe and values for one snapshot. Optional fields the application left empty are dropped:
 * there is nothing to type, and a missing phone must not make the fill look failed.
 */
export function mcFormFill(snapshot: ApplicationSnapshot): { recipe: Recipe; values: FillValues } {
  const values = mcFormValues(snapshot);
  const fields = DATA_FIELDS.filter((f) => !(OPTIONAL_KEYS.has(f.key) && !values[f.key as McValueKey]));
  return { recipe: { id: MC_RECIPE_ID, title: MC_FORM_TITLE, fields: [...fields, CONSENT_FIELD] }, values };
}

/** Labels of a form that asks for the signatory's first name and surname apart. */
export const FIRST_NAME_LABELS = [
  'Imię',
  'Imię osoby podpisującej',
  'Imię osoby upoważnionej',
  'Imię wnioskodawcy',
];
export const LAST_NAME_LABELS = [
  'Nazwisko',
  'Nazwisko osoby podpisującej',
  'Nazwisko osoby upoważnionej',
  'Nazwisko wnioskodawcy',
];

/**
 * A whole name split for a form that asks apart: the last word is the surname (double-barrelled
 * surnames are hyphenated in Polish: "Żółkiewska-Ćwięk"), the words before it the first name(s).
 */
export function splitName(full: string): { first: string; last: string } | null {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return { first: words.slice(0, -1).join(' '), last: words[words.length - 1] as string };
}

/** The recipe with the signatory's name as two fields (first name, surname) instead of one. */
export function withSplitName(
  recipe: Recipe,
  values: FillValues,
): { recipe: Recipe; values: FillValues; split: { first: string; last: string } } | null {
  const full = values.signatoryName;
  const split = typeof full === 'string' ? splitName(full) : null;
  if (!split) return null;
  const fields = recipe.fields.flatMap((f): FieldSpec[] =>
    f.key === 'signatoryName'
      ? [
          {
            key: 'signatoryFirstName',
            label: 'Imię osoby podpisującej',
            labels: FIRST_NAME_LABELS,
            kind: 'text',
            value: { from: 'signatoryFirstName' },
          },
          {
            key: 'signatoryLastName',
            label: 'Nazwisko osoby podpisującej',
            labels: LAST_NAME_LABELS,
            kind: 'text',
            value: { from: 'signatoryLastName' },
          },
        ]
      : [f],
  );
  return {
    recipe: { ...recipe, fields },
    values: { ...values, signatoryFirstName: split.first, signatoryLastName: split.last },
    split,
  };
}
