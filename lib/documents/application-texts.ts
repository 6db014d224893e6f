import { P12_PASSWORD_ADVICE } from '../text/glossary';
/**
 * Every Polish text printed on the documents or shown about them, in one place.
 * Source of truth for the wording: docs/seed-instrukcja.txt (the municipality's instructions) and docs/PROCESS.md.
 * Where the seed does not give the form's exact wording, the texts are our plausible rendering of it.
 */

export const PLACE_LABEL = 'Miejscowość wniosku';
export const APPLICATION = {
  title: 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego',
  heading: 'WNIOSEK',
  subheading: 'o wydanie certyfikatu dla systemu teleinformatycznego',
  purpose:
    'służącego zapewnieniu bezpieczeństwa wymiany informacji z elektroniczną platformą usług administracji publicznej (ePUAP)',
  addressee: 'Ministerstwo Cyfryzacji',
  addresseeCaption: 'Adresat wniosku',
  sectionI: 'I. DANE WNIOSKODAWCY (jednostka samorządu terytorialnego)',
  rows: {
    municipality: 'Nazwa jednostki samorządu terytorialnego',
    officeName: 'Nazwa urzędu',
    address: 'Adres siedziby',
    regon: 'REGON',
    nip: 'NIP',
    email: 'Adres e-mail do korespondencji w sprawie wniosku',
    phone: 'Telefon',
    epuapLogin: 'Identyfikator użytkownika ePUAP (login) osoby upoważnionej',
    epuapOrgId: 'Identyfikator podmiotu publicznego w ePUAP',
    platformDomain: 'Adres domeny lub stały numer IP systemu, który będzie uzyskiwał dostęp do ePUAP',
  },
  emptyValue: '—',
  sectionII: 'II. PRZEDMIOT WNIOSKU (zaznaczyć właściwe)',
  optionOwn: 'wydanie certyfikatu dla systemu teleinformatycznego WNIOSKODAWCY',
  optionOther:
    'wydanie certyfikatu dla systemu teleinformatycznego innego podmiotu, który w imieniu WNIOSKODAWCY uzyskuje dostęp do ePUAP',
  checkMark: 'X',
  sectionIII: 'III. DANE SYSTEMU TELEINFORMATYCZNEGO',
  sectionIV: 'IV. PODPIS WNIOSKODAWCY',
  placeDate: (place: string, date: string) => `${place}, dnia ${date} r.`,
  placeDateCaption: '(miejscowość, data)',
  continued: '(ciąg dalszy)',
  keywords: ['ePUAP', 'certyfikat', 'Profil Zaufany', 'Ministerstwo Cyfryzacji'],
  stampCaption: '(pieczęć urzędu)',
  signatureCaption: 'podpis osoby upoważnionej',
  signatoryPrefix: 'Podpisuje:',
  footer: (page: number, pages: number) => `Strona ${page} z ${pages}`,
  creator: 'Asystent ePUAP',
} as const;

export const STREET_PREFIXES = /^(ul\.|al\.|pl\.|os\.|aleja|plac|osiedle|rynek|skwer|bulwar|droga)\s/i;

/** The certificate authority's postal address (seed: "Sigillum CUP, Ul. Rodziny Hiszpańskich 6, 02-685 Warszawa"). */
export const SIGILLUM_ADDRESS = ['Sigillum CUP', 'ul. Rodziny Hiszpańskich 6', '02-685 Warszawa'] as const;

export const COVER_SHEET = {
  title: 'Przesyłka: podpisany Raport zawartości certyfikatu',
  senderCaption: 'Nadawca',
  recipientCaption: 'Adresat',
  enclosureCaption: 'Zawartość przesyłki',
  enclosure: 'podpisany „Raport zawartości certyfikatu”',
  enclosureDetail: (domain: string) =>
    `Certyfikat do integracji z ePUAP (Profil Zaufany) dla systemu teleinformatycznego: ${domain}`,
  letter: (domain: string) =>
    `W załączeniu przesyłamy wydrukowany i podpisany „Raport zawartości certyfikatu” wydanego dla systemu teleinformatycznego ${domain} (platforma komunikacyjna gminy).`,
  cutHint: 'Górną część strony można wyciąć i nakleić na kopertę.',
  documentTitle: 'Pismo przewodnie: Raport zawartości certyfikatu',
} as const;

