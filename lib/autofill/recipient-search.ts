// Searching for an entity and picking the EXACT match, the way a careful person does: type the name,
// run the search, wait for the results, and click only a result whose name is the name, nothing longer
// ("Departament … Ministerstwa Cyfryzacji" or "Ministerstwo Cyfryzacji - COI" are other recipients).
// When nothing or more than one result qualifies, the engine stops and tells the user what to choose.

import { isPlaceholderText } from './choice';
import {
  byId,
  collectDocuments,
  deepQueryAll,
  type FrameDocument,
  isRendered,
  OPTION_LISTS,
  shadowRoots,
  shownText,
  viewOf,
} from './dom';
import { findLabelledText, type LabelledText } from './labelled-text';
import { labelClues } from './labels';
import { collectControls, findButton, labelScore } from './locate';
import { msg } from './messages';
import {
  type BrowseOutcome,
  findDependentSelects,
  findTree,
  pickInDependentSelects,
  pickInTree,
} from './recipient-browse';
import { lineNames, normalizeName } from './recipient-names';
import { safeClick } from './safety';
import { dispatchFocus, dispatchValueEvents, setNativeProperty, typeForSearch, typeKeys } from './set-value';
import { cleanLabel, normalizeText } from './text';
import type { FieldResult, PlannedSearchField, SearchSpec } from './types';
import { waitFor } from './wait';

const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
const CLICKABLE = 'a, button, [role="option"], [role="button"], [role="row"], label, [onclick], [tabindex]';
const PAGE_CHROME = 'header, nav, [role="banner"], [role="navigation"]';
/** How long results must stay unchanged before a search without the exact name counts as answered. */
const RESULTS_QUIET_MS = 1000;
/** After the page visibly took a pick, how long a form may take to show the choice. */
const SHOWN_AFTER_TAKEN_MS = 150;
/** Markers for the waits after the pick: no confirmation needed; the pick taken but shown nowhere. */
const NO_CONFIRM: unique symbol = Symbol('no confirmation needed');
const TAKEN: unique symbol = Symbol('taken, shown nowhere');
const DEFAULT_NO_RESULTS = ['Brak wyników', 'Nie znaleziono', 'Nic nie znaleziono', '0 wyników'];

interface Timing {
  timeoutMs: number;
  settleMs: number;
}

/** A pick made, its confirmation (the form showing the choice) still to come. */
export interface PendingPick {
  confirmed: Promise<FieldResult>;
}

/**
 * Searches and picks; what it returns at once says why nothing was picked, else the pick's confirmation
 * is pending, so the caller may go on with other fields while the page takes the choice.
 */
