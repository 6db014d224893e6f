// How a person tells what a field is for, strongest clue first. Each clue carries a weight so that a
// label bound to the field beats a text that merely stands next to it, and both beat a technical name.
// The accessible name comes from the W3C accname algorithm (dom-accessibility-api, as Testing Library
// uses); visible clues a screen reader would not tie to the field (row header, text before it) are weaker.

import { computeAccessibleName } from 'dom-accessibility-api';
import { idRefsText, quoteAttr, textWithoutControls } from './dom';
import { cleanLabel, identifierWords } from './text';

export type ClueSource =
  | 'accname'
  | 'label'
  | 'aria'
  | 'legend'
  | 'placeholder'
  | 'title'
  | 'row-header'
  | 'heading'
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

const FIELD_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

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
  add(selectPlaceholder(el), 0.9, 'placeholder');
  add(el.getAttribute('title'), 0.9, 'title');
  add(rowHeader(el), 0.85, 'row-header');
  add(fieldHeading(el), 0.85, 'heading');
  add(neighbouringText(el), 0.8, 'before');
  add(identifierWords(el.getAttribute('name') ?? ''), 0.5, 'name');
  add(identifierWords(el.id), 0.5, 'id');
  return clues;
}

/** A select's placeholder: the text of its first option when that option carries no value ("— Stanowisko —"). */
function selectPlaceholder(el: Element): string {
  if (el.localName !== 'select') return '';
  const first = (el as HTMLSelectElement).options?.[0];
  return first && first.value === '' ? (first.textContent ?? '') : '';
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
  for (const heading of sectionHeadings(el)) add(heading);
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

const SECTIONING =
  'section, article, aside, nav, fieldset, dialog, [role="region"], [role="group"], [role="dialog"]';

function headingLevel(h: Element): number {
  const tag = /^h([1-6])$/.exec(h.localName);
  if (tag) return Number(tag[1]);
  return Number(h.getAttribute('aria-level')) || 2;
}

/**
 * The headings whose sections hold `el`, innermost first: the nearest heading before it, then each
 * earlier heading of a higher rank ("<h2>Hasło do pliku p12</h2> … <h3>Hasło</h3> <input>" gives both).
 * A heading inside a section (fieldset, section, dialog…) that does not hold `el` is not its heading.
 */
function sectionHeadings(el: Element): string[] {
  const out: string[] = [];
  let level = 7;
  for (
    let node = previousInOrder(el), steps = 0;
    node && steps < 400 && level > 1;
    node = previousInOrder(node), steps++
  ) {
    if (node.localName === 'body') break;
    if (!node.matches(FIELD_HEADING)) continue;
    const scope = node.parentElement?.closest(SECTIONING);
    if (scope && !scope.contains(el)) continue;
    const rank = headingLevel(node);
    if (rank >= level) continue;
    out.push(node.textContent ?? '');
    level = rank;
  }
  return out;
}

/**
 * The heading that names this control alone: the nearest heading before it, when no other control
 * stands between the two and none follows the control before the next heading ("<h3>Ulica</h3>
 * <label>Wpisz</label><input>"). A heading over several fields is a group name (groupNames), not this.
 */
export function fieldHeading(el: Element, own: Element = el): string {
  const isOther = (node: Element): boolean =>
    !own.contains(node) && node.matches(CONTROL) && !sameRadioGroup(node, el);
  let heading: Element | null = null;
  for (let node = previousInOrder(el), steps = 0; node && steps < 80; node = previousInOrder(node), steps++) {
    if (node.contains(el)) continue;
    const h = node.closest(FIELD_HEADING);
    if (h && !h.contains(el)) {
      heading = h;
      break;
    }
    if (isOther(node)) return '';
  }
  if (!heading) return '';
  // Forward, past the control's own subtree, up to the next heading, within what holds both: a control
  // outside the heading's box (the consent after the last field) is not under it.
  let box: Element | null = heading.parentElement;
  while (box && !box.contains(el)) box = box.parentElement;
  for (let node = nextAfter(el), steps = 0; node && steps < 200; node = nextInOrder(node), steps++) {
    if (box && !box.contains(node)) break;
    if (node.matches(FIELD_HEADING)) break;
    if (isOther(node)) return '';
  }
  return textWithoutControls(heading);
}

/** The element before `node` in document order (its previous sibling's last descendant, else its parent). */
function previousInOrder(node: Element): Element | null {
  let prev = node.previousElementSibling;
  if (!prev) return node.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/** The element after `node`'s subtree in document order. */
function nextAfter(node: Element): Element | null {
  for (let n: Element | null = node; n; n = n.parentElement)
    if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

function nextInOrder(node: Element): Element | null {
  return node.firstElementChild ?? nextAfter(node);
}

function sameRadioGroup(a: Element, b: Element): boolean {
  if (a.getAttribute('type') !== 'radio') return false;
  if (b.contains(a)) return true;
  const name = a.getAttribute('name');
  return !!name && b.getAttribute('type') === 'radio' && b.getAttribute('name') === name;
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

/**
 * The text before a widget that stands in for a hidden native control (PrimeFaces selectOneMenu puts
 * the select and a read-only focus input in hidden boxes inside its own box): climbing while the box
 * holds nothing a person types into, the text before the nearest box that has any.
 */
export function widgetText(hidden: Element): string {
  for (let node: Element = hidden, level = 0; level < 5; level++) {
    const text = precedingSiblingText(node, true);
    if (text) return text;
    const parent = widgetParent(node);
    if (!parent) return '';
    node = parent;
  }
  return '';
}

/** The parent of a widget's part while it still holds that widget only (one select, nothing typed). */
function widgetParent(node: Element): Element | null {
  const parent = node.parentElement;
  if (!parent || /^(body|form|fieldset|table|tbody|tr)$/.test(parent.localName)) return null;
  if (parent.querySelectorAll('select').length > 1 || parent.querySelector(TYPED)) return null;
  return parent;
}

/** The outermost box that holds the widget of a hidden native control and nothing else a person fills. */
export function widgetBox(hidden: Element): Element {
  let box = hidden;
  for (let level = 0, parent = widgetParent(box); parent && level < 5; level++, parent = widgetParent(box))
    box = parent;
  return box;
}

/** Controls a person types into; a read-only input that opens a list is a widget's focus proxy. */
const TYPED =
  'textarea, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([readonly]), [contenteditable="true"], [contenteditable=""]';

const INLINE =
  /^(span|b|i|strong|em|small|a|abbr|sup|sub|u|mark|bdi|font|label|q|cite|code|dfn|var|s|ins|del)$/;

/**
 * The text right before `el` among its siblings: the run of text and inline elements up to a block or
 * another control ("Nazwa wnioskodawcy <span title=…>?</span> <input>" reads "Nazwa wnioskodawcy ?",
 * decorations are stripped later), else the nearest block sibling with real content.
 */
function precedingSiblingText(el: Element, insideWidget = false): string {
  const parts: string[] = [];
  const content = (): boolean => parts.some((t) => cleanLabel(t) !== '');
  let steps = 0;
  for (let sib = el.previousSibling; sib && steps < 6; sib = sib.previousSibling) {
    if (sib.nodeType === 3) {
      const t = sib.nodeValue?.trim();
      if (t) parts.unshift(t);
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const sibEl = sib as Element;
    if (/^(script|style|template)$/.test(sibEl.localName)) continue;
    if (sibEl.localName === 'br') {
      if (content()) break;
      continue;
    }
    steps++;
    // A sibling that is itself a labelled field belongs to that field, not to ours (inside a widget's box
    // the other parts are the widget's own: nothing before them is ours either).
    if (sibEl.matches(CONTROL) || sibEl.querySelector(CONTROL)) {
      if (insideWidget) return '';
      break;
    }
    const t = textWithoutControls(sibEl);
    if (INLINE.test(sibEl.localName)) {
      if (t) parts.unshift(t);
      continue;
    }
    // A block: it ends the inline run before the control, or is the label itself when nothing came yet.
    if (content()) break;
    if (cleanLabel(t)) {
      parts.unshift(t);
      break;
    }
  }
  return content() ? parts.join(' ').replace(/\s+/g, ' ').trim() : '';
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
