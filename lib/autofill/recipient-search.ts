// Searching for an entity and picking the EXACT match, the way a careful person does: type the name,
// run the search, wait for the results, and click only a result whose name is the name, nothing longer
// ("Departament … Ministerstwa Cyfryzacji" or "Ministerstwo Cyfryzacji - COI" are other recipients).
// When nothing or more than one result qualifies, the engine stops and tells the user what to choose.

import { isPlaceholderText } from './choice';
import { type FrameDocument, isRendered, viewOf } from './dom';
import { findLabelledText } from './labelled-text';
import { collectControls, findButton, labelScore } from './locate';
import { msg } from './messages';
import { safeClick } from './safety';
import { dispatchFocus, typeValue } from './set-value';
import { normalizeText } from './text';
import type { FieldResult, PlannedSearchField, SearchSpec } from './types';
import { waitFor } from './wait';

const DIALOG = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';
const ROW = 'li, tr, [role="option"], [role="row"], [role="listitem"]';
const CLICKABLE = 'a, button, [role="option"], [role="button"], [role="row"], label, [onclick], [tabindex]';
const PAGE_CHROME = 'header, nav, [role="banner"], [role="navigation"]';
const DEFAULT_NO_RESULTS = ['Brak wyników', 'Nie znaleziono', 'Nic nie znaleziono', '0 wyników'];

interface Timing {
  timeoutMs: number;
  settleMs: number;
}

export async function searchAndPick(
  docs: readonly FrameDocument[],
  field: PlannedSearchField,
  timing: Timing,
  learned?: Element,
): Promise<FieldResult> {
  const spec = field.search;
  const wording = { label: field.label, opener: spec.openLabels[0], exactHint: spec.exactMatchHint };
  const target = field.value ?? '';
  const wanted = normalizeText(target);

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
    (learnedInput?.isConnected ? (learnedInput as HTMLInputElement) : null) ?? findSearchInput(docs, spec);
  // An open search dialog is used as it is; otherwise "Ustaw/zmień adresata" opens the search (clicking it
  // first, rather than typing into any visible box, keeps the portal's own site search out of the way).
  let input = (learnedInput as HTMLInputElement | undefined) ?? findSearchInput(docs, spec, true);
  if (!input) {
    const trigger = learned && !learnedInput ? learned : findButton(bodies(docs), spec.openLabels);
    if (trigger && !safeClick(trigger))
      return { status: 'not-found', message: msg.searchNotFound(wording, target) };
    input = trigger ? await waitFor(roots(docs), findInput, { timeoutMs: timing.timeoutMs }) : findInput();
    if (!input)
      return {
        status: 'not-found',
        message: msg.searchNotFound(wording, target),
        element: trigger ?? undefined,
      };
  }

  typeValue(input, target);
  // Frameworks may have re-rendered the dialog on input: work with the current nodes from here on.
  input = findInput() ?? input;
  const scopeOf = (): Element => {
    const current = findInput() ?? input;
    return (current?.closest(DIALOG) as Element | null) ?? (current as HTMLInputElement).ownerDocument.body;
  };
  const before = new Map(rowsIn(scopeOf()).map((row) => [row, row.textContent] as const));
  const noResults = (spec.noResultsTexts ?? DEFAULT_NO_RESULTS).map(normalizeText);
  const saidNothingBefore = showsText(scopeOf(), noResults);
  const searchButton = findButtonNear(input, spec.buttonLabels);
  if (searchButton) safeClick(searchButton);
  else pressEnter(input);

  const evaluate = (freshOnly: boolean): Element[][] | null => {
    const scope = scopeOf();
    if (scope.closest('[aria-busy="true"]') || scope.querySelector('[aria-busy="true"]')) return null;
    const rows = rowsIn(scope).filter((row) => !freshOnly || before.get(row) !== row.textContent);
    if (rows.length === 0) return !saidNothingBefore && showsText(scope, noResults) ? [[], []] : null;
    return [rows, rows.filter((row) => rowNamesTarget(row, wanted))];
  };
  const settled = await waitFor(roots(docs), () => evaluate(true), {
    timeoutMs: timing.timeoutMs,
    settleMs: timing.settleMs,
  });
  // A page that re-renders identical rows for a repeated search leaves nothing "fresh": judge all rows.
  const [, exact = []] = settled ?? evaluate(false) ?? [[], []];

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
  const pick = findButton([row], spec.pickLabels) ?? clickableName(row, wanted);
  if (!safeClick(pick))
    return { status: 'error', message: msg.recipientNotSet(wording, target), element: row };
  if (spec.confirmLabels) {
    const confirm = findButton([scopeOf()], spec.confirmLabels);
    if (confirm) safeClick(confirm);
  }

  if (!displayBefore) return { status: 'filled', message: msg.recipientSet(wording, target) };
  const shown = await waitFor(
    roots(docs),
    () => {
      const display = readDisplay(docs, field.labels);
      return display && namesTarget(display.text, wanted) ? display : null;
    },
    { timeoutMs: Math.min(timing.timeoutMs, 3000) },
  );
  return shown
    ? { status: 'filled', message: msg.recipientSet(wording, target), element: shown.labelElement }
    : { status: 'error', message: msg.recipientNotSet(wording, target), element: row };
}

