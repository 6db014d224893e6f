// Recipe + values → plan: pure data, decided before touching the page (and testable without a DOM).

import type { FillPlan, FillValues, Locator, PlannedField, Recipe } from './types';

export interface PlanOptions {
  /** Locators the user taught, by field key (see learnedLocatorsFor). */
  learned?: Record<string, Locator>;
  /** Field keys whose existing different value may be replaced; the user's input wins otherwise. */
  overwrite?: readonly string[];
}

export function buildPlan(recipe: Recipe, values: FillValues = {}, options: PlanOptions = {}): FillPlan {
  const fields = recipe.fields.map((spec): PlannedField => {
    const source = 'value' in spec ? spec.value : undefined;
    const { value: _ignored, ...rest } = spec as typeof spec & { value?: unknown };
    const planned = { ...rest, overwrite: options.overwrite?.includes(spec.key) ?? false } as PlannedField;
    const raw = source ? ('const' in source ? source.const : values[source.from]) : values[spec.key];
    if (typeof raw === 'string') planned.value = raw;
    else if (raw !== undefined) planned.file = raw;
    const learned = options.learned?.[spec.key];
    if (learned) planned.learned = learned;
    return planned;
  });
  return { recipeId: recipe.id, fields };
}