export async function pickRecipient(
  docsAtStart: readonly FrameDocument[],
  field: PlannedSearchField,
  timing: Timing,
  learned?: Element,
): Promise<FieldResult | PendingPick> {
  const spec = field.search;
  const wording = { label: field.label, opener: spec.openLabels[0], exactHint: spec.exactMatchHint };
  const target = field.value ?? '';
  const wanted = normalizeText(target);
  // The picker may open in a frame that did not exist before (a modal holding an iframe): the documents
  // are collected again while it is awaited.
  let docs = docsAtStart;
  const top = docsAtStart[0]?.doc;
  const refresh = (): void => {
    if (top) docs = collectDocuments(top);
  };

  const displayBefore = readDisplay(docs, field.labels);
  if (displayBefore && !isPlaceholderText(displayBefore.text)) {
    if (namesTarget(displayBefore.text, wanted)) {
      return { status: 'already', message: msg.already(), element: displayBefore.labelElement };
    }
    if (!field.overwrite) {
      return {
        status: 'conflict',
        message: msg.recipientConflict(wording, displayBefore.text, target),
        element: displayBefore.labelElement,
      };
    }
  }

  const learnedInput = learned?.localName === 'input' ? learned : undefined;
  const findInput = (): HTMLInputElement | null =>
    (learnedInput?.isConnected ? (learnedInput as HTMLInputElement) : null) ??
    findSearchInput(docs, spec, false, field.labels);
  // An open search dialog is used as it is; otherwise "Ustaw/zmień adresata" opens the search (clicking it
  // first, rather than typing into any visible box, keeps the portal's own site search out of the way).
  let input =
    (learnedInput as HTMLInputElement | undefined) ?? findSearchInput(docs, spec, true, field.labels);
  if (!input) {
    const trigger =
      learned && !learnedInput
        ? learned
        : (findButton(bodies(docs), spec.openLabels) ??
          openerBesideDisplay(docs, field.labels, spec.pickLabels));
    if (trigger && !safeClick(trigger))
      return { status: 'not-found', message: msg.searchNotFound(wording, target) };
    // The picker opened may be a search, or a tree of entities to browse.
    const findPicker = (): Element | null => {
      refresh();
      return findInput() ?? findTree(docs);
    };
    const picker = trigger
      ? await waitFor(roots(docs), findPicker, { timeoutMs: timing.timeoutMs, pollMs: 100 })
      : findPicker();
    if (picker && picker.localName !== 'input') {
      const labels = { pick: spec.pickLabels, confirm: spec.confirmLabels ?? [] };
      return browsed(docs, field, await pickInTree(picker, target, labels, timing), !displayBefore, timing);
    }
    input = picker as HTMLInputElement | null;
    const selects = input ? null : findDependentSelects(docs, field.labels, target);
    if (selects)
      return browsed(docs, field, await pickInDependentSelects(selects, target, timing), false, timing);
    if (!input)
      return {
        status: 'not-found',
        message: msg.searchNotFound(wording, target),
        element: trigger ?? undefined,
      };
  }

  // Typing without leaving the field: a blur would close an inline autocomplete's list.
  typeForSearch(input, target);
  // Frameworks may have re-rendered the dialog on input: work with the current nodes from here on.
  input = findInput() ?? input;
  const scopesOf = (): Element[] => searchScopes(findInput() ?? (input as HTMLInputElement));
  const before = new Set(scopesOf().flatMap((scope) => nameHolders(scope, wanted)));
  const itemsBefore = new Set(scopesOf().flatMap((scope) => Array.from(scope.querySelectorAll(ITEM))));
  const noResults = (spec.noResultsTexts ?? DEFAULT_NO_RESULTS).map(normalizeText);
  const saidNothingBefore = scopesOf().some((scope) => showsText(scope, noResults));
  // An autocomplete searches as one types; only a plain search box needs its button (or Enter).
  if (!isAutocomplete(input)) {
    const searchButton = findButtonNear(input, spec.buttonLabels);
    if (searchButton) safeClick(searchButton);
    else pressEnter(input);
  }

  const evaluate = (freshOnly: boolean): Element[] | null => {
    // A search in a frame may load its results as a new document of that frame.
    refresh();
    const scopes = scopesOf();
    if (scopes.some((s) => s.closest('[aria-busy="true"]') || s.querySelector('[aria-busy="true"]')))
      return null;
    const holders = scopes
      .flatMap((scope) => nameHolders(scope, wanted))
      .filter((h) => !freshOnly || !before.has(h));
    if (holders.length > 0) return distinctItems(holders, scopes);
    const nothing = !saidNothingBefore && scopes.some((scope) => showsText(scope, noResults));
    // Other results without the name are also an answer (after the page settled).
    return nothing || (freshOnly && scopes.some((scope) => resultsShown(scope, input, itemsBefore)))
      ? []
      : null;
  };
  const settled = await waitFor(roots(docs), () => evaluate(true), {
    timeoutMs: timing.timeoutMs,
    settleMs: timing.settleMs,
    pollMs: 250,
  });
  // A page that re-renders identical rows for a repeated search leaves nothing "fresh": judge all rows.
  let exact = settled && settled.length > 0 ? settled : (evaluate(false) ?? []);
  if (exact.length === 0 && settled !== null && !pageButton(scopesOf(), NEXT_PAGE)) {
    // Results may come in batches (decoys first, the rest later): the name when it comes, "not found"
    // only once the results stopped changing for a while. Paged results are read page by page instead.
    exact =
      (await waitFor(roots(docs), () => nonEmpty(evaluate(false)), {
        timeoutMs: Math.min(timing.timeoutMs, 3 * RESULTS_QUIET_MS),
        settleMs: timing.settleMs,
        quietMs: RESULTS_QUIET_MS,
      })) ?? [];
  }
  if (exact.length === 0 && isAutocomplete(input)) {
    // Some autocompletes listen to keys, not to input events: type again, key by key.
    typeKeys(findInput() ?? input, target);
    exact =
      (await waitFor(roots(docs), () => nonEmpty(evaluate(false)), {
        timeoutMs: Math.min(timing.timeoutMs, 2000),
        settleMs: timing.settleMs,
      })) ?? [];
  }
  if (exact.length <= 1 && pageButton(scopesOf(), NEXT_PAGE)) {
    // Results may be paged ("Następna ›") or cut short ("Pokaż więcej"): a person reads on. Turning a
    // page of results submits nothing. Every page is read, so that an equal name further on still
    // stops the fill; then the page holding the one match is shown again.
    exact = (await readLaterPages(docs, scopesOf, evaluate, exact, timing)) ?? [];
  }

  if (exact.length === 0)
    return { status: 'not-found', message: msg.searchNoMatch(wording, target), element: input };
  if (exact.length > 1) {
    const details = exact
      .map((row) => excerpt(row, wanted))
      .filter(Boolean)
      .join('; ');
    return {
      status: 'ambiguous',
      message: msg.searchSeveral(target, exact.length, details),
      element: exact[0],
    };
  }

  const row = exact[0] as Element;
  const searchInput = input;
  const formShowsChoice = (): LabelledText | null => shownOnForm(docs, field.labels, wanted);
  const shownChoice = (): LabelledText | null => {
    const display = formShowsChoice();
    if (display) return display;
    // An inline autocomplete shows the choice in its own input.
    const current = findInput() ?? searchInput;
    if (isAutocomplete(current) && namesTarget(current.value, wanted))
      return { text: current.value, labelElement: current as Element };
    // A select-like autocomplete shows the choice beside its emptied input (react-select, Ant Select).
    const widget = isAutocomplete(current) ? widgetShowing(current, row, wanted) : null;
    if (widget) return { text: shownText(widget), labelElement: widget };
    // A search box the pick cleared may show the choice on a line of its own beside it ("✔ Name").
    const line = lineShowing(current, row, wanted);
    if (line && !shownBesideBefore) return { text: shownText(line), labelElement: line };
    return null;
  };
  const shownBesideBefore = lineShowing(findInput() ?? input, row, wanted) !== null;
  const scopeAtPick = confirmScope(findInput() ?? input, row, spec.confirmLabels ?? []);
  const shownBeforePick = formShowsChoice() !== null;
  if (row.localName === 'option') {
    if (!chooseOption(row as HTMLOptionElement, findInput() ?? input, spec.pickLabels))
      return { status: 'error', message: msg.recipientNotSet(wording, target), element: row };
  } else if (!safeClick(findButton([row], spec.pickLabels) ?? clickableName(row, wanted)))
    return { status: 'error', message: msg.recipientNotSet(wording, target), element: row };
  if (spec.confirmLabels && scopeAtPick) {
    // The confirm button belongs to the search's own dialog or popup, never to the letter's form. No
    // confirmation is needed once the pick closed that box or its results, or once the form shows the
    // choice it did not show before.
    const confirm = await waitFor<Element | typeof NO_CONFIRM>(
      roots(docs),
      () => {
        if (!scopeAtPick.isConnected || !isRendered(scopeAtPick) || !isRendered(row)) return NO_CONFIRM;
        if (!shownBeforePick && formShowsChoice()) return NO_CONFIRM;
        return findButton([scopeAtPick], spec.confirmLabels ?? []);
      },
      { timeoutMs: 300 },
    );
    if (confirm && confirm !== NO_CONFIRM) safeClick(confirm);
  }

  // Nothing on the page may show a chosen recipient at all (before or after): then the page must at least
  // have visibly taken the pick (the result or its dialog closed, or the result marked as chosen).
  const mayShowNothing = !displayBefore && !isAutocomplete(searchInput);
  const confirmed = (async (): Promise<FieldResult> => {
    const outcome = await waitFor<LabelledText | typeof TAKEN>(
      roots(docs),
      () => shownChoice() ?? (mayShowNothing && pickTaken(row, scopeAtPick) ? TAKEN : null),
      { timeoutMs: Math.min(timing.timeoutMs, 3000) },
    );
    // A page that closes the results first may show the choice a moment later.
    const shown =
      outcome === TAKEN
        ? await waitFor(roots(docs), shownChoice, { timeoutMs: SHOWN_AFTER_TAKEN_MS })
        : outcome;
    if (shown)
      return { status: 'filled', message: msg.recipientSet(wording, target), element: shown.labelElement };
    if (outcome === TAKEN) return { status: 'filled', message: msg.recipientSet(wording, target) };
    return { status: 'error', message: msg.recipientNotSet(wording, target), element: row };
  })();
  return { confirmed };
}

