// The generator: combines the dimensions into deterministic variants of the Pismo ogólne and the MC form.

import type { CorpusVariant } from './types';

export function generatedVariants(): CorpusVariant[] {
  return [];
}
