// Finding the control for a field by what a person reads around it (see labels.ts), in every frame.

import { accessibleName, BUTTON_SELECTOR, type FrameDocument, isRendered } from './dom';
import { labelClues } from './labels';
import { isForbiddenAction } from './safety';
import { matchQuality } from './text';
import type { FieldKind } from './types';

export type ControlType =
  | 'input'
  | 'textarea'
  | 'contenteditable'
  | 'select'
  | 'combobox'
  | 'listbox'
  | 'radio-group'
  | 'file'
  | 'checkbox';

export interface Control {
  type: ControlType;
  /** The control itself, or for a radio group the element that groups the radios. */
  el: Element;
  radios?: HTMLInputElement[];
}

export type LocateResult =
  | { status: 'found'; control: Control }
  | { status: 'not-found' }
  | { status: 'ambiguous'; count: number };

const TEXT_INPUT =
  'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], input[type="number"]';
const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Which control types can hold a field of this kind, the natural one first (it gets a small bonus). */
const TYPES_FOR_KIND: Record<FieldKind, ControlType[]> = {
  text: ['input', 'textarea', 'contenteditable'],
  textarea: ['textarea', 'contenteditable', 'input'],
  // "Rodzaj pisma" may be a native select, a radio group or an ARIA list: accept any choice control.
  select: ['select', 'combobox', 'listbox', 'radio-group'],
  radio: ['radio-group', 'select', 'combobox', 'listbox'],
  combobox: ['combobox', 'listbox', 'select', 'radio-group'],
  'recipient-search': ['input'],
  file: ['file'],
  'checkbox-leave-to-user': ['checkbox'],
};

/** Every control of the given types in a document. */
export function collectControls(doc: Document, types: readonly ControlType[]): Control[] {
  const out: Control[] = [];
  const want = new Set(types);
  const push = (type: ControlType, selector: string, visibleOnly = true): void => {
    if (!want.has(type)) return;
    doc.querySelectorAll(selector).forEach((el) => {
      if (!visibleOnly || isRendered(el)) out.push({ type, el });
    });
  };
  push('input', `${TEXT_INPUT}, [role="textbox"]:not(${EDITABLE}):not(textarea)`);
  push('textarea', 'textarea');
  if (want.has('contenteditable')) {
    doc.querySelectorAll(EDITABLE).forEach((el) => {
      // Only the editing host, not editable descendants of it.
      if (!el.parentElement?.closest(EDITABLE) && isRendered(el)) out.push({ type: 'contenteditable', el });
    });
  }
  push('select', 'select');
  push('combobox', '[role="combobox"]');
  if (want.has('listbox')) {
    doc.querySelectorAll('[role="listbox"]').forEach((el) => {
      // A listbox that pops up from a combobox is reached through the combobox.
      const owned = el.id && doc.querySelector(`[aria-controls~="${el.id}"], [aria-owns~="${el.id}"]`);
      if (!owned && !el.closest('[role="combobox"]') && isRendered(el)) out.push({ type: 'listbox', el });
    });
  }
  if (want.has('radio-group')) out.push(...radioGroups(doc));
  // File inputs are usually visually hidden behind a "plus" button, so they are not filtered.
  push('file', 'input[type="file"]', false);
  push('checkbox', 'input[type="checkbox"], [role="checkbox"]');
  return out;
}

/** Radios grouped by name (or by their radiogroup/fieldset), each group represented by its container. */
function radioGroups(doc: Document): Control[] {
  const groups = new Map<string, HTMLInputElement[]>();
  doc.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((radio, i) => {
    if (!isRendered(radio) && !isRendered(radio.parentElement ?? radio)) return;
    const key = radio.name || `#${i}`;
    const list = groups.get(key) ?? [];
    list.push(radio);
    groups.set(key, list);
  });
  return [...groups.values()].map((radios) => ({ type: 'radio-group', el: groupContainer(radios), radios }));
}