/** The form showing the choice under any of its labels ("Adresat" above the box, "Wybrany adresat"). */
function shownOnForm(
  docs: readonly FrameDocument[],
  labels: readonly string[],
  wanted: string,
): LabelledText | null {
  for (const some of [labels, ...labels.map((l) => [l])]) {
    const display = readDisplay(docs, some);
    if (display && namesTarget(display.text, wanted)) return display;
  }
  return null;
}

/** The button beside the form's display of the recipient ("Adresat: [ ] Wybierz…") that opens a picker. */
function openerBesideDisplay(
  docs: readonly FrameDocument[],
  labels: readonly string[],
  pickLabels: readonly string[],
): Element | null {
  for (const { doc } of docs) {
    const shows = collectControls(doc, ['input'])
      .map((c) => c.el)
      .filter((el) => isReadOnly(el) && !el.closest(DIALOG));
    const display = bestByLabel(shows, labels);
    let box = display?.parentElement;
    for (let level = 0; box && level < 2 && !box.matches('form, body'); level++, box = box.parentElement) {
      const button = findButton([box], pickLabels);
      if (button) return button;
    }
  }
  return null;
}

/** The outcome of browsing a tree or dependent lists, its confirmation read back from the page. */
function browsed(
  docs: readonly FrameDocument[],
  field: PlannedSearchField,
  outcome: BrowseOutcome,
  mayShowNothing: boolean,
  timing: Timing,
): FieldResult | PendingPick {
  const target = field.value ?? '';
  const wanted = normalizeText(target);
  const wording = {
    label: field.label,
    opener: field.search.openLabels[0],
    exactHint: field.search.exactMatchHint,
  };
  if (outcome.status === 'none')
    return { status: 'not-found', message: msg.searchNoMatch(wording, target), element: outcome.element };
  if (outcome.status === 'ambiguous')
    return {
      status: 'ambiguous',
      message: msg.searchSeveral(target, outcome.count, ''),
      element: outcome.element,
    };
  const { element, scope } = outcome;
  const shown = (): LabelledText | null => {
    const display = shownOnForm(docs, field.labels, wanted);
    if (display) return display;
    // A list shows the choice itself.
    const select = element.localName === 'select' ? (element as HTMLSelectElement) : null;
    const text = select?.selectedOptions[0]?.textContent ?? '';
    return select && namesTarget(text, wanted) ? { text, labelElement: select } : null;
  };
  const confirmed = (async (): Promise<FieldResult> => {
    const seen = await waitFor<LabelledText | typeof TAKEN>(
      roots(docs),
      () => shown() ?? (mayShowNothing && pickTaken(element, scope) ? TAKEN : null),
      { timeoutMs: Math.min(timing.timeoutMs, 3000), checkFirst: true },
    );
    if (seen && seen !== TAKEN)
      return { status: 'filled', message: msg.recipientSet(wording, target), element: seen.labelElement };
    if (seen === TAKEN) return { status: 'filled', message: msg.recipientSet(wording, target) };
    return { status: 'error', message: msg.recipientNotSet(wording, target), element };
  })();
  return { confirmed };
}

