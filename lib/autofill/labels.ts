// How a person tells what a field is for, strongest clue first. Each clue carries a weight so that a
// label bound to the field beats a text that merely stands next to it, and both beat a technical name.
// The accessible name comes from the W3C accname algorithm (dom-accessibility-api, as Testing Library
// uses); visible clues a screen reader would not tie to the field (row header, text before it) are weaker.

import { computeAccessibleName } from 'dom-accessibility-api';
import { idRefsText, quoteAttr, textWithoutControls } from './dom';
import { identifierWords } from './text';

export type ClueSource =
  | 'accname'
  | 'label'
  | 'aria'
  | 'legend'
  | 'placeholder'
  | 'title'
  | 'row-header'
  | 'before'
  | 'name'
  | 'id';

export interface LabelClue {
  text: string;
  weight: number;
  source?: ClueSource;
}

const CONTROL =
  'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"], [role="listbox"]';

function accName(el: Element): string {
  try {
    return computeAccessibleName(el);
  } catch {
    return '';
  }
}

/** All label clues of a control (or of a radio group's container), strongest first. */
export function labelClues(el: Element): LabelClue[] {
  const clues: LabelClue[] = [];
  const add = (text: string | null | undefined, weight: number, source: ClueSource): void => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t && !clues.some((c) => c.text === t && c.weight >= weight)) clues.push({ text: t, weight, source });
  };
  add(accName(el), 1, 'accname');
  add(idRefsText(el, 'aria-labelledby'), 1, 'aria');
  add(el.getAttribute('aria-label'), 1, 'aria');
  for (const label of boundLabels(el)) add(textWithoutControls(label, el), 1, 'label');
  if (el.localName === 'fieldset') add(el.querySelector(':scope > legend')?.textContent, 1, 'legend');
  add(
    el.getAttribute('placeholder') ??
      el.getAttribute('aria-placeholder') ??
      el.getAttribute('data-placeholder'),
    0.9,
    'placeholder',
  );
  add(el.getAttribute('title'), 0.9, 'title');
  add(rowHeader(el), 0.85, 'row-header');
  add(neighbouringText(el), 0.8, 'before');
  add(identifierWords(el.getAttribute('name') ?? ''), 0.5, 'name');
  add(identifierWords(el.id), 0.5, 'id');
  return clues;
}

/** The header cell of the table row holding the control ("<tr><th>Tytuł</th><td><input></td></tr>"). */
function rowHeader(el: Element): string {
  const cell = el.closest('td, [role="cell"], [role="gridcell"]');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  for (let sib = cell.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sib.matches('th, [role="rowheader"]') || !sib.querySelector(CONTROL)) {
      const text = textWithoutControls(sib);
      if (text) return text;
    }
  }
  return '';
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend';

/**
 * What groups the control, innermost first: the fieldset's legend, a named group, the nearest heading
 * of its section. Tells apart fields that carry the same label ("Hasło" under two headings).
 */
export function groupNames(el: Element): string[] {
  const out: string[] = [];
  const add = (text: string | null | undefined): void => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t) && t.length < 160) out.push(t);
  };
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.localName === 'fieldset') add(a.querySelector(':scope > legend')?.textContent);
    else if (a.matches('[role="group"], [role="radiogroup"], [role="region"], section[aria-label]'))
      add(idRefsText(a, 'aria-labelledby') || a.getAttribute('aria-label'));
  }
  add(tableGroupHeader(el));
  add(precedingHeading(el));
  return out;
}

/** A table's group header: the nearest earlier row that is one spanning header cell, or the caption. */
function tableGroupHeader(el: Element): string {
  const row = el.closest('tr');
  if (!row) return '';
  for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const cells = Array.from(prev.children);
    const only = cells.length === 1 ? cells[0] : undefined;
    if (only && (only.hasAttribute('colspan') || /group/.test(only.getAttribute('scope') ?? '')))
      return only.textContent ?? '';
  }
  return row.closest('table')?.querySelector(':scope > caption')?.textContent ?? '';
}

/** The nearest heading before `el` in document order, looking back a bounded number of elements. */
function precedingHeading(el: Element): string {
  let node: Element | null = el;
  for (let steps = 0; node && steps < 60; steps++) {
    const prev: Element | null = node.previousElementSibling;
    if (prev) {
      if (prev.matches(HEADING)) return prev.textContent ?? '';
      const inner = prev.querySelectorAll(HEADING);
      const last = inner[inner.length - 1];
      if (last) return last.textContent ?? '';
      node = prev;
    } else node = node.parentElement;
    if (node?.localName === 'body') return '';
  }
  return '';
}

/** <label for=id> and a wrapping <label>. Works for ARIA widgets too, which have no `.labels`. */
function boundLabels(el: Element): Element[] {
  const found: Element[] = [];
  const root = el.getRootNode() as Document | ShadowRoot;
  if (el.id && typeof root.querySelectorAll === 'function')
    found.push(...Array.from(root.querySelectorAll(`label[for=${quoteAttr(el.id)}]`)));
  const wrapping = el.parentElement?.closest('label');
  if (wrapping && !found.includes(wrapping)) found.push(wrapping);
  return found;
}

/**
 * The nearest visible text before the control that is not another control's: a preceding text node or
 * sibling element, or (climbing while the ancestor holds no other control) the ancestor's preceding
 * sibling, which covers "<td>Tytuł</td><td><input></td>" and "<div>Tytuł</div><div><input></div>".
 */
export function neighbouringText(el: Element): string {
  let node: Element = el;
  for (let level = 0; level < 4; level++) {
    const text = precedingSiblingText(node);
    if (text) return text;
    const parent = node.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'form') return '';
    if (controlCount(parent) > 1) return '';
    node = parent;
  }
  return '';
}

function precedingSiblingText(el: Element): string {
  let steps = 0;
  for (let sib = el.previousSibling; sib && steps < 4; sib = sib.previousSibling) {
    if (sib.nodeType === 3) {
      const t = sib.nodeValue?.trim();
      if (t) return t;
      continue;
    }
    if (sib.nodeType !== 1) continue;
    steps++;
    const sibEl = sib as Element;
    if (/^(script|style|br)$/.test(sibEl.localName)) continue;
    // A sibling that is itself a labelled field belongs to that field, not to ours.
    if (sibEl.matches(CONTROL) || sibEl.querySelector(CONTROL)) return '';
    const t = textWithoutControls(sibEl);
    if (t) return t;
  }
  return '';
}

function controlCount(root: Element): number {
  const controls = root.querySelectorAll(CONTROL);
  // Radios of one group count as one control.
  const names = new Set<string>();
  let count = 0;
  controls.forEach((c) => {
    const radioName = c.getAttribute('type') === 'radio' ? c.getAttribute('name') : null;
    if (radioName) {
      if (names.has(radioName)) return;
      names.add(radioName);
    }
    count++;
  });
  return count;
}
