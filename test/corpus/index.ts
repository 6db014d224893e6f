// The replica-page corpus (CONTRACT.md): generated variants first, then the hand-written ones.

import { blind2Variants } from './blind2';
import { blind3Variants } from './blind3';
import { generatedVariants } from './generate';
import { handVariants } from './hand';
import type { CorpusVariant } from './types';

export type { CorpusVariant, CorpusWindowApi, ScriptStep } from './types';

const BASE = { pismo: 'https://epuap.gov.pl/corpus/', mc: 'https://formularz.mc.gov.pl/corpus/' } as const;

/** https://epuap.gov.pl/corpus/<id>/ for form 'pismo', https://formularz.mc.gov.pl/corpus/<id>/ for 'mc'. */
export function baseUrl(v: CorpusVariant): string {
  return `${BASE[v.form]}${v.id}/`;
}

let cache: CorpusVariant[] | undefined;

/** All variants (generated + hand-written), deterministic order. */
export function corpusVariants(): CorpusVariant[] {
  cache ??= [...generatedVariants(), ...handVariants(), ...blind2Variants(), ...blind3Variants()];
  return cache;
}

/** The expected values of the sample municipality (the contract's MC keys) and the Pismo texts. */
export { MC_VALUES, PISMO_TEXTS } from './values';