/**
 * Takes a result shown as a native option: a datalist suggestion goes into its input (as choosing it
 * does); an option of a result list box is selected, then the list's own pick button ("Ustaw adresata")
 * beside it takes it, when there is one.
 */
function chooseOption(
  option: HTMLOptionElement,
  input: HTMLInputElement,
  pickLabels: readonly string[],
): boolean {
  const list = option.parentElement?.closest('select, datalist');
  if (!list) return false;
  if (list.localName === 'datalist') {
    dispatchFocus(input);
    setNativeProperty(input, 'value', option.value);
    dispatchValueEvents(input, option.value);
    return true;
  }
  const select = list as HTMLSelectElement;
  dispatchFocus(select);
  setNativeProperty(select, 'selectedIndex', option.index);
  option.selected = true;
  dispatchValueEvents(select, null);
  const take = findButtonNear(select, pickLabels);
  return take ? safeClick(take) : true;
}

const NEXT_PAGE = [
  'Następna',
  'Następna strona',
  'Następne',
  'Kolejna strona',
  'Pokaż więcej',
  'Pokaż więcej wyników',
  'Więcej wyników',
  'Załaduj więcej',
  'Wczytaj więcej',
];
const PREVIOUS_PAGE = ['Poprzednia', 'Poprzednia strona', 'Poprzednie'];
/** Pages of results read at most (a directory search lists a few pages, not hundreds). */
const MAX_PAGES = 10;

/**
 * A control the page shows as unavailable: disabled, aria-disabled, or (a link styled as a button) with a
 * class token saying so ("ui-state-disabled", "p-disabled", "disabled").
 */
function isUnavailable(button: Element): boolean {
  return (
    (button as HTMLButtonElement).disabled === true ||
    button.getAttribute('aria-disabled') === 'true' ||
    Array.from(button.classList).some((c) => /(^|[-_])disabled$/i.test(c))
  );
}

/** The visible result items in the scopes. */
function visibleItems(scopes: readonly Element[]): Element[] {
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll(ITEM)).filter(isRendered));
}

/** A page-turning button beside the results ("Następna ›", "Pokaż więcej"), never one of the letter's form. */
function pageButton(scopes: readonly Element[], labels: readonly string[]): Element | null {
  const items = visibleItems(scopes);
  const last = items[items.length - 1];
  if (!last) return null;
  let box = last.parentElement;
  for (let level = 0; box && level < 4; level++, box = box.parentElement) {
    if (box.matches('form, body') || box.querySelector('textarea, [contenteditable="true"]')) return null;
    const button = findButton([box], labels);
    if (button && !isUnavailable(button)) return button;
  }
  return null;
}

