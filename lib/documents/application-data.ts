/**
 * What the application needs from a profile, checked before any PDF is made, and the small
 * formatting rules shared by every document (address lines, dates, file names).
 */
import { missingRequirements, type RequirementSet } from '../profile/completeness';
import { FIELD_LABELS } from '../profile/labels';
import { municipalityName } from '../profile/name';
import type { ProfileFieldName, ProfileFields } from '../profile/schema';
import { formatDay, isoDay, parseDay, todayIso } from '../text/dates';
import { ERRORS, STREET_PREFIXES } from './application-texts';

/** A field the user still has to fill in; `field` is a profile field, or the application's place/date. */
export interface MissingField {
  field: ProfileFieldName | 'place' | 'date';
  label: string;
}

/**
 * Thrown by the document generators when data are missing or invalid, before any PDF work starts.
 * `missing` lists every problem at once, so the UI can show one list and link each item to its field.
 */
export class DocumentDataError extends Error {
  override readonly name = 'DocumentDataError';
  constructor(readonly missing: MissingField[]) {
    super(ERRORS.missing(missing.map((m) => m.label)));
  }
}

export function isDocumentDataError(error: unknown): error is DocumentDataError {
  return error instanceof DocumentDataError;
}

const blank = (value: string | undefined) => (value ?? '').trim() === '';

/** What a document lacks, by the profile's own requirement sets (lib/profile/completeness). */
const missingFor = (profile: ProfileFields, which: RequirementSet): MissingField[] =>
  missingRequirements(profile, which).map((r) => ({
    field: r.anyOf[0] as ProfileFieldName,
    label: r.label ?? FIELD_LABELS[r.anyOf[0] as ProfileFieldName],
  }));

/** What the application lacks, in the order the fields appear on it. Phone, TERYT and street are optional. */
export function applicationMissingFields(profile: ProfileFields): MissingField[] {
  return missingFor(profile, 'application');
}

/** Notes worth showing next to the "generate" button that do not block it. */
export function applicationNotices(profile: ProfileFields): string[] {
  if (!blank(profile.street) || blank(profile.town) || blank(profile.buildingNumber)) return [];
  return [
    `Nie podano ulicy: adres zostanie wydrukowany jako „${addressLines(profile)[0]}” (miejscowość bez ulic). Jeśli urząd ma adres z ulicą, uzupełnij ją.`,
  ];
}

/** What the cover sheet (sender block) needs: the name and the address, as on the application. */
export function senderMissingFields(profile: ProfileFields): MissingField[] {
  const sender = new Set<ProfileFieldName>(['officeName', 'buildingNumber', 'postalCode', 'town']);
  return applicationMissingFields(profile).filter((m) => sender.has(m.field as ProfileFieldName));
}

/** "ul. Długa 5" / "Brudzew 12", then "62-720 Brudzew". Adds "ul." unless the street already names its kind. */
export function addressLines(
  profile: Pick<ProfileFields, 'street' | 'buildingNumber' | 'postalCode' | 'town'>,
) {
  const street = profile.street.trim();
  const number = profile.buildingNumber.trim();
  const town = profile.town.trim();
  const first = street
    ? `${STREET_PREFIXES.test(street) ? street : `ul. ${street}`} ${number}`
    : `${town} ${number}`;
  return [first.trim(), `${profile.postalCode.trim()} ${town}`.trim()] as const;
}

/** Normalises a user-typed date to dd.mm.rrrr, or throws a DocumentDataError naming the date. */
export function normalizePolishDate(value: string | Date): string {
  if (value instanceof Date) return formatDay(value);
  const parsed = parseDay(value);
  if (!parsed) throw new DocumentDataError([{ field: 'date', label: ERRORS.invalidDate(value) }]);
  return formatDay(parsed);
}

/** Place and date the application form starts with: the office's town and today. */
export function defaultPlaceAndDate(profile: Pick<ProfileFields, 'town'>, now: Date = new Date()) {
  return { place: profile.town.trim(), date: formatDay(now) };
}

const POLISH_ASCII: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  Ą: 'A',
  Ć: 'C',
  Ę: 'E',
  Ł: 'L',
  Ń: 'N',
  Ó: 'O',
  Ś: 'S',
  Ź: 'Z',
  Ż: 'Z',
};

/** Polish letters to ASCII ("Łężyce" → "Lezyce"); other accents are stripped too. */
export function transliterate(text: string): string {
  return text
    .replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (ch) => POLISH_ASCII[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** "Gmina Brzeźnica" → "gmina-brzeznica": lower-case ASCII letters, digits and single dashes. */
export function slugify(text: string, fallback = 'gmina'): string {
  const slug = transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The day a file is named after (`2026-11-24`): a Date in local time, or a typed day. */
function fileDay(date: Date | string): string {
  if (date instanceof Date) return todayIso(date);
  const parsed = parseDay(date);
  if (parsed) return isoDay(parsed);
  throw new DocumentDataError([{ field: 'date', label: ERRORS.invalidDate(date) }]);
}

/** `wniosek-certyfikat-ePUAP-gmina-brudzew-2026-11-24.pdf`; the date may be a Date, dd.mm.rrrr or ISO. */
export function applicationFileName(
  profile: Pick<ProfileFields, 'municipality' | 'officeName'>,
  date: Date | string,
): string {
  return `wniosek-certyfikat-ePUAP-${slugify(municipalityName(profile))}-${fileDay(date)}.pdf`;
}

export function coverSheetFileName(
  profile: Pick<ProfileFields, 'municipality' | 'officeName'>,
  date: Date | string,
) {
  return `pismo-przewodnie-raport-certyfikatu-${slugify(municipalityName(profile))}-${fileDay(date)}.pdf`;
}
