// The blind2 round of replica pages: written without reading the engine, from how real portals are built.

import type { CorpusVariant } from '../types';
import { mcPagesA } from './mc-a';
import { mcPagesB } from './mc-b';
import { mcPagesC } from './mc-c';
import { materialPismo } from './pismo-material';
import { morePismo } from './pismo-more';
import { portalPismo } from './pismo-portals';
import { structurePismo } from './pismo-structure';
import { widgetPismo } from './pismo-widgets';

export function blind2Variants(): CorpusVariant[] {
  return [
    ...materialPismo(),
    ...widgetPismo(),
    ...portalPismo(),
    ...structurePismo(),
    ...morePismo(),
    ...mcPagesA(),
    ...mcPagesB(),
    ...mcPagesC(),
  ];
}
