// The two password pairs of the MC form. The engine's text fields quote their values in the fill report,
// and a report travels to the background and is stored; so passwords are filled here, with reports that
// never contain a password, only what happened. Nothing here submits or clicks.

import { groupNames, labelClues } from '../../autofill/labels';
import { labelScore } from '../../autofill/locate';
import { resolveLocator } from '../../autofill/locator';
import { typeValue } from '../../autofill/set-value';
import { normalizeText } from '../../autofill/text';
import type { FieldReport, Locator } from '../../autofill/types';
import { type PagePasswordConstraints, satisfiesConstraints } from '../../vault/page-constraints';
import { passwordInputs } from './password-constraints';

export interface McPasswords {
  /** Revokes the certificate. */
  revocation: string;
  /** Protects the .p12 file. */
  p12: string;
}

export interface PasswordFieldSpec {
  key: string;
  label: string;
  secret: keyof McPasswords;
  /** The confirmation ("Powtórz hasło…") of the pair. */
  confirmation: boolean;
  /** Names of the pair's main field; a confirmation is the field with these names plus a word like "powtórz". */
  labels: string[];
}

const REVOCATION_LABELS = [
  'Hasło do unieważnienia certyfikatu',
  'Hasło do unieważnienia',
  'Hasło unieważnienia certyfikatu',
  'Hasło unieważnienia',
  'Hasło do odwołania certyfikatu',
  'Hasło do zawieszenia lub unieważnienia certyfikatu',
];
const P12_LABELS = [
  'Hasło do pliku p12',
  'Hasło do pliku .p12',
  'Hasło do zabezpieczenia pliku p12',
  'Hasło zabezpieczające plik p12',
  'Hasło pliku p12',
  'Hasło do pliku PKCS#12',
  'Hasło do klucza prywatnego',
];

export const MC_PASSWORD_FIELDS: readonly PasswordFieldSpec[] = [
  {
    key: 'revocationPassword',
    label: 'Hasło do unieważnienia certyfikatu',
    secret: 'revocation',
    confirmation: false,
    labels: REVOCATION_LABELS,
  },
  {
    key: 'revocationPasswordRepeat',
    label: 'Powtórzenie hasła do unieważnienia',
    secret: 'revocation',
    confirmation: true,
    labels: REVOCATION_LABELS,
  },
  { key: 'p12Password', label: 'Hasło do pliku p12', secret: 'p12', confirmation: false, labels: P12_LABELS },
  {
    key: 'p12PasswordRepeat',
    label: 'Powtórzenie hasła do pliku p12',
    secret: 'p12',
    confirmation: true,
    labels: P12_LABELS,
  },
];

const CONFIRMATION_WORDS =
  /\b(powtorz|powtorzenie|powtorzone|potwierdz|potwierdzenie|ponownie|powtorzyc|potwierdzic)\b/;

const PASSWORD_MESSAGES = {
  filled: 'Wpisano hasło z sejfu (nie pokazujemy go tutaj).',
  already: 'Pole zawiera już hasło z sejfu.',
  conflict:
    'Pole zawiera już inne hasło (może wpisane ręcznie). Nie zmieniam go. Jeśli ma być hasło z sejfu, pozwól je zastąpić – inaczej zapisz hasło z pola sam, bo sejf go nie zna.',
  notFound: (label: string) =>
    `Nie znaleziono pola „${label}”. Wskaż je na stronie albo skopiuj hasło na stronie „Formularz MC i hasła” i wklej je ręcznie.`,
  disabled: (label: string) => `Pole „${label}” jest zablokowane do edycji.`,
  tooLong: (label: string, max: number, length: number) =>
    `Pole „${label}” przyjmuje najwyżej ${max} znaków, a hasło ma ${length}. Hasła z sejfu nie pasują do tego formularza: przy otwartym formularzu MC utwórz w kroku 3 nowe hasła (Asystent dopasuje je do wymagań strony) i wypełnij ponownie.`,
  doesNotFit: (label: string) =>
    `Hasło z sejfu nie spełnia wymagań pola „${label}” (długość albo dozwolone znaki), więc go nie wpisano. Przy otwartym formularzu MC utwórz w kroku 3 nowe hasła (Asystent dopasuje je do wymagań strony) i wypełnij ponownie.`,
  notAccepted: (label: string) =>
    `Strona nie przyjęła hasła w polu „${label}” (może ma inne wymagania co do znaków). Sprawdź wymagania pod polem, utwórz przy otwartym formularzu nowe hasła w kroku 3 i wypełnij ponownie.`,
} as const;

