/**
 * The assistant's vocabulary: one word for one thing on every page (popup, side panel, documents, MC
 * page, welcome page, the ePUAP pages). Texts build on these instead of spelling the terms anew.
 *
 * "Osoba upoważniona" stays only where an official form names it so (the role on the paper
 * application and on MC's form, e.g. a deputy who signs "z upoważnienia wójta").
 */
export const TERMS = {
  /** The paper application to MC: printed, signed, scanned. */
  wniosek: 'wniosek',
  /** The ePUAP letter that carries the scanned application to MC. */
  pismo: 'pismo ogólne',
  /** Who signs the paper application: wójt, burmistrz, prezydent miasta or a person with authorisation. */
  signatory: 'osoba podpisująca',
  /** Who is invited to the organisation's ePUAP account; that login goes into the application. */
  epuapPerson: 'osoba z loginem ePUAP',
} as const;

export type Term = keyof typeof TERMS;

/** What each term means, for the welcome page and the hints. */
export const GLOSSARY: ReadonlyArray<{ term: Term; text: string; meaning: string }> = [
  {
    term: 'wniosek',
    text: TERMS.wniosek,
    meaning:
      'papierowy „Wniosek o wydanie certyfikatu dla systemu teleinformatycznego”: Asystent go wypełnia, urząd drukuje, podpisuje i skanuje.',
  },
  {
    term: 'pismo',
    text: TERMS.pismo,
    meaning:
      '„Pismo ogólne do podmiotu publicznego” na ePUAP, adresowane do Ministerstwa Cyfryzacji; zeskanowany wniosek jest jego załącznikiem.',
  },
  {
    term: 'signatory',
    text: TERMS.signatory,
    meaning:
      'kto podpisuje papierowy wniosek: wójt, burmistrz, prezydent miasta albo osoba z ich upoważnienia.',
  },
  {
    term: 'epuapPerson',
    text: TERMS.epuapPerson,
    meaning:
      'pracownik zaproszony do konta organizacji (podmiotu) na ePUAP; jego login wpisuje się we wniosku. Nie musi to być osoba podpisująca.',
  },
];

/** The one advice for the p12 password, the same on every page. */
export const P12_PASSWORD_ADVICE =
  'Hasło do pliku p12 przekaż telefonicznie albo SMS-em, nigdy w tym samym e-mailu co plik, który zabezpiecza.';