export const HANDOVER = {
  defaultCoordinatorEmail: 'koordynator@e-instytucja.pl',
  subject: (name: string, domain: string) =>
    `Certyfikat ePUAP dla platformy ${domain}${name ? ` – ${name}` : ''}`,
  attachments: [
    'pierwszy plik z kluczem otrzymany z PCCE Sigillum (w tym plik .p12 z kluczem prywatnym)',
    'drugi plik z kluczem otrzymany z PCCE Sigillum',
    'plik PDF „Raport zawartości certyfikatu”',
  ],
  body: (p: { name: string; domain: string; attachments: readonly string[]; signature: string[] }) =>
    [
      'Dzień dobry,',
      '',
      `w załączeniu przesyłam certyfikat do integracji z ePUAP (Profil Zaufany) wydany dla platformy komunikacyjnej ${p.domain}${p.name ? ` (${p.name})` : ''}, otrzymany z Polskiego Centrum Certyfikacji Elektronicznej Sigillum.`,
      '',
      'Załączone pliki (3):',
      ...p.attachments.map((a, i) => `${i + 1}. ${a}`),
      '',
      `Proszę o zainstalowanie certyfikatu (klucza prywatnego) na platformie komunikacyjnej pod adresem ${p.domain}, tak aby działało logowanie przez Profil Zaufany.`,
      '',
      'Hasło do pliku .p12 przekażę innym kanałem (telefonicznie lub SMS-em) – celowo nie ma go w tej wiadomości.',
      '',
      'Z poważaniem',
      ...p.signature,
    ].join('\n'),
  passwordAdvice: `Nie wpisuj hasła do pliku .p12 w tej wiadomości. ${P12_PASSWORD_ADVICE}`,
} as const;

export const SCAN = {
  empty: (name: string) =>
    `Plik „${name}” jest pusty (0 B). Zeskanuj podpisany wniosek jeszcze raz i zapisz go jako PDF lub JPG.`,
  tooLarge: (size: string) =>
    `Plik ma ${size}; urzędy przyjmują załączniki do 3–5 MB łącznie. Zeskanuj wniosek w mniejszej rozdzielczości (150–200 dpi) lub w skali szarości.`,
  largeWarning: (size: string) =>
    `Plik ma ${size}. ePUAP przyjmie do 5 MB, ale niektóre urzędy przyjmują tylko 3 MB łącznie. Jeśli to możliwe, zeskanuj wniosek w 150–200 dpi lub w skali szarości.`,
  wrongExtension: (name: string) =>
    `Plik „${name}” nie jest plikiem PDF ani JPG. Zapisz skan podpisanego wniosku jako PDF (najlepiej obie strony w jednym pliku) lub JPG.`,
  notRealPdf: (name: string, what: string) =>
    `Plik „${name}” ma rozszerzenie .pdf, ale w środku nie jest dokumentem PDF${what}. Zapisz skan jeszcze raz, wybierając w skanerze format PDF.`,
  notRealJpg: (name: string, what: string) =>
    `Plik „${name}” ma rozszerzenie .jpg, ale w środku nie jest obrazem JPG${what}. Zapisz skan jeszcze raz, wybierając w skanerze format JPG lub PDF.`,
  pdfNamedJpg: (name: string) =>
    `Plik „${name}” ma rozszerzenie .jpg, ale w środku jest dokumentem PDF. Zmień rozszerzenie nazwy pliku na .pdf i wybierz go ponownie.`,
  jpgNamedPdf: (name: string) =>
    `Plik „${name}” ma rozszerzenie .pdf, ale w środku jest obrazem JPG. Zmień rozszerzenie nazwy pliku na .jpg albo zapisz skan jako PDF i wybierz go ponownie.`,
  mimeMismatch: (name: string, type: string) =>
    `Przeglądarka rozpoznaje plik „${name}” jako „${type}”, a nie PDF ani JPG. Zapisz skan podpisanego wniosku jako PDF lub JPG.`,
  jpgOnePage:
    'Wniosek ma dwie strony: jeśli wysyłasz obrazy JPG, dołącz obie strony albo zeskanuj wniosek do jednego pliku PDF.',
  kinds: {
    exe: ' (to program Windows – nie wysyłaj go)',
    zip: ' (to archiwum ZIP albo dokument Word/Excel)',
    png: ' (to obraz PNG)',
    tiff: ' (to obraz TIFF)',
    gif: ' (to obraz GIF)',
    ole: ' (to stary dokument Word/Excel)',
    html: ' (to strona internetowa lub plik tekstowy)',
  },
} as const;

export const ERRORS = {
  missing: (labels: string[]) =>
    `Nie można przygotować dokumentu: brakuje danych gminy. Uzupełnij: ${labels.join(', ')}.`,
  invalidDate: (value: string) =>
    `Data „${value}” nie jest poprawna. Wpisz ją w postaci dd.mm.rrrr, np. 24.11.2026.`,
} as const;
