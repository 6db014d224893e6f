// The blind2 round of replica pages: written without reading the engine, from how real portals are built.

import type { CorpusVariant } from '../types';
import { mcPagesA } from './mc-a';
import { materialPismo } from './pismo-material';
import { portalPismo } from './pismo-portals';
import { widgetPismo } from './pismo-widgets';

export function blind2Variants(): CorpusVariant[] {
  return [...materialPismo(), ...widgetPismo(), ...portalPismo(), ...mcPagesA()];
}
