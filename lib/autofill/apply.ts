// Plan → page → report. Each field is found afresh when its turn comes (pages re-render between fields),
// filled only if empty or already equal, verified, and reported; nothing here throws to the caller.

import {
  chooseByKeyboard,
  chooseInCombobox,
  chooseInSelect,
  chooseRadio,
  chooseThroughMirror,
  currentValue,
  sameChoice,
} from './choice';
import { collectDocuments, type FrameDocument, shownText } from './dom';
import { handleAttachment } from './file';
import { type Control, controlOf, locateControl, mirrorOf } from './locate';
import { resolveLocator } from './locator';
import { msg } from './messages';
import { openNamingPass } from './naming-cache';
import { pickRecipient } from './recipient-search';
import { guardSubmissions } from './safety';
import {
  dispatchBlur,
  dispatchValueEvents,
  isMaskedFormOf,
  typeIntoEditable,
  typeKeys,
  typeKeysIntoEditable,
  typeValue,
} from './set-value';
import { collapseSpaces, normalizeText } from './text';
import type { FieldReport, FieldResult, FillOptions, FillOutcome, FillPlan, PlannedField } from './types';
import { settle, untilIdle, waitFor } from './wait';

const OK_STATUSES = new Set(['filled', 'already', 'hint']);
/** After each field, the page has settled when a turn of its event loop passes without a DOM change. */
const FIELD_QUIET_MS = 0;
/** At the end, the page has settled after this long without a DOM change (bounded by the next). */
const FINAL_QUIET_MS = 30;
const FINAL_SETTLE_MAX_MS = 400;
const DISABLED = ':disabled, [aria-disabled="true"]';
/** How long a disabled control may take to be enabled by the page. */
const ENABLE_WAIT_MS = 1000;

export async function applyPlan(
  plan: FillPlan,
  top: Document,
  options: FillOptions = {},
): Promise<FillOutcome> {
  const timing = { timeoutMs: options.timeoutMs ?? 10_000, settleMs: options.settleMs ?? 60 };
  const startedAt = new Date().toISOString();
  const guard = guardSubmissions(top);
  // Every control's name is read once for the whole fill while the page does not change (naming-cache.ts).
  const closeNaming = openNamingPass();
  try {
    if (!options.formWaited) await formShown(plan, top, timing.timeoutMs);
    return await applyFields(plan, top, timing, startedAt, guard);
  } finally {
    closeNaming();
    guard.release();
  }
}

async function applyFields(
  plan: FillPlan,
  top: Document,
  timing: { timeoutMs: number; settleMs: number },
  startedAt: string,
  guard: ReturnType<typeof guardSubmissions>,
): Promise<FillOutcome> {
  const results: AppliedField[] = [];
  // A recipient picked is confirmed (the form shows it) while the next fields are filled; a field not
  // there yet, or disabled, may be waiting for that choice: it is tried again once the choice is shown.
  const pending = new Map<number, Promise<FieldResult>>();
  const confirmPicks = async (): Promise<void> => {
    for (const [i, confirmed] of pending) results[i] = await confirmed;
    pending.clear();
  };
  for (const [i, field] of plan.fields.entries()) {
    let result = await applyGuarded(field, top, timing, guard);
    const mayWait = LOCATABLE.has(field.kind) && (result.status === 'not-found' || result.blocked);
    if (pending.size > 0 && mayWait) {
      await confirmPicks();
      await settle(() => rootsOf(collectDocuments(top)), FINAL_QUIET_MS, FINAL_SETTLE_MAX_MS);
      result = await applyGuarded(field, top, timing, guard);
    }
    results.push(result);
    if (result.confirm) pending.set(i, result.confirm);
  }
  await confirmPicks();
  await verifyKept(plan, results, top, timing, guard);

  const fields: FieldReport[] = [];
  const elements = new Map<string, Element>();
  const docs = collectDocuments(top);
  plan.fields.forEach((field, i) => {
    const result = results[i] as AppliedField;
    const entry: FieldReport = {
      key: field.key,
      label: field.label,
      status: result.status,
      message: result.message,
    };
    if (result.foundBy) entry.foundBy = result.foundBy;
    if (result.element) {
      elements.set(field.key, result.element);
      const frame = docs.find((d) => d.doc === result.element?.ownerDocument);
      if (frame && frame.path.length > 0) entry.frame = frame.path;
    }
    fields.push(entry);
  });
  return {
    report: {
      recipeId: plan.recipeId,
      url: top.URL,
      startedAt,
      finishedAt: new Date().toISOString(),
      fields,
      ok: fields.every((f) => OK_STATUSES.has(f.status)),
    },
    elements,
  };
}

