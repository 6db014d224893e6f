// Public API of the fill engine. It knows no site: recipes (lib/sites) say what fields are called.

import { applyPlan } from './apply';
import { buildPlan, type PlanOptions } from './plan';
import type { FillOptions, FillOutcome, FillValues, Recipe } from './types';

export { applyPlan } from './apply';
export { collectDocuments, type FrameDocument } from './dom';
export { findLabelledText, type LabelledText } from './labelled-text';
export {
  computeLocator,
  learnedLocatorsFor,
  learnMapping,
  pathMatches,
  pathPatternFor,
  resolveLocator,
} from './locator';
export { findFillableControl, type PickOptions } from './picker';
export { buildPlan, type PlanOptions } from './plan';
export { isForbiddenAction } from './safety';
export { cleanLabel, matchQuality, normalizeText } from './text';
export type * from './types';

/** Recipe + values → plan → page → report, in one call (what the content script does on "Wypełnij"). */
export function fill(
  recipe: Recipe,
  values: FillValues,
  top: Document,
  options: FillOptions & PlanOptions = {},
): Promise<FillOutcome> {
  return applyPlan(buildPlan(recipe, values, options), top, options);
}
