// The engine reads a value beside its label with the shared reader (lib/text/labelled-text.ts, one of the
// two dependency-free modules lib/autofill may import) and its own label rules.

import { findLabelledText as findText, type LabelledText } from '../text/labelled-text';
import { cleanLabel, hasContent } from './text';

export type { LabelledText };

/**
 * The value shown beside one of `labels`, labels compared the engine's way: all decorations stripped
 * (./text `cleanLabel`), and "Adresat i treść" (a section heading) is a phrase, not a label and its value.
 */
export function findLabelledText(root: Element, labels: readonly string[]): LabelledText | null {
  const found = findText(root, labels, { clean: cleanLabel, separated: true, value: shownValue });
  return found && { ...found, text: withoutCaption(found.text, labels) };
}

/**
 * The value without a caption of its own that names the same thing ("Adresat" above "Nazwa adresata:
 * nie wybrano" shows "nie wybrano"): a short text before a colon with a word that begins with a word of
 * the label, or the other way round.
 */
function withoutCaption(text: string, labels: readonly string[]): string {
  const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(text);
  if (!m) return text;
  const words = (t: string) =>
    cleanLabel(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4);
  const caption = words(m[1] ?? '');
  const named = labels.flatMap(words);
  const same = caption.some((c) => named.some((w) => c.startsWith(w) || w.startsWith(c)));
  return same ? shownValue(m[2] ?? '') || (m[2] ?? '') : text;
}

/** A required marker in words, bracketed or not (the screen-reader text of an asterisk icon). */
const REQUIRED_WORDS =
  /^\(?\s*(pole wymagane|pole obowiązkowe|wymagane|wymagany|wymagana|obowiązkowe)\s*\)?(?=[\s:*]|$)/i;

/**
 * Instructions shown beside a field ("Wpisz min. 3 znaki i wybierz z listy", "Zacznij pisać…"): help
 * for the person, never a value the form holds.
 */
const INSTRUCTION =
  /^\(?\s*(wpisz|podaj|zacznij|wyszukaj|kliknij|wprowadź|wskaż|zaznacz|użyj|skorzystaj|naciśnij|rozwiń)\b/i;

/**
 * A shown value without leading separators and required markers; '' when nothing but decoration, an
 * instruction or a bracketed note after the label ("Adresat (nazwa podmiotu)") is left.
 */
function shownValue(raw: string): string {
  if (isHint(raw)) return '';
  const text = raw
    .replace(/^[\s:–\-*]+/, '')
    .replace(REQUIRED_WORDS, '')
    .replace(/^[\s:–\-*]+/, '')
    .trim();
  return hasContent(text) && !INSTRUCTION.test(text) ? text : '';
}

/** A bracketed note alone ("(nazwa podmiotu)"), not a bracketed required marker. */
function isHint(rest: string): boolean {
  return /^\s*\([^()]*\)\s*$/.test(rest) && !REQUIRED_WORDS.test(rest.trim());
}