/** A field's result inside the engine, with what the later stages need. */
interface AppliedField extends FieldResult {
  /** The control that read back the value (to verify it again at the end). */
  kept?: Control;
  /** The control is disabled: the page may enable it after an earlier choice. */
  blocked?: boolean;
  /** A pick whose confirmation is still to come; the result stands in for it until then. */
  confirm?: Promise<FieldResult>;
}

async function applyGuarded(
  field: PlannedField,
  top: Document,
  timing: { timeoutMs: number; settleMs: number },
  guard: ReturnType<typeof guardSubmissions>,
): Promise<AppliedField> {
  // Frames may load while we work, so the documents are collected per field.
  const docs = collectDocuments(top);
  guard.cover();
  try {
    return await applyField(field, docs, top, timing);
  } catch (error) {
    return { status: 'error', message: failure(field, error) };
  }
}

function failure(field: PlannedField, error: unknown): string {
  return msg.failed(field.label, error instanceof Error ? error.message : String(error));
}

/**
 * The verify stage at the end: once the whole page has settled (blur validation, re-renders, late model
 * updates), every value entered must still read back as the page keeps it. A value the page lost is
 * entered once more when the field is empty again; a field the page changed to something else, or that
 * loses the value again, is reported as not accepted. Results are updated in place.
 */
async function verifyKept(
  plan: FillPlan,
  results: AppliedField[],
  top: Document,
  timing: { timeoutMs: number; settleMs: number },
  guard: ReturnType<typeof guardSubmissions>,
): Promise<void> {
  let pending = plan.fields.map((_, i) => i).filter((i) => results[i]?.kept);
  for (let round = 0; round < 2 && pending.length > 0; round++) {
    // A page that sent what was typed to its server ("Przetwarzanie…") keeps it only once the answer is in.
    await untilIdle(top);
    await settle(() => rootsOf(collectDocuments(top)), FINAL_QUIET_MS, FINAL_SETTLE_MAX_MS);
    const lost: number[] = [];
    for (const i of pending) {
      const field = plan.fields[i] as PlannedField;
      const result = results[i] as AppliedField;
      const value = field.value ?? '';
      const now = currentControl(result.kept as Control, field, collectDocuments(top));
      if (now && matches(now, value)) {
        results[i] = { ...result, kept: now, element: now.el };
        continue;
      }
      const shown = now ? currentValue(now, TEXT_TYPES.has(now.type) ? [] : field.labels) : '';
      const notAccepted: AppliedField = {
        status: 'error',
        message: msg.notAccepted(field.label, value),
        element: now?.el ?? result.element,
        foundBy: result.foundBy,
      };
      if (round > 0 || shown) {
        results[i] = notAccepted;
        continue;
      }
      const again = await applyGuarded(field, top, timing, guard);
      results[i] = again.status === 'filled' ? again : notAccepted;
      if (again.kept) lost.push(i);
    }
    pending = lost;
  }
}

function rootsOf(docs: readonly FrameDocument[]): Node[] {
  return docs.map((d) => d.doc.documentElement);
}

