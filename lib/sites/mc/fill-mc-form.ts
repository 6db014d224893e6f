import { fill } from '../../autofill';
import type { FillOptions, FillReport, Locator } from '../../autofill/types';
import type { ApplicationSnapshot } from '../../documents/snapshot';
import { mcFormFill } from './form-recipe';
import { fillPasswordFields, type McPasswords } from './password-fill';
import { combineReports } from './report';

export interface McFillOptions extends FillOptions {
  learned?: Record<string, Locator>;
  overwrite?: readonly string[];
}

/**
 * The whole MC form in one call: the data fields from the printed application through the engine,
 * then both password pairs, one report. The consent stays for the clerk; nothing is submitted.
 */
export async function fillMcForm(
  top: Document,
  snapshot: ApplicationSnapshot,
  passwords: McPasswords,
  options: McFillOptions = {},
): Promise<{ report: FillReport; elements: Map<string, Element> }> {
  const { recipe, values } = mcFormFill(snapshot);
  const data = await fill(recipe, values, top, options);
  // Frameworks re-render after the last typed value; find the password fields on the settled page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const secret = fillPasswordFields(top, passwords, options);
  return {
    report: combineReports(data.report, secret.fields),
    elements: new Map([...data.elements, ...secret.elements]),
  };
}