function bodies(docs: readonly FrameDocument[]): Element[] {
  return docs.map((d) => d.doc.body).filter((b): b is HTMLElement => b !== null);
}

function roots(docs: readonly FrameDocument[]): Node[] {
  return docs.map((d) => d.doc.documentElement);
}

/** The "Adresat: …" text shown on the form, if the form shows one. */
function readDisplay(docs: readonly FrameDocument[], labels: readonly string[]) {
  for (const body of bodies(docs)) {
    const found = findLabelledText(body, labels);
    if (found) return found;
  }
  return null;
}

/** The display names the target when it is the name alone or followed by an address/identifier. */
function namesTarget(text: string, wanted: string): boolean {
  const t = normalizeText(text);
  return t === wanted || (t.startsWith(wanted) && /^\s*[,(/|]/.test(t.slice(wanted.length)));
}

/** The search input: in an open dialog (by label, or the only text input there), else anywhere by label. */
function findSearchInput(
  docs: readonly FrameDocument[],
  spec: SearchSpec,
  dialogsOnly = false,
): HTMLInputElement | null {
  for (const { doc } of docs) {
    const dialogs = Array.from(doc.querySelectorAll(DIALOG)).filter(isRendered).reverse();
    for (const dialog of dialogs) {
      const inputs = collectControls(doc, ['input']).filter((c) => dialog.contains(c.el));
      const best = bestByLabel(
        inputs.map((c) => c.el),
        spec.inputLabels,
      );
      if (best) return best as HTMLInputElement;
      if (inputs.length === 1) return inputs[0]?.el as HTMLInputElement;
    }
  }
  if (dialogsOnly) return null;
  for (const { doc } of docs) {
    // The portal's header search ("Szukaj w serwisie") is never the recipient search.
    const inputs = collectControls(doc, ['input'])
      .map((c) => c.el)
      .filter((el) => !el.closest(PAGE_CHROME));
    const best = bestByLabel(inputs, spec.inputLabels);
    if (best) return best as HTMLInputElement;
  }
  return null;
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

/** Visible innermost result rows (a row holding other rows is a list, not a result). */
function rowsIn(scope: Element): Element[] {
  const rows = Array.from(scope.querySelectorAll(ROW)).filter(
    (row) => isRendered(row) && !row.querySelector(ROW) && !row.querySelector('input:not([type="radio"])'),
  );
  return rows.filter((row) => (row.textContent ?? '').trim() !== '');
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

const LETTERS = /[\p{L}\p{N}]/u;

function directText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text;
}

/**
 * Whether the row's name is exactly the target: some element in it reads exactly the target, and no
 * enclosing element up to the row adds words of its own around it (which would make a longer name).
 */
function rowNamesTarget(row: Element, wanted: string): boolean {
  return nameElement(row, wanted) !== null;
}

function nameElement(row: Element, wanted: string): Element | null {
  for (const el of [row, ...Array.from(row.querySelectorAll('*'))]) {
    const whole = normalizeText(el.textContent) === wanted;
    if (!whole && normalizeText(directText(el)) !== wanted) continue;
    let clean = true;
    for (let a = el.parentElement; a && clean && row.contains(a); a = a.parentElement) {
      if (LETTERS.test(directText(a))) clean = false;
    }
    if (clean) return el;
  }
  return null;
}

function clickableName(row: Element, wanted: string): Element {
  const name = nameElement(row, wanted) ?? row;
  const radio = row.querySelector('input[type="radio"]');
  if (radio) return radio;
  // The name may be a cell holding the link ("<td><a>…</a></td>") or text inside a clickable option.
  const clickable =
    name.querySelector('a, button, [role="button"], [role="option"]') ?? name.closest(CLICKABLE);
  return clickable && row.contains(clickable) ? clickable : row;
}

/** What tells equal names apart in the message: the rest of the row's text. */
function excerpt(row: Element, wanted: string): string {
  const text = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rest = normalizeText(text).startsWith(wanted)
    ? text.slice(wanted.length).replace(/^[\s,–-]+/, '')
    : text;
  return rest
    .replace(/\b(Wybierz|Ustaw)\b/g, '')
    .trim()
    .slice(0, 60);
}
