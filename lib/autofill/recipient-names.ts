// Whether a text names the recipient EXACTLY: the name alone, or followed by an address or identifier.

import { normalizeText } from './text';

/**
 * Name comparison: case, diacritics, spacing and punctuation around the words do not matter, nor a mark
 * before the name ("✔ Ministerstwo…", "• Ministerstwo…").
 */
export function normalizeName(text: string | null | undefined): string {
  return normalizeText(text)
    .replace(/[„”"'«»]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s*([,;|()])\s*/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

/** A line names the target: the name alone, or followed by an address or identifier after a separator. */
export function lineNames(line: string, wanted: string): boolean {
  const w = normalizeName(wanted);
  if (line === w) return true;
  if (!line.startsWith(w)) return false;
  const rest = line.slice(w.length);
  // An address or identifier: after a comma, bracket or bar, straight after the name ("…/MC/ESP",
  // "…ul. Królewska", when the address is a block of its own), or after a dash ("Name – /ESP", "Name — ul. …"). A dash followed by
  // words is another name ("Ministerstwo Cyfryzacji – Departament …").
  return (
    /^(,|;|\||\(|\/| ?ul\.| ?al\.| ?pl\.| esp| \/| skrytka| adres)/.test(rest) ||
    /^ ?[-–—] ?(\/|ul\.|al\.|pl\.|esp\b|skrytka|adres)/.test(rest)
  );
}
