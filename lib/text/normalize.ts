// Polish text comparison the way a person reads it: case, diacritics and spacing do not matter.
// Framework-free and dependency-free: the always-on ePUAP script uses it. lib/autofill/text.ts still holds
// a copy of these rules (issue 13: the engine should import them from here).

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

/**
 * Decorations a person ignores when reading a label: required markers ("*", "(wymagane)", "pole
 * obowiązkowe"), optional notes, character counters ("0 / 250", "pozostało 250 znaków"), help-icon text
 * ("?", "ⓘ", "Pomoc"), trailing colons. Works on normalised text (lower case, no diacritics).
 * The same rules as the fill engine's (lib/autofill/text.ts), which should import them from here.
 */
const DECORATIONS: readonly RegExp[] = [
  /\(\s*(wymagane|wymagany|wymagana|obowiazkowe|obowiazkowy|pole wymagane|pole obowiazkowe|opcjonalne|opcjonalnie|nieobowiazkowe)\s*\)/g,
  /\b(pole (wymagane|obowiazkowe)|wymagane|obowiazkowe|opcjonalne|opcjonalnie)\s*$/g,
  /\b\d+\s*\/\s*\d+\s*(znakow|znaki|znak)?\s*$/g,
  /\b(pozostalo|zostalo|maks\.?|maksymalnie|max\.?|limit)\s*:?\s*\d+\s*(znakow|znaki|znak)?\.?\s*$/g,
  /\b(pomoc|podpowiedz|wiecej informacji|informacja o polu)\s*$/g,
  /[*:?ⓘℹ❓†‡]+/g,
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
