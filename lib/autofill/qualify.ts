// Qualify: score collected controls (plain data, see collect.ts) against what a recipe field is called.
// Pure functions over strings and numbers, no DOM: testable on hand-written data.

import { cleanLabel, labelWords, matchQuality } from './text';

/** One name a control carries, with how strongly it binds (1 = bound label, 0.5 = technical name). */
export interface NameEvidence {
  text: string;
  weight: number;
}

/** What qualify needs to know about one control. */
export interface ControlEvidence {
  /** The control's type as collect saw it (input, select, combobox, radio-group…). */
  type: string;
  names: readonly NameEvidence[];
  /** Legend, group name, section heading: innermost first. */
  groups: readonly string[];
}

/** Words that make a field the confirmation of another ("Powtórz hasło"). */
export const CONFIRMATION_WORDS =
  /\b(powtorz|powtorzenie|powtorzone|potwierdz|potwierdzenie|ponownie|powtorzyc|potwierdzic|powtorne|ponowne)\b/;

/** The words of a cleaned name as matchQuality reads them ("Nr" is "numer"). */
function words(text: string): string[] {
  return labelWords(text);
}

/**
 * How well a control's names match the wanted phrases, 0..1. A short own label ("Hasło") whose words
 * all belong to a wanted phrase counts through its group ("Hasło do unieważnienia certyfikatu" legend):
 * that is how a person tells two "Hasło" fields apart.
 */
export function nameScore(control: ControlEvidence, wanted: readonly string[]): number {
  let best = 0;
  for (const name of control.names) best = Math.max(best, matchQuality(name.text, wanted) * name.weight);
  if (control.groups.length === 0) return best;
  const wantedWords = wanted.map((w) => new Set(words(cleanLabel(w))));
  for (const name of control.names) {
    if (name.weight < 0.8) continue;
    const own = words(cleanLabel(name.text).replace(CONFIRMATION_WORDS, ' '));
    if (own.length === 0 || !wantedWords.some((set) => own.every((w) => set.has(w)))) continue;
    for (const group of control.groups) {
      const viaGroup = Math.max(matchQuality(group, wanted), matchQuality(`${group} ${name.text}`, wanted));
      best = Math.max(best, viaGroup * 0.9 * name.weight);
    }
  }
  return best;
}

/** Below this nothing is taken as the field. */
export const MIN_SCORE = 0.35;

export type Qualified =
  | { status: 'found'; index: number; score: number }
  | { status: 'not-found' }
  | { status: 'ambiguous'; count: number; indexes: number[] };

/**
 * The one control that is the field: best name score among the allowed types (the natural type, first in
 * `types`, gets a small bonus); equal best scores are told apart by how well the groups match, else the
 * result is ambiguous.
 */
export function qualify(
  controls: readonly ControlEvidence[],
  wanted: readonly string[],
  types: readonly string[],
  exclude: ReadonlySet<number> = new Set(),
): Qualified {
  const scored: { index: number; score: number; group: number }[] = [];
  controls.forEach((control, index) => {
    if (exclude.has(index) || !types.includes(control.type)) return;
    const score = nameScore(control, wanted);
    if (score < MIN_SCORE) return;
    const bonus = control.type === types[0] ? 0.05 : 0;
    const group = Math.max(0, ...control.groups.map((g) => matchQuality(g, wanted)));
    scored.push({ index, score: score + bonus, group });
  });
  scored.sort((a, b) => b.score - a.score || b.group - a.group);
  const [best, second] = scored;
  if (!best) return { status: 'not-found' };
  if (second && second.score === best.score && second.group === best.group) {
    const tied = scored.filter((s) => s.score === best.score && s.group === best.group);
    return { status: 'ambiguous', count: tied.length, indexes: tied.map((s) => s.index) };
  }
  return { status: 'found', index: best.index, score: best.score };
}