/** Whether a field's own label asks to repeat or confirm a password. */
export function isConfirmationField(el: Element): boolean {
  return labelClues(el).some(
    (clue) => clue.weight >= 0.8 && CONFIRMATION_WORDS.test(normalizeText(clue.text)),
  );
}

/**
 * The word that tells the two passwords apart, however the rest is phrased: "unieważnienia" (or
 * "odwołania", "zawieszenia") for the revocation one, "p12" (".p12", "PKCS#12", ".pfx") for the file's.
 */
const PAIR_MARKERS: Record<keyof McPasswords, RegExp> = {
  revocation: /\b(uniewaznien|odwolan|zawieszen|odwieszen)\w*/,
  p12: /\b(p12|pkcs\s*#?\s*12|pfx)\b/,
};

/**
 * Which password the field is for by the marker word of its nearest name: its own label first, then its
 * groups innermost first ("<legend>Hasło do kontenera klucza (.p12)</legend> … <label>Hasło</label>").
 * A name carrying both markers ("Hasła do unieważnienia i do pliku p12") tells nothing.
 */
export function pairByMarker(el: Element): keyof McPasswords | null {
  const names = [
    ...labelClues(el)
      .filter((clue) => clue.weight >= 0.8)
      .map((clue) => clue.text),
    ...groupNames(el),
  ];
  for (const name of names) {
    const text = normalizeText(name);
    const hits = (Object.keys(PAIR_MARKERS) as (keyof McPasswords)[]).filter((pair) =>
      PAIR_MARKERS[pair].test(text),
    );
    if (hits.length === 1) return hits[0] as keyof McPasswords;
    if (hits.length > 1) return null;
  }
  return null;
}

/** Below a name that matches, above nothing: a field named only by its pair's marker word. */
const MARKER_SCORE = 0.4;

/**
 * How well a field is named for a spec: by its labels, else by its pair's marker word. A field whose
 * nearest marker names the other password is never this one.
 */
function specScore(el: Element, spec: PasswordFieldSpec): number {
  const pair = pairByMarker(el);
  if (pair && pair !== spec.secret) return 0;
  return Math.max(labelScore(el, spec.labels), pair === spec.secret ? MARKER_SCORE : 0);
}

/** The best labelled field of a spec, or null when none or two equally good ones match. */
function bestByLabel(candidates: HTMLInputElement[], spec: PasswordFieldSpec): HTMLInputElement | null {
  const scored = candidates
    .filter((el) => isConfirmationField(el) === spec.confirmation)
    .map((el) => ({ el, score: specScore(el, spec) }))
    .filter((s) => s.score >= 0.35)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return best.el;
}

/**
 * Finds each password field: a taught locator first, then the label; a confirmation that only says
 * "Powtórz hasło" is the next password field after its pair's main field.
 */
export function locatePasswordFields(
  top: Document,
  learned: Record<string, Locator> = {},
): Map<string, HTMLInputElement> {
  const all = passwordInputs(top);
  const found = new Map<string, HTMLInputElement>();
  const taken = new Set<Element>();
  for (const spec of MC_PASSWORD_FIELDS) {
    const locator = learned[spec.key];
    const el = locator ? resolveLocator(top, locator) : null;
    if (el && el.localName === 'input') {
      found.set(spec.key, el as HTMLInputElement);
      taken.add(el);
    }
  }
  for (const spec of MC_PASSWORD_FIELDS.filter((s) => !found.has(s.key))) {
    const el = bestByLabel(
      all.filter((c) => !taken.has(c)),
      spec,
    );
    if (el) {
      found.set(spec.key, el);
      taken.add(el);
    }
  }
  for (const spec of MC_PASSWORD_FIELDS.filter((s) => s.confirmation && !found.has(s.key))) {
    const main = found.get(
      MC_PASSWORD_FIELDS.find((s) => s.secret === spec.secret && !s.confirmation)?.key ?? '',
    );
    const next = main ? all[all.indexOf(main) + 1] : undefined;
    if (next && !taken.has(next) && !labelScoreOfOtherPair(next, spec)) {
      found.set(spec.key, next);
      taken.add(next);
    }
  }
  return found;
}

/** A field named after the other password must not be taken as this pair's unnamed confirmation. */
function labelScoreOfOtherPair(el: Element, spec: PasswordFieldSpec): boolean {
  return MC_PASSWORD_FIELDS.some((s) => s.secret !== spec.secret && specScore(el, s) >= 0.35);
}

/** The rules a password field states by its own attributes (what `checkValidity()` enforces). */
function fieldConstraints(el: HTMLInputElement): PagePasswordConstraints {
  const pattern = el.getAttribute('pattern');
  return {
    ...(el.minLength > 0 ? { minLength: el.minLength } : {}),
    ...(el.maxLength > 0 ? { maxLength: el.maxLength } : {}),
    patterns: pattern ? [pattern] : [],
    requires: [],
  };
}

export interface PasswordFillOptions {
  learned?: Record<string, Locator>;
  /** Keys whose different existing value the clerk agreed to replace. */
  overwrite?: readonly string[];
}

/** Types both passwords into both fields of their pairs and reports without ever quoting a password. */
export function fillPasswordFields(
  top: Document,
  passwords: McPasswords,
  options: PasswordFillOptions = {},
): { fields: FieldReport[]; elements: Map<string, Element> } {
  const located = locatePasswordFields(top, options.learned);
  const fields: FieldReport[] = [];
  for (const spec of MC_PASSWORD_FIELDS) {
    const el = located.get(spec.key);
    const report = (status: FieldReport['status'], message: string): void => {
      const entry: FieldReport = { key: spec.key, label: spec.label, status, message };
      if (el && options.learned?.[spec.key]) entry.foundBy = 'learned';
      else if (el) entry.foundBy = 'label';
      fields.push(entry);
    };
    const value = passwords[spec.secret];
    if (!el) {
      report('not-found', PASSWORD_MESSAGES.notFound(spec.label));
      continue;
    }
    if (el.disabled || el.readOnly) {
      report('error', PASSWORD_MESSAGES.disabled(spec.label));
      continue;
    }
    if (el.value === value) {
      report('already', PASSWORD_MESSAGES.already);
      continue;
    }
    if (el.value && !options.overwrite?.includes(spec.key)) {
      report('conflict', PASSWORD_MESSAGES.conflict);
      continue;
    }
    const max = el.maxLength;
    if (max > 0 && value.length > max) {
      report('error', PASSWORD_MESSAGES.tooLong(spec.label, max, value.length));
      continue;
    }
    // What the field itself states (its pattern, minimum length) is checked before typing: a password
    // the field refuses is not typed half-way.
    if (!satisfiesConstraints(value, fieldConstraints(el))) {
      report('error', PASSWORD_MESSAGES.doesNotFit(spec.label));
      continue;
    }
    typeValue(el, value);
    const kept = el.value === value && !el.validity?.patternMismatch && !el.validity?.tooShort;
    report(
      kept ? 'filled' : 'error',
      kept ? PASSWORD_MESSAGES.filled : PASSWORD_MESSAGES.notAccepted(spec.label),
    );
  }
  return { fields, elements: new Map([...located].map(([key, el]) => [key, el as Element])) };
}