/** Clicks a page button and waits until the shown results changed; false when they did not. */
async function turnPage(
  docs: readonly FrameDocument[],
  scopesOf: () => Element[],
  button: Element,
  timing: Timing,
): Promise<boolean> {
  const before = visibleItems(scopesOf());
  const shownBefore = before.map((i) => i.textContent).join('\n');
  if (!safeClick(button)) return false;
  const changed = await waitFor(
    roots(docs),
    () => {
      const now = visibleItems(scopesOf());
      const same = now.length === before.length && now.every((item, k) => item === before[k]);
      return !same || now.map((i) => i.textContent).join('\n') !== shownBefore ? true : null;
    },
    { timeoutMs: timing.timeoutMs, settleMs: timing.settleMs, checkFirst: true },
  );
  return changed === true;
}

/**
 * Reads the later pages of results for the exact name. Returns the match, on the page shown again when
 * pages replace each other; every match when the name appears more than once (on one page or across
 * pages), so that the fill stops with a question; null when no page shows it.
 */
async function readLaterPages(
  docs: readonly FrameDocument[],
  scopesOf: () => Element[],
  evaluate: (freshOnly: boolean) => Element[] | null,
  onFirstPage: readonly Element[],
  timing: Timing,
): Promise<Element[] | null> {
  // A result is the same when its text is (appended pages keep the earlier rows or redraw them).
  const matches = new Map<string, Element>(
    onFirstPage.map((item) => [normalizeText(item.textContent), item]),
  );
  let foundPage = onFirstPage.length > 0 ? 0 : -1;
  let page = 0;
  while (page < MAX_PAGES) {
    const next = pageButton(scopesOf(), NEXT_PAGE);
    if (!next || !(await turnPage(docs, scopesOf, next, timing))) break;
    page++;
    for (const item of evaluate(false) ?? []) {
      const key = normalizeText(item.textContent);
      // The row as shown now (a redrawn list replaces the elements).
      matches.set(key, item);
      if (foundPage < 0) foundPage = page;
    }
  }
  if (matches.size !== 1) return matches.size > 1 ? [...matches.values()] : null;
  const [only] = [...matches.values()] as [Element];
  if (only.isConnected && isRendered(only)) return [only];
  // Back to the page that shows the match.
  for (let at = page; at > foundPage; at--) {
    const previous = pageButton(scopesOf(), PREVIOUS_PAGE);
    if (!previous || !(await turnPage(docs, scopesOf, previous, timing))) return null;
  }
  const shown = evaluate(false) ?? [];
  return shown.length === 1 ? shown : null;
}

/**
 * The box around an autocomplete's input that shows the target as its chosen value (its text without
 * option lists, inputs and buttons), never a box holding a label, another field or the result picked.
 */
function widgetShowing(input: Element, row: Element, wanted: string): Element | null {
  let box = input.parentElement;
  for (let level = 0; box && level < 4; level++, box = box.parentElement) {
    if (box.contains(row) || box.querySelector('label, textarea, select')) return null;
    const fields = Array.from(box.querySelectorAll('input')).filter(
      (el) =>
        el !== input && el.getAttribute('type') !== 'hidden' && el.getAttribute('aria-hidden') !== 'true',
    );
    if (fields.length > 0) return null;
    if (namesTarget(shownText(box), wanted)) return box;
  }
  return null;
}

/**
 * A line beside the search box, within the box holding only that field, that names the target: the
 * choice as the page shows it once the pick emptied the box. Never a label, a result, anything to click
 * or a box around another field.
 */
function lineShowing(input: Element, row: Element, wanted: string): Element | null {
  const skip = `label, ${ITEM}, ${PICKABLE}, ${OPTION_LISTS}`;
  let box = input.parentElement;
  for (let level = 0; box && level < 3; level++, box = box.parentElement) {
    if (box.matches('form, body, fieldset, dialog') || box.contains(row) || holdsOtherField(box, input))
      return null;
    for (const el of Array.from(box.querySelectorAll('*'))) {
      const skipped = el.closest(skip);
      if (skipped && box.contains(skipped)) continue;
      if (isRendered(el) && ownLines(el).some((l) => lineNames(l, wanted))) return el;
    }
  }
  return null;
}

function holdsOtherField(box: Element, input: Element): boolean {
  return Array.from(box.querySelectorAll('input, select, textarea, [contenteditable="true"]')).some(
    (el) => el !== input && el.getAttribute('type') !== 'hidden' && isRendered(el),
  );
}

function nonEmpty<T>(items: T[] | null): T[] | null {
  return items && items.length > 0 ? items : null;
}

/** Where the search may be: each frame's body and the content of open shadow roots (web components). */
function bodies(docs: readonly FrameDocument[]): Element[] {
  const out: Element[] = [];
  for (const { doc } of docs) {
    if (doc.body) out.push(doc.body);
    for (const shadow of shadowRoots(doc)) out.push(...Array.from(shadow.children));
  }
  return out;
}

