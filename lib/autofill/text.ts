// Polish text comparison the way a person reads: case, diacritics and spacing do not matter.
// normalizeText and hasContent are the shared ones (lib/text/normalize.ts, dependency-free, also in the
// always-on ePUAP script); the engine's label rules below strip more than that script's lean cleanLabel.

import { hasContent, normalizeText } from '../text/normalize';

export { hasContent, normalizeText };

/** Whitespace-only normalisation, for values where diacritics matter (a title typed without them differs). */
export function collapseSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Decorations a person ignores when reading a label: required markers ("*", "(wymagane)", "pole
 * obowiązkowe"), optional notes, character counters ("0 / 250", "pozostało 250 znaków"), help-icon text
 * ("?", "ⓘ", "Pomoc"), trailing colons. Works on normalised text (lower case, no diacritics).
 */
const DECORATIONS: readonly RegExp[] = [
  /\(\s*(wymagane|wymagany|wymagana|obowiazkowe|obowiazkowy|pole wymagane|pole obowiazkowe|opcjonalne|opcjonalnie|nieobowiazkowe)\s*\)/g,
  /\b(pole (wymagane|obowiazkowe)|wymagane|obowiazkowe|opcjonalne|opcjonalnie)\s*$/g,
  /\b\d+\s*\/\s*\d+\s*(znakow|znaki|znak)?\s*$/g,
  /\b(pozostalo|zostalo|maks\.?|maksymalnie|max\.?|limit)\s*:?\s*\d+\s*(znakow|znaki|znak)?\.?\s*$/g,
  /\b(pomoc|podpowiedz|wiecej informacji|informacja o polu)\s*$/g,
  /[*:?ⓘℹ❓†‡]+/g,
  // Dashes and ellipses framing a placeholder ("— Stanowisko —", "Wybierz…").
  /^[\s—–-]+|[\s—–…-]+$|…/g,
];

export function stripDecorations(normalized: string): string {
  let text = normalized;
  // Twice: "Treść pisma * 0 / 250" has the counter after the marker.
  for (let round = 0; round < 2; round++)
    for (const pattern of DECORATIONS) text = text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
  return text;
}

/** Label text without decorations a person ignores: "Tytuł pisma: *" → "tytul pisma". */
export function cleanLabel(text: string | null | undefined): string {
  return stripDecorations(normalizeText(text));
}

/** Short forms a clerk reads as the whole word ("Nr budynku" is "Numer budynku", "ID podmiotu" is "Identyfikator podmiotu"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = { nr: 'numer', id: 'identyfikator' };

/** Words that join a phrase but do not name anything ("Hasło do pliku", "Imię i nazwisko"). */
const CONNECTORS = new Set(['i', 'w', 'z', 'ze', 'do', 'na', 'o', 'a', 'lub', 'albo', 'oraz', 'dla', 'od']);

/**
 * The words of a cleaned label, punctuation read as spacing ("budynku/lokalu", "(.p12)", "(domena)"),
 * short forms spelt out.
 */
export function labelWords(cleaned: string): string[] {
  return cleaned
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
}

/**
 * A wanted phrase written "=Numer" names the field only when it is the whole label: a bare word a person
 * reads as this field where it stands alone ("Ulica: … Numer: …"), but not inside "Numer telefonu". It is
 * weak, so any better-named field wins.
 */
export const EXACT_ONLY = '=';
const EXACT_ONLY_SCORE = 0.6;

/**
 * How well a visible label matches one of the wanted phrases, 0..1.
 * Equal beats "starts with" beats "contains as whole words" beats "has all the phrase's words in another
 * order" ("Identyfikator ePUAP podmiotu" for "Identyfikator podmiotu"); substrings inside words do not count.
 */
export function matchQuality(label: string, wanted: readonly string[]): number {
  const lw = labelWords(cleanLabel(label));
  if (lw.length === 0) return 0;
  const l = lw.join(' ');
  const long = l.length > 120;
  const labelSet = new Set(lw);
  let best = 0;
  for (const raw of wanted) {
    const exactOnly = raw.startsWith(EXACT_ONLY);
    const ww = labelWords(cleanLabel(exactOnly ? raw.slice(EXACT_ONLY.length) : raw));
    if (ww.length === 0) continue;
    const w = ww.join(' ');
    if (exactOnly) {
      if (l === w) best = Math.max(best, EXACT_ONLY_SCORE);
      continue;
    }
    if (l === w) return 1;
    if (l.startsWith(`${w} `)) best = Math.max(best, 0.85);
    else if (` ${l} `.includes(` ${w} `)) best = Math.max(best, long ? 0.4 : 0.7);
    else {
      const content = ww.filter((word) => !CONNECTORS.has(word));
      if (content.length >= 2 && content.every((word) => labelSet.has(word)))
        best = Math.max(best, long ? 0.35 : 0.6);
    }
  }
  return best;
}

/** Words of an identifier: "tytulPisma" / "tytul_pisma" → "tytul pisma". */
export function identifierWords(id: string): string {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]:]+/g, ' ')
    .trim();
}
