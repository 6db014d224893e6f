/**
 * The ten steps a municipality goes through to get the ePUAP integration certificate, in order.
 * Titles and instructions restate the seed (docs/seed-instrukcja.txt, the Polish source of truth) for the side panel.
 */

import { P12_PASSWORD_ADVICE } from '../text/glossary';

export const STEP_IDS = [
  'profile',
  'epuap-ids',
  'application',
  'pismo',
  'mc-decision',
  'mc-form',
  'sigillum-files',
  'handover',
  'report-mailed',
  'platform-login',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_STATUSES = ['todo', 'in-progress', 'waiting', 'done', 'blocked'] as const;
/** `waiting`: the ball is in someone else's court (MC); `blocked`: MC refused, the clerk must act. */
export type StepStatus = (typeof STEP_STATUSES)[number];

export type StepActionKind =
  | 'open-url'
  | 'fill'
  | 'generate-document'
  | 'open-mc-link'
  | 'write-email'
  | 'manual-tick';

export interface StepAction {
  kind: StepActionKind;
  /** Polish button label. */
  label: string;
  /** Fixed address for `open-url` / `fill`; the views fill in addresses that depend on data. */
  url?: string;
}

/**
 * How a step gets its tick:
 * - `data`: follows the municipality's data (nothing to tick, the profile proves it);
 * - `evidence`: only from what the extension sees or the clerk records with data (e.g. MC's link);
 * - `evidence-or-manual`: seen on a page when possible, ticked by hand when it happened elsewhere;
 * - `manual`: happens outside the browser, only a tick with a date proves it.
 */
export type StepCompletion = 'data' | 'evidence' | 'evidence-or-manual' | 'manual';

export interface StepDefinition {
  id: StepId;
  title: string;
  instructions: string;
  action: StepAction;
  completion: StepCompletion;
}

export const EPUAP_LOGIN_URL = 'https://epuap.gov.pl/wps/myportal';
export const PISMO_OGOLNE_URL =
  'https://epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/sprawy-ogolne/ogolne-sprawy-urzedowe-2/pismo-ogolne-do-podmiotu-publicznego-nowe';
export const SIGILLUM_CUP_ADDRESS = 'Sigillum CUP, ul. Rodziny Hiszpańskich 6, 02-685 Warszawa';

export const STEP_DEFINITIONS: readonly StepDefinition[] = [
  {
    id: 'profile',
    title: 'Dane gminy',
    instructions:
      'Uzupełnij dane urzędu: nazwę gminy i urzędu, adres, REGON, NIP, adres e-mail, na który MC odpowie, ' +
      'domenę platformy (eurzad.<domena-gminy>.pl) oraz osobę podpisującą wniosek ' +
      '(wójt, burmistrz, prezydent miasta albo osoba z ich upoważnienia).',
    action: { kind: 'fill', label: 'Uzupełnij dane gminy' },
    completion: 'data',
  },
  {
    id: 'epuap-ids',
    title: 'Identyfikatory ePUAP',
    instructions:
      'Zaloguj się w ePUAP na konto organizacji: w górnym banerze („Zalogowany”, „Organizacja”) widać login ' +
      'osoby z loginem ePUAP i identyfikator podmiotu publicznego. Asystent odczyta je z banera; można je też wpisać ręcznie. ' +
      'Osoba z loginem ePUAP musi być zaproszona do organizacji (sprawdzi to zwykle informatyk urzędu w module Draco).',
    action: {
      kind: 'open-url',
      label: 'Otwórz ePUAP i zaloguj się na konto organizacji',
      url: EPUAP_LOGIN_URL,
    },
    completion: 'data',
  },
  {
    id: 'application',
    title: 'Wniosek o wydanie certyfikatu',
    instructions:
      'Wygeneruj „Wniosek o wydanie certyfikatu dla systemu teleinformatycznego”: strona 1 – dane JST, ' +
      'w punkcie II zaznaczona opcja „wydanie certyfikatu dla systemu teleinformatycznego WNIOSKODAWCY”, ' +
      'w punkcie III adres domeny platformy; strona 2 – miejscowość i data. Wydrukuj, przekaż do podpisu ' +
      'osobie podpisującej i zeskanuj podpisany wniosek.',
    action: { kind: 'generate-document', label: 'Przygotuj wniosek do druku' },
    completion: 'evidence-or-manual',
  },
  {
    id: 'pismo',
    title: 'Pismo ogólne do Ministerstwa Cyfryzacji',
    instructions:
      'W ePUAP wybierz Katalog Spraw → Sprawy obywatelskie → Pismo ogólne. ' +
      'Adresat: Ministerstwo Cyfryzacji. Rodzaj pisma: Wniosek. Tytuł: Wniosek o wydanie certyfikatu dla systemu ' +
      'teleinformatycznego. Treść: Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego ' +
      'zapewnieniu bezpieczeństwa wymiany informacji z ePUAP. Dołącz zeskanowany, podpisany wniosek, ' +
      'a następnie podpisz i wyślij pismo ogólne osobiście (Asystent niczego nie wysyła).',
    action: { kind: 'fill', label: 'Otwórz Pismo ogólne i wypełnij je', url: PISMO_OGOLNE_URL },
    completion: 'evidence-or-manual',
  },
  {
    id: 'mc-decision',
    title: 'Odpowiedź Ministerstwa Cyfryzacji',
    instructions:
      'MC rozpatruje wniosek i odpowiada e-mailem na adres podany we wniosku: przy zgodzie przysyła unikalny ' +
      'link do formularza, przy odmowie – informację o odmowie. Wklej link z e-maila albo zaznacz odmowę.',
    action: { kind: 'manual-tick', label: 'Zapisz odpowiedź MC' },
    // Recorded by the clerk, but with data (the link) the next step needs: not a bare tick.
    completion: 'evidence',
  },
  {
    id: 'mc-form',
    title: 'Formularz MC i dwa hasła',
    instructions:
      'Otwórz link od MC i wypełnij „Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP” ' +
      'dokładnie tymi samymi danymi co we wniosku. Formularz wymaga dwóch haseł: do unieważnienia certyfikatu ' +
      'i do zabezpieczenia pliku p12. Zapisz oba – hasło do p12 jest potrzebne przy instalacji klucza ' +
      'prywatnego na platformie.',
    action: { kind: 'open-mc-link', label: 'Otwórz formularz MC' },
    // Done only when the form is filled AND the clerk confirms both passwords are kept.
    completion: 'evidence',
  },
  {
    id: 'sigillum-files',
    title: 'Certyfikat od Sigillum',
    instructions:
      'Polskie Centrum Certyfikacji Elektronicznej Sigillum przysyła e-mail z trzema plikami: dwa klucze ' +
      'i PDF „Raport zawartości certyfikatu”. Zaznacz, gdy przyjdą.',
    action: { kind: 'manual-tick', label: 'Pliki otrzymane' },
    completion: 'manual',
  },
  {
    id: 'handover',
    title: 'Przekazanie certyfikatu koordynatorowi',
    instructions: `Prześlij otrzymany certyfikat koordynatorowi platformy. ${P12_PASSWORD_ADVICE}`,
    action: { kind: 'write-email', label: 'Przygotuj e-mail do koordynatora' },
    completion: 'manual',
  },
  {
    id: 'report-mailed',
    title: 'Raport do Sigillum CUP',
    instructions: `Wydrukuj „Raport zawartości certyfikatu”, podpisz go i wyślij pocztą na adres: ${SIGILLUM_CUP_ADDRESS}.`,
    action: { kind: 'manual-tick', label: 'Raport wysłany' },
    completion: 'manual',
  },
  {
    id: 'platform-login',
    title: 'Logowanie na platformie',
    instructions:
      'Koordynator instaluje klucz prywatny na platformie. Sprawdź, czy logowanie na platformie ' +
      '(eurzad.<domena-gminy>.pl) przez Profil Zaufany działa.',
    action: { kind: 'open-url', label: 'Otwórz platformę i zaloguj się przez Profil Zaufany' },
    completion: 'manual',
  },
];

const DEFINITIONS_BY_ID = new Map(STEP_DEFINITIONS.map((definition) => [definition.id, definition]));

export function stepDefinition(id: StepId): StepDefinition {
  const definition = DEFINITIONS_BY_ID.get(id);
  // Unreachable while STEP_DEFINITIONS lists every StepId (a unit test checks it).
  if (!definition) throw new Error(`Unknown step: ${id}`);
  return definition;
}

export function stepTitle(id: StepId): string {
  return stepDefinition(id).title;
}

export function stepIndex(id: StepId): number {
  return STEP_IDS.indexOf(id);
}

/** Whether the clerk may tick (and untick) the step by hand, with a date. */
export function canTickByHand(id: StepId): boolean {
  const { completion } = stepDefinition(id);
  return completion === 'manual' || completion === 'evidence-or-manual';
}
