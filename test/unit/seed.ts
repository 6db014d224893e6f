import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The municipality's instruction, verbatim (docs/seed-instrukcja.txt): the one source of the wording. */
export const SEED = readFileSync(join(import.meta.dirname, '../../docs/seed-instrukcja.txt'), 'utf8');

/**
 * The value the seed gives after `label:` at the start of a line ("- Tytuł: Wniosek o …"). The seed
 * states the letter's fields twice; both must agree, or the test cannot say which one is meant.
 */
export function seedValue(label: string): string {
  const values = [...SEED.matchAll(new RegExp(`^(?:- )?${label}: (.+)$`, 'gm'))].map((m) =>
    (m[1] ?? '').trim(),
  );
  if (values.length === 0) throw new Error(`the seed gives no "${label}:"`);
  if (new Set(values).size !== 1)
    throw new Error(`the seed gives "${label}:" differently: ${values.join(' | ')}`);
  return values[0] as string;
}

/** The recipient the seed says to search for and click in the results ("wyszukać X i kliknąć w wynikach X"). */
export function seedRecipient(): string {
  const match = /wyszukać (.+?) i kliknąć w wynikach \1/.exec(SEED);
  if (!match?.[1]) throw new Error('the seed names no recipient to search for');
  return match[1];
}
