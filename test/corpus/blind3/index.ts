// The blind3 round of replica pages: written without reading the engine, from how real portals are built.

import type { CorpusVariant } from '../types';
import { accordionMc } from './mc-accordion';
import { jsfMcPages } from './mc-jsf';
import { stepsMc } from './mc-steps';
import { tabsMc } from './mc-tabs';
import { vaadinMcPages } from './mc-vaadin';
import { dialogPismo } from './pismo-dialog';
import { framePismo } from './pismo-frame';
import { jsfPismo } from './pismo-jsf';
import { legacyPismo } from './pismo-legacy';
import { primengPismo } from './pismo-primeng';
import { railsPismo } from './pismo-rails';
import { vaadinPismo } from './pismo-vaadin';

export function blind3Variants(): CorpusVariant[] {
  return [
    ...primengPismo(),
    ...jsfPismo(),
    ...vaadinPismo(),
    ...railsPismo(),
    ...legacyPismo(),
    ...framePismo(),
    ...dialogPismo(),
    ...tabsMc(),
    ...accordionMc(),
    ...stepsMc(),
    ...vaadinMcPages(),
    ...jsfMcPages(),
  ];
}
