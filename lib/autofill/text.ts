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

/**
 * How well a visible label matches one of the wanted phrases, 0..1.
 * Equal beats "starts with" beats "contains as whole words"; substrings inside words do not count.
 */
export function matchQuality(label: string, wanted: readonly string[]): number {
  const l = cleanLabel(label);
  if (!l) return 0;
  let best = 0;
  for (const phrase of wanted) {
    const w = cleanLabel(phrase);
    if (!w) continue;
    if (l === w) return 1;
    if (l.startsWith(`${w} `)) best = Math.max(best, 0.85);
    else if (` ${l} `.includes(` ${w} `)) best = Math.max(best, l.length > 120 ? 0.4 : 0.7);
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