async function applyField(
  field: PlannedField,
  docs: readonly FrameDocument[],
  top: Document,
  timing: { timeoutMs: number; settleMs: number },
): Promise<AppliedField> {
  const learned = field.learned ? resolveLocator(top, field.learned) : null;
  const note = field.learned && !learned ? msg.learnedMissing() : '';
  const withNote = (r: AppliedField): AppliedField => (note ? { ...r, message: note + r.message } : r);

  if (field.kind === 'file') return withNote(handleAttachment(docs, field, learned ?? undefined));
  if (field.kind === 'checkbox-leave-to-user') {
    const found = learned ? controlOf(learned) : locateOrNull(docs, field);
    return { status: 'hint', message: field.hint ?? msg.leaveToUser(field.label), element: found?.el };
  }
  const value = field.value;
  if (value === undefined) return { status: 'skipped', message: msg.skipped() };
  if (field.kind === 'recipient-search') {
    const foundBy = learned ? 'learned' : 'label';
    const picked = await pickRecipient(docs, field, timing, learned ?? undefined);
    if (!('confirmed' in picked)) return withNote({ ...picked, foundBy });
    const confirm = picked.confirmed
      .catch((error: unknown) => ({ status: 'error' as const, message: failure(field, error) }))
      .then((result) => withNote({ ...result, foundBy }));
    return { status: 'error', message: msg.recipientPending(), confirm };
  }

  let control = learned ? controlOf(learned) : null;
  const foundBy = control ? 'learned' : 'label';
  if (!control) {
    const located = locateControl(docs, field.kind, field.labels);
    if (located.status === 'not-found')
      return withNote({ status: 'not-found', message: msg.notFound(field.label, value) });
    if (located.status === 'ambiguous')
      return withNote({ status: 'ambiguous', message: msg.ambiguous(field.label, located.count) });
    control = located.control;
  }
  return withNote({ ...(await fillControl(control, field, value, docs, timing.timeoutMs)), foundBy });
}

const LOCATABLE = new Set(['text', 'textarea', 'text-or-choice', 'select', 'radio', 'combobox']);

/**
 * Waits (bounded) until at least one field of the plan can be found: a form mounted late, or in a frame
 * whose document is still loading. Returns at once on a page that already shows the form.
 */
async function formShown(plan: FillPlan, top: Document, timeoutMs: number): Promise<void> {
  const fields = plan.fields.filter((f) => LOCATABLE.has(f.kind));
  if (fields.length === 0) return;
  const check = (): true | null => {
    const docs = collectDocuments(top);
    return fields.some((f) => locateControl(docs, f.kind, f.labels).status !== 'not-found') ? true : null;
  };
  await waitFor([top.documentElement], check, { timeoutMs, settleMs: 30, pollMs: 100, checkFirst: true });
}

function locateOrNull(docs: readonly FrameDocument[], field: PlannedField): Control | null {
  const located = locateControl(docs, field.kind, field.labels);
  return located.status === 'found' ? located.control : null;
}

const TEXT_TYPES = new Set(['input', 'textarea', 'contenteditable']);

function matches(control: Control, value: string): boolean {
  const current = currentValue(control);
  if (TEXT_TYPES.has(control.type))
    // An input mask shows exactly our digits with its own separators ("668-100-23-96" for "6681002396").
    return current === collapseSpaces(value) || (control.type === 'input' && isMaskedFormOf(current, value));
  if (!sameChoice(current, value)) return false;
  // A select hidden behind a widget holds the choice only when the widget the person sees shows it too
  // (a widget that keeps its own model ignores a select changed under it).
  if (control.type === 'select' && control.hidden) {
    const mirror = mirrorOf(control.el as HTMLSelectElement);
    return !mirror || shownChoice(mirror, value);
  }
  return true;
}

