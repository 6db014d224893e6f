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

const patterns: Record<string, RegExp> = {};

/**
 * A pattern built on its first use, then kept. For patterns made from data, and for those with Unicode
 * property classes (\p{L}…): written as a literal, each such class costs every page that loads the
 * always-on script about 0.2 ms just to parse (measured in Chromium), used or not, so these are built
 * only when an ASCII test cannot decide.
 */
export function lazyPattern(source: string, flags = 'u'): RegExp {
  const pattern = patterns[flags + source] ?? new RegExp(source, flags);
  patterns[flags + source] = pattern;
  return pattern;
}

/** Whether a text carries any letter or digit (a lone "*" or "—" is decoration, not content). */
export function hasContent(text: string | null | undefined): boolean {
  return /[a-z\d]/i.test(text ?? '') || lazyPattern('[\\p{L}\\p{N}]').test(text ?? '');
}
