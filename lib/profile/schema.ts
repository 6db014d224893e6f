import { z } from 'zod';
import {
  domainError,
  emailError,
  epuapIdError,
  epuapLoginError,
  nipError,
  normalizeNip,
  phoneError,
  postalCodeError,
  regonError,
  stripSeparators,
  terytError,
} from './identifiers';

// zod's own messages in Polish; the field checks below carry their own, more helpful ones.
z.config(z.locales.pl());

export const SIGNATORY_ROLES = ['wojt', 'burmistrz', 'prezydent', 'upowazniony'] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];
export const SIGNATORY_ROLE_LABELS: Record<SignatoryRole, string> = {
  wojt: 'Wójt',
  burmistrz: 'Burmistrz',
  prezydent: 'Prezydent miasta',
  upowazniony: 'Osoba upoważniona',
};

/** A text field that may stay empty (incomplete profiles can be saved) but, when filled, must be valid. */
function optionalChecked(
  check: (value: string) => string | null,
  normalize: (value: string) => string = (v) => v.trim(),
) {
  return z
    .string()
    .transform(normalize)
    .superRefine((value, ctx) => {
      if (value === '') return;
      const message = check(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
}

const text = (max: number, what: string) =>
  z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().max(max, { error: `${what}: najwyżej ${max} znaków.` }));

/**
 * The municipality's data as the popup edits them: every field is a string, empty when not known yet.
 * This is the single definition of a profile; everything else infers its type from here.
 */
export const ProfileFieldsSchema = z.object({
  municipality: text(120, 'Nazwa gminy'),
  officeName: text(200, 'Nazwa urzędu'),
  street: text(120, 'Ulica'),
  buildingNumber: text(20, 'Numer budynku'),
  postalCode: optionalChecked(postalCodeError),
  town: text(80, 'Miejscowość'),
  regon: optionalChecked(regonError, stripSeparators),
  nip: optionalChecked(nipError, normalizeNip),
  teryt: optionalChecked(terytError, stripSeparators),
  email: optionalChecked(emailError, (v) => v.trim().toLowerCase()),
  phone: optionalChecked(phoneError),
  platformDomain: optionalChecked(domainError),
  signatoryName: text(120, 'Imię i nazwisko podpisującego'),
  signatoryRole: z.enum(['', ...SIGNATORY_ROLES], {
    error: 'Wybierz stanowisko osoby podpisującej z listy.',
  }),
  epuapLogin: optionalChecked(epuapLoginError),
  epuapOrgId: optionalChecked(epuapIdError),
});

export type ProfileFields = z.output<typeof ProfileFieldsSchema>;
export type ProfileFieldName = keyof ProfileFields;
export const PROFILE_FIELD_NAMES = Object.keys(ProfileFieldsSchema.shape) as ProfileFieldName[];

export const ProfileSchema = ProfileFieldsSchema.extend({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Profile = z.output<typeof ProfileSchema>;

/** What the user typed, field by field, before it is validated: the shape of a popup draft. */
export type ProfileInput = Record<ProfileFieldName, string>;

export function emptyProfileInput(): ProfileInput {
  return Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, ''])) as ProfileInput;
}

export function profileToInput(profile: ProfileFields): ProfileInput {
  return Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, profile[name]])) as ProfileInput;
}

export type FieldErrors = Partial<Record<ProfileFieldName, string>>;

export type ValidationResult = { ok: true; fields: ProfileFields } | { ok: false; errors: FieldErrors };

/** The minimum a saved municipality has: a name the clerk recognises it by. */
export const NAME_REQUIRED =
  'Wpisz nazwę gminy (albo urzędu): bez nazwy gminy nie można zapisać. Pozostałe dane można uzupełnić później.';

/** Validates what the user typed; the messages are Polish and name what to fix. */
export function validateProfileInput(input: ProfileInput): ValidationResult {
  const result = ProfileFieldsSchema.safeParse(input);
  const errors: FieldErrors = {};
  if (!result.success)
    for (const issue of result.error.issues) {
      const field = issue.path[0] as ProfileFieldName | undefined;
      if (field && !errors[field]) errors[field] = issue.message;
    }
  if (!input.municipality?.trim() && !input.officeName?.trim()) errors.municipality ??= NAME_REQUIRED;
  if (result.success && Object.keys(errors).length === 0) return { ok: true, fields: result.data };
  return { ok: false, errors };
}

/** The message for one field alone, for checking as the user types. */
export function fieldError(name: ProfileFieldName, value: string): string | null {
  const result = ProfileFieldsSchema.shape[name].safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Nieprawidłowa wartość.');
}
