// The generator: combines the dimensions into deterministic variants of the Pismo ogólne and the MC form
// (pairwise sampling of the product, see sample.ts; the pages' behaviour lives in runtime.ts).

import { mcVariants } from './gen-mc';
import { pismoVariants } from './gen-pismo';
import type { CorpusVariant } from './types';

export { MC_DIMS } from './gen-mc';
export { PISMO_DIMS } from './gen-pismo';

export function generatedVariants(): CorpusVariant[] {
  return [...pismoVariants(140), ...mcVariants(70)];
}
