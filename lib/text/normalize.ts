// Polish text comparison the way a person reads it: case, diacritics and spacing do not matter.
// Framework-free and dependency-free: the always-on ePUAP script uses it (lib/autofill has its own copy
// inside the engine, which is injected only when a fill is wanted).

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

/** Label text without decorations a person ignores: "Tytuł pisma: *" → "tytul pisma". */
export function cleanLabel(text: string | null | undefined): string {
  return normalizeText(text)
    .replace(/\((wymagane|opcjonalne|opcjonalnie|pole wymagane)\)/g, '')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
