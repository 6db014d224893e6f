// Recipe for ePUAP "Pismo ogólne do podmiotu publicznego", addressed to Ministerstwo Cyfryzacji.
// Only site knowledge lives here: what the fields are called on the page and which text goes where.

import { normalizeText } from '../../autofill/text';
import type { Recipe } from '../../autofill/types';
import {
  PISMO_ATTACHMENT_HINT,
  PISMO_RECIPIENT,
  PISMO_RECIPIENT_EXACT_HINT,
  PISMO_RODZAJ,
  PISMO_TITLE,
  PISMO_TRESC,
  PISMO_TYTUL,
} from './texts';

/** Key of the values entry holding the scanned application (a File) when the user supplies one. */
export const ATTACHMENT_VALUE_KEY = 'attachment';

export const pismoOgolneRecipe: Recipe = {
  id: 'epuap/pismo-ogolne',
  title: PISMO_TITLE,
  fields: [
    {
      key: 'recipient',
      label: 'Adresat',
      labels: ['Adresat', 'Adresat pisma', 'Odbiorca', 'Wybrany adresat'],
      kind: 'recipient-search',
      value: { const: PISMO_RECIPIENT },
      search: {
        openLabels: [
          'Ustaw/zmień adresata',
          'Ustaw adresata',
          'Zmień adresata',
          'Wybierz adresata',
          'Wyszukaj adresata',
        ],
        inputLabels: [
          'Nazwa lub identyfikator',
          'Nazwa podmiotu',
          'Nazwa adresata',
          'Wyszukaj adresata',
          'Szukaj adresata',
          'Wyszukaj podmiot',
          'Wyszukaj',
          'Szukaj',
          'Nazwa',
        ],
        buttonLabels: ['Szukaj', 'Wyszukaj', 'Znajdź'],
        pickLabels: ['Wybierz', 'Ustaw', 'Wybierz adresata', 'Ustaw adresata'],
        confirmLabels: ['Zatwierdź wybór', 'Zatwierdź', 'OK'],
        noResultsTexts: ['Brak wyników', 'Nie znaleziono', 'Nie znaleziono podmiotów', '0 wyników'],
        exactMatchHint: PISMO_RECIPIENT_EXACT_HINT,
      },
    },
    {
      key: 'rodzaj',
      label: 'Rodzaj pisma',
      labels: ['Rodzaj pisma', 'Rodzaj', 'Rodzaj wniosku', 'Typ pisma'],
      kind: 'select',
      value: { const: PISMO_RODZAJ },
    },
    {
      key: 'tytul',
      label: 'Tytuł pisma',
      labels: ['Tytuł pisma', 'Tytuł', 'Temat', 'Tytuł dokumentu'],
      kind: 'text',
      value: { const: PISMO_TYTUL },
    },
    {
      key: 'tresc',
      label: 'Treść pisma',
      labels: ['Treść pisma', 'Treść', 'Treść wniosku', 'Informacja', 'Opis'],
      kind: 'textarea',
      value: { const: PISMO_TRESC },
    },
    {
      key: 'zalacznik',
      label: 'Załącznik',
      labels: ['Załącznik', 'Załączniki', 'Dodaj załącznik', 'Plik'],
      kind: 'file',
      value: { from: ATTACHMENT_VALUE_KEY },
      triggerLabels: [
        'Dodaj załącznik',
        'Wybierz załącznik',
        'Dodaj plik',
        'Załącz plik',
        'Dodaj',
        'plus',
        '+',
      ],
      hint: PISMO_ATTACHMENT_HINT,
    },
  ],
};

const PATH_HINTS = /pismo-ogolne|pismoogolne|fe-model-web|feresourceservlet/i;
const TITLE = normalizeText(PISMO_TITLE);

/**
 * Whether the page is the Pismo ogólne form (not the catalogue's description of the service): its title
 * or a heading names it, or the URL is the form engine's, and it has an editor or a frame holding one.
 * Cheap: runs on every ePUAP page load.
 */
export function isPismoOgolnePage(url: string, doc: Document): boolean {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const named =
    normalizeText(doc.title).includes(TITLE) ||
    Array.from(doc.querySelectorAll('h1, h2, h3')).some((h) => normalizeText(h.textContent).includes(TITLE));
  if (!named && !PATH_HINTS.test(path)) return false;
  return hasEditor(doc) || Array.from(doc.querySelectorAll('iframe, frame')).some(frameHoldsForm);
}

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';

function hasEditor(doc: Document): boolean {
  return doc.querySelector(EDITOR) !== null;
}

/** A frame holds the form when its document (same-origin, loaded) has an editor or its src is the form engine's. */
function frameHoldsForm(frame: Element): boolean {
  if (PATH_HINTS.test(frame.getAttribute('src') ?? '')) return true;
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    return inner ? hasEditor(inner) : false;
  } catch {
    return false;
  }
}
