// The values every page expects (CONTRACT.md).

export const PISMO_TEXTS = {
  tytul: 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego',
  tresc:
    'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP',
  query: 'Ministerstwo Cyfryzacji',
} as const;

export const MC_VALUES = {
  applicant: 'Gmina Brudzew',
  street: 'ul. Turecka',
  buildingNumber: '18',
  postalCode: '62-720',
  town: 'Brudzew',
  regon: '311019349',
  nip: '6681002396',
  email: 'sekretariat@brudzew.pl',
  phone: '63 288 40 02',
  platformDomain: 'eurzad.brudzew.pl',
  epuapLogin: 'jnowak_ug',
  epuapOrgId: 'UGBrudzew',
  signatoryName: 'Jan Nowak',
  signatoryFirstName: 'Jan',
  signatoryLastName: 'Nowak',
  signatoryRole: 'Wójt',
} as const;

export type McKey = keyof typeof MC_VALUES;

/** The literal the contract uses for passwords in `expected`. */
export const PASSWORD = '*password*';
