import { collectDocuments, fill } from '../../autofill';
import { collectControls, evidenceOf, locateControl } from '../../autofill/locate';
import { openNamingPass } from '../../autofill/naming-cache';
import { qualify } from '../../autofill/qualify';
import { guardSubmissions } from '../../autofill/safety';
import type { FieldSpec, FillOptions, FillReport, Locator, Recipe } from '../../autofill/types';
import { untilIdle, waitFor } from '../../autofill/wait';
import type { ApplicationSnapshot } from '../../documents/snapshot';
import { DATA_FIELDS, FIRST_NAME_LABELS, LAST_NAME_LABELS, mcFormFill, withSplitName } from './form-recipe';
import { passwordFieldsShown, passwordInputs } from './password-constraints';
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
  const guard = guardSubmissions(top);
  // One naming pass for the data fields and the passwords: each control's label is read once (naming-cache.ts).
  const closeNaming = openNamingPass();
  try {
    return await fillAll(top, snapshot, passwords, options);
  } finally {
    closeNaming();
    guard.release();
  }
}

async function fillAll(
  top: Document,
  snapshot: ApplicationSnapshot,
  passwords: McPasswords,
  options: McFillOptions,
): Promise<{ report: FillReport; elements: Map<string, Element> }> {
  let { recipe, values } = mcFormFill(snapshot);
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Whether the form asks for the name apart can only be seen on the form: wait for it (a late mount,
  // a frame whose src is set late), bounded.
  const shown = await formShown(top, recipe, timeoutMs);
  let splitNote = '';
  if (asksNameApart(top, recipe, options)) {
    const split = withSplitName(recipe, values);
    if (split) {
      ({ recipe, values } = split);
      splitNote = ` Formularz pyta osobno o imię i nazwisko: z „${split.split.first} ${split.split.last}” rozdzielono imię „${split.split.first}” i nazwisko „${split.split.last}”.`;
    }
  }
  const data = await fill(recipe, values, top, { ...options, formWaited: true });
  if (splitNote)
    for (const field of data.report.fields)
      if (field.key === 'signatoryFirstName' || field.key === 'signatoryLastName') field.message += splitNote;
  // Frameworks re-render after the last typed value; find the password fields on the settled page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // A wizard's step with the data fields alone shows no password field: not waited for beyond a quiet page.
  await passwordFieldsShown(top, timeoutMs, () => shown);
  const secret = fillPasswordFields(top, passwords, options);
  // A page that checks each password on its server keeps it once the answer is in.
  await untilIdle(top);
  return {
    report: combineReports(data.report, secret.fields),
    elements: new Map([...data.elements, ...secret.elements]),
  };
}

/**
 * Waits until at least one data field of the recipe can be found in some frame, or a password field (a
 * wizard's last step may hold the passwords alone), bounded; whether the data fields were there.
 */
async function formShown(top: Document, recipe: Recipe, timeoutMs: number): Promise<boolean> {
  const check = (): boolean | null =>
    dataFieldShown(top, recipe.fields) ? true : passwordInputs(top).length > 0 ? false : null;
  return (
    (await waitFor([top.documentElement], check, {
      timeoutMs,
      settleMs: 30,
      pollMs: 100,
      checkFirst: true,
    })) === true
  );
}

function dataFieldShown(top: Document, specs: readonly FieldSpec[]): boolean {
  const fields = specs.filter((f) => f.kind === 'text' || f.kind === 'text-or-choice');
  const docs = collectDocuments(top);
  return fields.some((f) => locateControl(docs, f.kind, f.labels).status === 'found');
}

/** Whether the page shows the MC form: one of its data fields can be found (the data do not matter here). */
export function mcFormShown(top: Document): boolean {
  return dataFieldShown(top, DATA_FIELDS);
}

/**
 * Whether the page asks for the signatory's first name and surname in two fields: both are found as
 * different fields, and no single field is named for the whole name (a taught field wins).
 */
function asksNameApart(top: Document, recipe: Recipe, options: McFillOptions): boolean {
  if (options.learned?.signatoryName) return false;
  const whole = recipe.fields.find((f) => f.key === 'signatoryName');
  if (!whole) return false;
  const controls = collectDocuments(top).flatMap(({ doc }) => collectControls(doc, ['input', 'textarea']));
  const evidence = controls.map(evidenceOf);
  const types = ['input', 'textarea'];
  const first = qualify(evidence, FIRST_NAME_LABELS, types);
  const last = qualify(evidence, LAST_NAME_LABELS, types);
  if (first.status !== 'found' || last.status !== 'found' || first.index === last.index) return false;
  const combined = qualify(evidence, whole.labels, types);
  return combined.status !== 'found' || combined.score < Math.min(first.score, last.score);
}