/** What to watch for changes: each frame's document and its open shadow roots (observers stop at them). */
function roots(docs: readonly FrameDocument[]): Node[] {
  return docs.flatMap((d) => [d.doc.documentElement, ...shadowRoots(d.doc)]);
}

/** The outermost elements of the tree holding `el`: the body, or every top element of a shadow root. */
function treeTops(el: Element): Element[] {
  const root = el.getRootNode();
  if (root === el.ownerDocument) return [el.ownerDocument.body ?? el.ownerDocument.documentElement];
  // A component keeps its search box and its results side by side at the top of its shadow root.
  const tops = Array.from((root as ParentNode).children).filter(
    (child) => !/^(style|script|template|link)$/.test(child.localName),
  );
  return tops.length > 0 ? tops : [el];
}

/** The "Adresat: …" text shown on the form, if the form shows one. */
function readDisplay(docs: readonly FrameDocument[], labels: readonly string[]): LabelledText | null {
  for (const body of bodies(docs)) {
    const found = findLabelledText(body, labels);
    if (found) return found;
  }
  return null;
}

/** The display names the target when it is the name alone or followed by an address/identifier. */
function namesTarget(text: string, wanted: string): boolean {
  return lineNames(normalizeName(text), wanted);
}

/** The search input: in an open dialog (by label, or the only text input there), else anywhere by label. */
function findSearchInput(
  docs: readonly FrameDocument[],
  spec: SearchSpec,
  dialogsOnly = false,
  fieldLabels: readonly string[] = [],
): HTMLInputElement | null {
  for (const { doc } of docs) {
    const dialogs = deepQueryAll(doc, DIALOG).filter(isRendered).reverse();
    for (const dialog of dialogs) {
      const inputs = collectControls(doc, ['input']).filter(
        (c) => dialog.contains(c.el) && !isReadOnly(c.el),
      );
      const best = bestByLabel(
        inputs.map((c) => c.el),
        spec.inputLabels,
      );
      if (best) return best as HTMLInputElement;
      // The only box of a search dialog; a dialog holding the letter's form (its title among other
      // fields, no search button, a label naming the box as something else) is not one.
      const only = inputs.length === 1 ? (inputs[0]?.el as HTMLInputElement) : null;
      if (
        only &&
        (isSearchBox(only) || findButtonNear(only, spec.buttonLabels)) &&
        !(hasOwnLabel(only) && holdsLetterFields(dialog))
      )
        return only;
    }
  }
  if (dialogsOnly) return null;
  for (const { doc } of docs) {
    // The portal's header search ("Szukaj w serwisie") is never the recipient search.
    const inputs = collectControls(doc, ['input'])
      .map((c) => c.el)
      .filter((el) => !el.closest(PAGE_CHROME) && !isReadOnly(el));
    const best = bestByLabel(inputs, spec.inputLabels);
    if (best) return best as HTMLInputElement;
    // An inline autocomplete is the field's own input ("Adresat").
    const own = bestByLabel(inputs.filter(isAutocomplete), fieldLabels);
    if (own) return own as HTMLInputElement;
    // Else a box one types into under the field's own name, its results listed as one types (a
    // read-only box under that name only shows the choice).
    const typed = bestByLabel(inputs.filter(isTypeable), fieldLabels);
    if (typed) return typed as HTMLInputElement;
  }
  return null;
}

/** A box nobody types into: read-only or disabled (a form's display of the chosen recipient). */
function isReadOnly(el: Element): boolean {
  return el.hasAttribute('readonly') || (el as HTMLInputElement).disabled === true;
}

/** A plain text box a person can type into. */
function isTypeable(el: Element): boolean {
  return (
    el.localName === 'input' && !isReadOnly(el) && /^(text|search|)$/.test(el.getAttribute('type') ?? '')
  );
}

/** Whether a person reads a name on the input itself (a bound label, aria name, text before it). */
function hasOwnLabel(el: Element): boolean {
  return labelClues(el).some((clue) => clue.weight >= 0.8 && cleanLabel(clue.text) !== '');
}

/** A dialog that holds what a letter form holds (a text area, an editor, a list, an attachment). */
function holdsLetterFields(dialog: Element): boolean {
  return (
    dialog.querySelector('textarea, select, iframe, input[type="file"], [contenteditable="true"]') !== null
  );
}