/** Whether the widget shows the value as its choice (its option list, drawn or closed, aside). */
function shownChoice(widget: Element, value: string): boolean {
  const words = (text: string): string =>
    normalizeText(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(shownText(widget)) === words(value);
}

async function fillControl(
  found: Control,
  field: PlannedField,
  value: string,
  docs: readonly FrameDocument[],
  timeoutMs: number,
): Promise<AppliedField> {
  let control = found;
  // A read-only input that opens a list (PrimeFaces' focus input, a select-like combobox) is chosen, not typed.
  if (
    control.type === 'input' &&
    control.el.matches('[readonly], [aria-readonly="true"]') &&
    control.el.matches('[role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="true"]')
  )
    control = { type: 'combobox', el: control.el };
  // A control disabled until an earlier choice takes effect (the kind of letter enabling its title): a
  // short, bounded wait for the page to enable it.
  if (control.el.matches(DISABLED)) {
    const live = control;
    const enabled = await waitFor(
      docs.map((d) => d.doc.documentElement),
      () => {
        const now = currentControl(live, field, docs);
        return now && !now.el.matches(DISABLED) ? now : null;
      },
      { timeoutMs: Math.min(timeoutMs, ENABLE_WAIT_MS) },
    );
    if (enabled) control = enabled;
  }
  const el = control.el;
  if (
    el.matches(DISABLED) ||
    (el.matches('[readonly], [aria-readonly="true"]') && TEXT_TYPES.has(control.type))
  ) {
    return { status: 'error', message: msg.disabled(field.label), element: el, blocked: true };
  }
  if (matches(control, value)) return { status: 'already', message: msg.already(), element: el };
  const current = currentValue(control, TEXT_TYPES.has(control.type) ? [] : field.labels);
  // What the person typed wins unless the plan explicitly allows replacing it.
  if (current && !field.overwrite)
    return { status: 'conflict', message: msg.conflict(current, value), element: el };

  // Strategies in order; the next one runs only when the page did not keep the value.
  const strategies = strategiesFor(control, value, timeoutMs);
  let anyChosen = false;
  let shown: Element = el;
  for (const strategy of strategies) {
    const live = currentControl(control, field, docs) ?? control;
    const chosen = await strategy(live);
    if (!chosen) continue;
    anyChosen = true;
    const kept = await keptValue(control, field, docs, value, timeoutMs);
    if (kept) {
      const isText = TEXT_TYPES.has(control.type);
      return {
        status: 'filled',
        message: isText ? msg.filled(value) : msg.chosen(value),
        element: kept.el,
        kept,
      };
    }
    shown = currentControl(control, field, docs)?.el ?? el;
  }
  if (!anyChosen) return { status: 'error', message: msg.noOption(field.label, value), element: el };
  return { status: 'error', message: msg.notAccepted(field.label, value), element: shown };
}

type Strategy = (control: Control) => boolean | Promise<boolean>;

/** How to put a value into each kind of control, most natural first. */
function strategiesFor(control: Control, value: string, timeoutMs: number): Strategy[] {
  switch (control.type) {
    case 'input':
    case 'textarea':
      return [
        (c) => {
          typeValue(c.el as HTMLInputElement, value);
          return true;
        },
        (c) => {
          // Pages that listen to keys (masks, counters, React-like trackers that missed the first try).
          typeKeys(c.el as HTMLInputElement, value);
          dispatchValueEvents(c.el, null);
          dispatchBlur(c.el);
          return true;
        },
      ];
    case 'contenteditable':
      return [
        (c) => {
          typeIntoEditable(c.el as HTMLElement, value);
          return true;
        },
        (c) => {
          typeKeysIntoEditable(c.el as HTMLElement, value);
          return true;
        },
      ];
    case 'select':
      return control.hidden
        ? [
            // Through the widget the clerk sees, so its label and the page's model agree.
            (c) => chooseThroughMirror(c.el as HTMLSelectElement, value, timeoutMs),
            (c) => chooseInSelect(c.el as HTMLSelectElement, value),
          ]
        : [(c) => chooseInSelect(c.el as HTMLSelectElement, value)];
    case 'radio-group':
      return [(c) => chooseRadio(c.radios ?? [], value)];
    case 'combobox':
    case 'listbox':
      return [(c) => chooseInCombobox(c, value, timeoutMs), (c) => chooseByKeyboard(c, value)];
    default:
      return [];
  }
}

/**
 * The page kept the value: it reads back (on the current node, which a re-render may have replaced),
 * and still does once the page has settled (blur validation and re-renders may undo it).
 */
async function keptValue(
  control: Control,
  field: PlannedField,
  docs: readonly FrameDocument[],
  value: string,
  timeoutMs: number,
): Promise<Control | null> {
  const roots = docs.map((d) => d.doc.documentElement);
  const read = (): Control | null => {
    const now = currentControl(control, field, docs);
    return now && matches(now, value) ? now : null;
  };
  const first = await waitFor(roots, read, { timeoutMs: Math.min(timeoutMs, 1000) });
  if (!first) return null;
  await settle(() => roots, FIELD_QUIET_MS, FINAL_SETTLE_MAX_MS);
  return read();
}

function currentControl(
  control: Control,
  field: PlannedField,
  docs: readonly FrameDocument[],
): Control | null {
  const connected = control.el.isConnected && (control.radios ?? []).every((r) => r.isConnected);
  if (connected) return control;
  if (field.learned) {
    const top = docs[0]?.doc;
    const el = top ? resolveLocator(top, field.learned) : null;
    if (el) return controlOf(el);
  }
  return locateOrNull(docs, field);
}
