import type { ProfileFieldName } from './schema';

/** Polish names of the profile's fields, as the clerk sees them in the popup and in every message. */
export const FIELD_LABELS: Record<ProfileFieldName, string> = {
  municipality: 'Nazwa gminy',
  officeName: 'Nazwa urzędu',
  street: 'Ulica',
  buildingNumber: 'Numer budynku',
  postalCode: 'Kod pocztowy',
  town: 'Miejscowość',
  regon: 'REGON',
  nip: 'NIP',
  teryt: 'Kod TERYT gminy',
  email: 'Oficjalny e-mail urzędu',
  phone: 'Telefon',
  platformDomain: 'Domena platformy e-Urząd',
  signatoryName: 'Imię i nazwisko osoby podpisującej',
  signatoryRole: 'Stanowisko osoby podpisującej',
  epuapLogin: 'Login ePUAP',
  epuapOrgId: 'Identyfikator podmiotu publicznego (ePUAP)',
};

/** How the checklist says a field is missing (Polish "brak" takes the genitive). */
export const FIELD_MISSING: Record<ProfileFieldName, string> = {
  municipality: 'brak nazwy gminy',
  officeName: 'brak nazwy urzędu',
  street: 'brak ulicy',
  buildingNumber: 'brak numeru budynku',
  postalCode: 'brak kodu pocztowego',
  town: 'brak miejscowości',
  regon: 'brak REGON',
  nip: 'brak NIP',
  teryt: 'brak kodu TERYT',
  email: 'brak adresu e-mail urzędu',
  phone: 'brak telefonu',
  platformDomain: 'brak domeny platformy',
  signatoryName: 'brak imienia i nazwiska osoby podpisującej',
  signatoryRole: 'brak stanowiska osoby podpisującej',
  epuapLogin: 'brak loginu ePUAP',
  epuapOrgId: 'brak identyfikatora podmiotu publicznego w ePUAP',
};

/** How the popup groups the fields, in the order of the paper application. */
export const FIELD_GROUPS: ReadonlyArray<{ title: string; fields: readonly ProfileFieldName[] }> = [
  { title: 'Gmina i urząd', fields: ['municipality', 'officeName'] },
  { title: 'Adres urzędu', fields: ['street', 'buildingNumber', 'postalCode', 'town'] },
  { title: 'Identyfikatory', fields: ['regon', 'nip', 'teryt'] },
  { title: 'Kontakt', fields: ['email', 'phone'] },
  { title: 'Platforma komunikacyjna', fields: ['platformDomain'] },
  { title: 'Osoba podpisująca wniosek', fields: ['signatoryName', 'signatoryRole'] },
  { title: 'ePUAP', fields: ['epuapLogin', 'epuapOrgId'] },
];

/** Short hints shown under a field: where the clerk finds the value. */
export const FIELD_HINTS: Partial<Record<ProfileFieldName, string>> = {
  municipality: 'Np. Gmina Brudzew.',
  officeName: 'Np. Urząd Gminy Brudzew.',
  regon: '9 lub 14 cyfr.',
  nip: '10 cyfr; myślniki i spacje są dopuszczalne.',
  teryt: 'Opcjonalnie: 7 cyfr kodu TERC gminy (nie liczy się do kompletności).',
  phone: 'Opcjonalnie, np. 63 272 10 00 w. 12.',
  signatoryName:
    'Kto podpisze papierowy wniosek: wójt, burmistrz, prezydent miasta albo osoba z ich upoważnienia.',
  email: 'Na ten adres Ministerstwo Cyfryzacji odpowie na wniosek.',
  platformDomain: 'Zasada projektu: eurzad. + domena gminy, np. eurzad.brudzew.pl.',
  epuapLogin:
    'Osoba z loginem ePUAP to pracownik zaproszony do konta organizacji na ePUAP (nie musi podpisywać wniosku). Login widać w banerze „Zalogowany”.',
  epuapOrgId: 'Widać go w górnym banerze ePUAP po zalogowaniu na konto organizacji („Organizacja”).',
};