function bestByLabel(elements: readonly Element[], labels: readonly string[]): Element | null {
  let best: Element | null = null;
  let bestScore = 0.35;
  for (const el of elements) {
    const score = labelScore(el, labels) + (el.getAttribute('type') === 'search' ? 0.05 : 0);
    if (score >= bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The nearest matching button around the input: its own search row first, then wider. */
function findButtonNear(input: Element, labels: readonly string[]): Element | null {
  let container = input.parentElement;
  for (let level = 0; container && level < 6; level++, container = container.parentElement) {
    const found = findButton([container], labels);
    if (found) return found;
  }
  return null;
}

function pressEnter(input: Element): void {
  const view = viewOf(input);
  dispatchFocus(input);
  for (const type of ['keydown', 'keypress', 'keyup']) {
    input.dispatchEvent(
      new view.KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }),
    );
  }
}

/** An input made for searching: type=search, a search box role, or an autocomplete. */
function isSearchBox(input: Element): boolean {
  return (
    input.getAttribute('type') === 'search' ||
    input.getAttribute('role') === 'searchbox' ||
    isAutocomplete(input)
  );
}

/** Whether the input is an autocomplete that lists results as one types (no search button to press). */
function isAutocomplete(input: Element): boolean {
  return (
    input.getAttribute('role') === 'combobox' ||
    input.hasAttribute('aria-autocomplete') ||
    input.hasAttribute('list') ||
    (input.hasAttribute('aria-controls') && !input.closest(DIALOG))
  );
}

/** Where the search shows its results: its dialog (or the page), and any list box it controls or that pops up. */
function searchScopes(input: Element): Element[] {
  const doc = input.ownerDocument;
  const scopes: Element[] = [];
  const dialog = input.closest(DIALOG);
  scopes.push(...(dialog ? [dialog] : treeTops(input)));
  const ids = `${input.getAttribute('aria-controls') ?? ''} ${input.getAttribute('aria-owns') ?? ''}`;
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const popup = byId(input, id);
    if (popup && !scopes.some((s) => s.contains(popup))) scopes.push(popup);
  }
  // An input's suggestions (<datalist>) are its results too.
  const list = input.getAttribute('list');
  const datalist = list ? byId(input, list) : null;
  if (datalist?.localName === 'datalist') scopes.push(datalist);
  // Overlays appended to body (portals) hold the options of a dialog's autocomplete.
  if (dialog)
    for (const list of deepQueryAll(doc, '[role="listbox"]'))
      if (isRendered(list) && !scopes.some((s) => s.contains(list))) scopes.push(list);
  return scopes;
}

const BLOCK =
  /^(div|p|li|ul|ol|table|tbody|thead|tr|td|th|h[1-6]|section|article|header|footer|form|fieldset|dl|dt|dd|small|button|label|br|hr|img)$/;
const ITEM =
  'li, tr, [role="option"], [role="row"], [role="listitem"], [role="radio"], [role="gridcell"], [role="article"], article';
const PICKABLE =
  'a, button, input[type="radio"], [role="option"], [role="button"], [role="radio"], [onclick]';

/** The text lines an element shows itself: inline content split at <br> and block children. */
function ownLines(el: Element): string[] {
  const lines: string[] = [];
  let line = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) line += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const c = child as Element;
      if (/^(script|style|template|input|select|textarea)$/.test(c.localName)) continue;
      if (BLOCK.test(c.localName) || c.querySelector('br, div, p, li, small, table')) {
        lines.push(line);
        line = '';
      } else line += c.textContent ?? '';
    }
  }
  lines.push(line);
  return lines.map(normalizeName).filter(Boolean);
}

/** Elements in `scope` with a line that names the target (highlighted query spans included). */
function nameHolders(scope: Element, wanted: string): Element[] {
  const out: Element[] = nativeOptionHolders(scope, wanted);
  const candidates = [scope, ...Array.from(scope.querySelectorAll('*'))];
  const first = normalizeName(wanted).slice(0, 3);
  for (const el of candidates) {
    if (/^(script|style|template|select|option|input|textarea)$/.test(el.localName)) continue;
    if (el.closest(PAGE_CHROME) && !scope.closest(PAGE_CHROME)) continue;
    const text = normalizeText(el.textContent);
    if (!text.includes(first)) continue;
    if (!ownLines(el).some((line) => lineNames(line, wanted))) continue;
    if (!isRendered(el)) continue;
    out.push(el);
  }
  return out;
}

/**
 * Results shown as native options: a list box (`<select size=6>`, "name — address — ESP") or the
 * suggestions of an input's `<datalist>` (values "Name (/ESP)"). A drop-down of one line is a form field,
 * not a result list.
 */
function nativeOptionHolders(scope: Element, wanted: string): Element[] {
  const lists = scope.matches('datalist')
    ? [scope]
    : Array.from(scope.querySelectorAll('select')).filter(
        (s) => (Number(s.getAttribute('size')) > 1 || s.hasAttribute('multiple')) && isRendered(s),
      );
  const out: Element[] = [];
  for (const list of lists)
    for (const option of Array.from(list.querySelectorAll('option'))) {
      const texts = [option.textContent, option.getAttribute('value')].map(normalizeName);
      if (!(option as HTMLOptionElement).disabled && texts.some((t) => lineNames(t, wanted)))
        out.push(option);
    }
  return out;
}

