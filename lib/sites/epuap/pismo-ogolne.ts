// Recipe for ePUAP "Pismo ogólne do podmiotu publicznego", addressed to Ministerstwo Cyfryzacji.
// Only site knowledge lives here: what the fields are called on the page and which text goes where.
// The field keys are stored (learned fields, fill reports) and exported: renaming one needs a database
// migration and an export format step, as the Polish keys of before got (lib/db/legacy-field-keys.ts).

import type { Recipe } from '../../autofill/types';
import {
  PISMO_ATTACHMENT_HINT,
  PISMO_FORM_NAME,
  PISMO_LETTER_BODY,
  PISMO_LETTER_TITLE,
  PISMO_LETTER_TYPE,
  PISMO_RECIPIENT,
  PISMO_RECIPIENT_EXACT_HINT,
} from './texts';

/** Key of the values entry holding the scanned application (a File) when the user supplies one. */
export const ATTACHMENT_VALUE_KEY = 'attachment';

export const pismoOgolneRecipe: Recipe = {
  id: 'epuap/pismo-ogolne',
  title: PISMO_FORM_NAME,
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
      key: 'letterType',
      label: 'Rodzaj pisma',
      labels: ['Rodzaj pisma', 'Rodzaj', 'Rodzaj wniosku', 'Typ pisma'],
      kind: 'select',
      value: { const: PISMO_LETTER_TYPE },
    },
    {
      key: 'title',
      label: 'Tytuł pisma',
      labels: ['Tytuł pisma', 'Tytuł', 'Temat', 'Tytuł dokumentu'],
      kind: 'text',
      value: { const: PISMO_LETTER_TITLE },
    },
    {
      key: 'body',
      label: 'Treść pisma',
      labels: ['Treść pisma', 'Treść', 'Treść wniosku', 'Informacja', 'Opis'],
      kind: 'textarea',
      value: { const: PISMO_LETTER_BODY },
    },
    {
      key: 'attachment',
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
