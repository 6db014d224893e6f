// The hand-written variants: what the generator cannot express.

import type { CorpusVariant } from '../types';
import { plainMc } from './plain-mc';
import { plainPismo } from './plain-pismo';

export function handVariants(): CorpusVariant[] {
  return [plainPismo(), plainMc()];
}