/** The result item holding a name: its row/option, or the smallest box holding one pick control. */
function itemOf(holder: Element, scope: Element): Element {
  if (holder.localName === 'option') return holder;
  // A cell is part of its row: the row is the result (its "Wybierz" is in another cell).
  const cell = holder.closest('[role="gridcell"], td');
  const row = cell?.closest('tr, [role="row"]') ?? holder.closest(ITEM);
  if (row && scope.contains(row)) return row;
  for (let el: Element | null = holder; el && el !== scope; el = el.parentElement) {
    const picks = el.querySelectorAll(PICKABLE).length + (el.matches(PICKABLE) ? 1 : 0);
    if (picks >= 1) {
      // A box with several pick controls is the list, not one result.
      return picks === 1 || el === holder ? el : holder;
    }
  }
  return holder;
}

/** Distinct result items for the holders (the same result found twice counts once). */
function distinctItems(holders: Element[], scopes: Element[]): Element[] {
  const items: Element[] = [];
  for (const holder of holders) {
    const scope = scopes.find((s) => s.contains(holder)) ?? holder;
    const item = itemOf(holder, scope);
    if (items.some((i) => i === item || i.contains(item))) continue;
    for (let k = items.length - 1; k >= 0; k--) if (item.contains(items[k] as Element)) items.splice(k, 1);
    items.push(item);
  }
  return items;
}

/** Whether any result-like items are visible in the scope (so "no match" is an answer, not "not yet"). */
function resultsShown(scope: Element, input: Element, before: ReadonlySet<Element>): boolean {
  return Array.from(scope.querySelectorAll(ITEM)).some(
    (row) =>
      !before.has(row) && isRendered(row) && !row.contains(input) && (row.textContent ?? '').trim() !== '',
  );
}

/**
 * Where a confirm button may be: the search's dialog, else the nearest box around the results that
 * holds one (a fieldset of result radios with "Zatwierdź"), else the smallest box holding the input and
 * the result. Never the letter's whole form.
 */
function confirmScope(input: Element, row: Element, labels: readonly string[]): Element | null {
  const dialog = input.closest(DIALOG) ?? row.closest(DIALOG);
  if (dialog) return dialog;
  for (
    let box = row.parentElement;
    box && !box.matches('form, body') && !box.contains(input);
    box = box.parentElement
  )
    if (findButton([box], labels)) return box;
  let box: Element | null = input.parentElement;
  while (box && !box.contains(row)) box = box.parentElement;
  if (!box || box.localName === 'body' || box.localName === 'form' || box.querySelector('form, textarea'))
    return null;
  return box;
}

/** Whether the page visibly took a pick: the result (or its dialog) is gone, or it is marked chosen. */
function pickTaken(row: Element, scope: Element | null): boolean {
  if (!isRendered(row) || (scope && !isRendered(scope))) return true;
  const marked =
    '[aria-selected="true"], [aria-checked="true"], [aria-current="true"], input[type="radio"]:checked';
  return row.matches(marked) || row.querySelector(marked) !== null;
}

/** Whether a visible text node in `scope` contains one of the phrases ("Brak wyników"). */
function showsText(scope: Element, phrases: readonly string[]): boolean {
  const walker = scope.ownerDocument.createTreeWalker(scope, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = normalizeText(n.nodeValue);
    if (text && phrases.some((p) => text.includes(p)) && n.parentElement && isRendered(n.parentElement))
      return true;
  }
  return false;
}

function clickableName(row: Element, wanted: string): Element {
  if (row.localName === 'option') return row;
  const radio = row.querySelector('input[type="radio"], [role="radio"]');
  if (radio) return radio;
  if (row.matches('[role="option"], a, button, label')) return row;
  const holder = nameHolders(row, wanted).pop() ?? row;
  // The name may be a cell holding the link ("<td><a>…</a></td>") or text inside a clickable option.
  const clickable =
    holder.querySelector('a, button, [role="button"], [role="option"]') ?? holder.closest(CLICKABLE);
  return clickable && row.contains(clickable) ? clickable : holder;
}

/** What tells equal names apart in the message: the rest of the row's text. */
function excerpt(row: Element, wanted: string): string {
  const text = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rest = normalizeText(text).startsWith(normalizeText(wanted))
    ? text.slice(wanted.length).replace(/^[\s,–-]+/, '')
    : text;
  return rest
    .replace(/\b(Wybierz|Ustaw)\b/g, '')
    .trim()
    .slice(0, 60);
}
