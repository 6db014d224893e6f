// How a person tells what a field is for, strongest clue first. Each clue carries a weight so that a
// label bound to the field beats a text that merely stands next to it, and both beat a technical name.

import { idRefsText, quoteAttr, textWithoutControls } from './dom';
import { identifierWords } from './text';

export interface LabelClue {
  text: string;
  weight: number;
}

const CONTROL =
  'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"], [role="listbox"]';

/** All label clues of a control (or of a radio group's container), strongest first. */
export function labelClues(el: Element): LabelClue[] {
  const clues: LabelClue[] = [];
  const add = (text: string | null | undefined, weight: number): void => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t) clues.push({ text: t, weight });
  };
  add(idRefsText(el, 'aria-labelledby'), 1);
  add(el.getAttribute('aria-label'), 1);
  for (const label of boundLabels(el)) add(textWithoutControls(label, el), 1);
  if (el.localName === 'fieldset') add(el.querySelector(':scope > legend')?.textContent, 1);
  add(
    el.getAttribute('placeholder') ??
      el.getAttribute('aria-placeholder') ??
      el.getAttribute('data-placeholder'),
    0.9,
  );
  add(el.getAttribute('title'), 0.9);
  add(neighbouringText(el), 0.8);
  add(identifierWords(el.getAttribute('name') ?? ''), 0.5);
  add(identifierWords(el.id), 0.5);
  return clues;
}

/** <label for=id> and a wrapping <label>. Works for ARIA widgets too, which have no `.labels`. */
function boundLabels(el: Element): Element[] {
  const found: Element[] = [];
  if (el.id) found.push(...Array.from(el.ownerDocument.querySelectorAll(`label[for=${quoteAttr(el.id)}]`)));
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