function groupContainer(radios: HTMLInputElement[]): Element {
  const first = radios[0] as HTMLInputElement;
  const radiogroup = first.closest('[role="radiogroup"]');
  if (radiogroup && radios.every((r) => radiogroup.contains(r))) return radiogroup;
  // A fieldset speaks for the radios only when it holds nothing else (not a whole form section).
  const fieldset = first.closest('fieldset');
  if (fieldset && fieldset.querySelectorAll('input, select, textarea').length === radios.length)
    return fieldset;
  let container: Element = first.parentElement ?? first;
  while (container.parentElement && !radios.every((r) => container.contains(r)))
    container = container.parentElement;
  // A single radio wrapped in its own <label> is grouped by the label's parent, which carries the group text.
  if (container.localName === 'label' && container.parentElement) container = container.parentElement;
  return container;
}

/** The control type of an arbitrary element (used for learned locators and the picker). */
export function controlOf(el: Element): Control | null {
  const role = el.getAttribute('role');
  const type = el.getAttribute('type');
  if (el.localName === 'input' && type === 'radio') {
    const name = el.getAttribute('name');
    const radios = name
      ? Array.from(el.ownerDocument.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
          (r) => r.name === name,
        )
      : [el as HTMLInputElement];
    return { type: 'radio-group', el: groupContainer(radios), radios };
  }
  if (el.localName === 'input' && type === 'file') return { type: 'file', el };
  if ((el.localName === 'input' && type === 'checkbox') || role === 'checkbox')
    return { type: 'checkbox', el };
  if (el.localName === 'select') return { type: 'select', el };
  if (el.localName === 'textarea') return { type: 'textarea', el };
  if (role === 'combobox') return { type: 'combobox', el };
  if (role === 'listbox') return { type: 'listbox', el };
  if (el.matches(EDITABLE)) return { type: 'contenteditable', el };
  if (el.matches(TEXT_INPUT) || role === 'textbox') return { type: 'input', el };
  const radios = el.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radios.length > 0) return { type: 'radio-group', el, radios: Array.from(radios) };
  return null;
}

/** How well a control's label clues match the wanted phrases (0 = not at all). */
export function labelScore(el: Element, labels: readonly string[]): number {
  let best = 0;
  for (const clue of labelClues(el)) best = Math.max(best, matchQuality(clue.text, labels) * clue.weight);
  return best;
}

const MIN_SCORE = 0.35;

/** The one control of a suitable type whose label matches; `ambiguous` when two match equally well. */
export function locateControl(
  docs: readonly FrameDocument[],
  kind: FieldKind,
  labels: readonly string[],
): LocateResult {
  const types = TYPES_FOR_KIND[kind];
  const scored: { control: Control; score: number }[] = [];
  for (const { doc } of docs) {
    for (const control of collectControls(doc, types)) {
      const score = labelScore(control.el, labels) + (control.type === types[0] ? 0.05 : 0);
      if (score >= MIN_SCORE) scored.push({ control, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return { status: 'not-found' };
  if (second && second.score === best.score && second.control.el !== best.control.el) {
    return { status: 'ambiguous', count: scored.filter((s) => s.score === best.score).length };
  }
  return { status: 'found', control: best.control };
}

/** The best-matching visible button or link whose name matches; never a send/sign control. */
export function findButton(roots: readonly ParentNode[], labels: readonly string[]): Element | null {
  let best: Element | null = null;
  let bestScore = 0.6;
  for (const root of roots) {
    root.querySelectorAll(BUTTON_SELECTOR).forEach((el) => {
      if (!isRendered(el) || isForbiddenAction(el)) return;
      const score = matchQuality(accessibleName(el), labels);
      const titled = matchQuality(el.getAttribute('title') ?? '', labels);
      const s = Math.max(score, titled);
      if (s > bestScore) {
        best = el;
        bestScore = s;
      }
    });
  }
  return best;
}
