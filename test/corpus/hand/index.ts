// The hand-written variants: what the generator cannot express.

import type { CorpusVariant } from '../types';
import { handMc } from './mc-pages';
import { handPismo } from './pismo-pages';
import { plainMc } from './plain-mc';
import { plainPismo } from './plain-pismo';

export function handVariants(): CorpusVariant[] {
  return [plainPismo(), ...handPismo(), plainMc(), ...handMc()];
}
