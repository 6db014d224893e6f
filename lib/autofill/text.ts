// Polish text comparison the way a person reads: case, diacritics and spacing do not matter.

// NFD splits most Polish letters into base + combining mark; ł/Ł have no decomposition, so map them.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, strip diacritics (ą→a, ł→l…), collapse whitespace and trim. */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

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

/** Whether a text carries any letter or digit (a lone "*" or "—" is decoration, not content). */
export function hasContent(text: string | null | undefined): boolean {
  return /[\p{L}\p{N}]/u.test(text ?? '');
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
