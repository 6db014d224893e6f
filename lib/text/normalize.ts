// Polish text comparison the way a person reads it: case, diacritics and spacing do not matter.
// Dependency-free (biome.json): the always-on ePUAP script and the fill engine (lib/autofill/text.ts) share it.

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
 * Label text without the required/optional markers a person ignores: "Tytuł pisma: *" → "tytul pisma",
 * "Adresat (pole obowiązkowe)" → "adresat". The fill engine's `cleanLabel` (lib/autofill/text.ts) also
 * strips character counters and help-icon text, which banners and confirmation pages do not show; this
 * lean subset keeps the always-on script within its size budget.
 */
export function cleanLabel(text: string | null | undefined): string {
  return normalizeText(text)
    .replace(
      /\(\s*(wymagan[eya]|obowiazkow[ey]|pole (wymagane|obowiazkowe)|opcjonaln(e|ie)|nieobowiazkowe)\s*\)|\b(pole (wymagane|obowiazkowe)|wymagane|obowiazkowe)\s*$|[*:?]+/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a text carries any letter or digit (a lone "*" or "—" is decoration, not content). */
export function hasContent(text: string | null | undefined): boolean {
  return /[\p{L}\p{N}]/u.test(text ?? '');
}
