// Finding the control for a field by what a person reads around it (see labels.ts), in every frame.

import {
  accessibleName,
  BUTTON_SELECTOR,
  type FrameDocument,
  isRendered,
  shadowRoots,
  shownText,
} from './dom';
import { fieldHeading, groupNames, labelClues, widgetBox, widgetText } from './labels';
import { cachedNaming } from './naming-cache';
import { type ControlEvidence, nameScore, qualify } from './qualify';
import { isForbiddenAction } from './safety';
import { matchQuality, normalizeText } from './text';
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
  /** For an editor body inside an iframe: that iframe (what the person sees and what is labelled). */
  frame?: HTMLIFrameElement;
  /** A native control the page hides behind its own widget (Select2, Chosen, PrimeFaces): choose through the widget. */
  hidden?: boolean;
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
  'text-or-choice': ['input', 'select', 'combobox', 'listbox', 'radio-group', 'textarea'],
  // "Rodzaj pisma" may be a native select, a radio group or an ARIA list: accept any choice control.
  select: ['select', 'combobox', 'listbox', 'radio-group'],
  radio: ['radio-group', 'select', 'combobox', 'listbox'],
  combobox: ['combobox', 'listbox', 'select', 'radio-group'],
  'recipient-search': ['input'],
  file: ['file'],
  'checkbox-leave-to-user': ['checkbox'],
};

/** Every control of the given types in a document, open shadow roots included. */
export function collectControls(doc: Document, types: readonly ControlType[]): Control[] {
  const out: Control[] = [];
  const want = new Set(types);
  // The document and its open shadow roots, found once for all the selectors (deepQueryAll's order).
  const trees: (Document | ShadowRoot)[] = [doc, ...shadowRoots(doc)];
  const deepQueryAll = <E extends Element = Element>(selector: string): E[] =>
    trees.flatMap((tree) => Array.from(tree.querySelectorAll<E>(selector)));
  const push = (type: ControlType, selector: string, visibleOnly = true): void => {
    if (!want.has(type)) return;
    for (const el of deepQueryAll(selector)) if (!visibleOnly || isRendered(el)) out.push({ type, el });
  };
  push('input', `${TEXT_INPUT}, [role="textbox"]:not(${EDITABLE}):not(textarea)`);
  push('textarea', 'textarea');
  if (want.has('contenteditable')) {
    for (const el of deepQueryAll(EDITABLE)) {
      // Only the editing host, not editable descendants of it.
      if (!el.parentElement?.closest(EDITABLE) && isRendered(el)) out.push({ type: 'contenteditable', el });
    }
    // A rich-text editor in an iframe (CKEditor, TinyMCE): its body is the editing host; the iframe names it.
    for (const frame of deepQueryAll<HTMLIFrameElement>('iframe')) {
      const body = editableFrameBody(frame);
      if (body && isRendered(frame)) out.push({ type: 'contenteditable', el: body, frame });
    }
  }
  if (want.has('select')) {
    for (const el of deepQueryAll<HTMLSelectElement>('select')) {
      if (isRendered(el)) out.push({ type: 'select', el });
      // A hidden select mirrored by a custom widget still carries the page's model.
      else if (el.isConnected && !el.closest('[hidden], template') && mirrorOf(el))
        out.push({ type: 'select', el, hidden: true });
    }
  }
  // A button that opens a list box ("Wybierz rodzaj ▾") is a combobox to a person.
  push(
    'combobox',
    '[role="combobox"], button[aria-haspopup="listbox"], [role="button"][aria-haspopup="listbox"], button[aria-haspopup="true"], button[aria-haspopup="menu"]',
  );
  if (want.has('listbox')) {
    for (const el of deepQueryAll('[role="listbox"]')) {
      // A listbox that pops up from a combobox is reached through the combobox.
      const owned = el.id && doc.querySelector(`[aria-controls~="${el.id}"], [aria-owns~="${el.id}"]`);
      if (!owned && !el.closest('[role="combobox"]') && isRendered(el)) out.push({ type: 'listbox', el });
    }
  }
  if (want.has('radio-group'))
    out.push(...radioGroups(deepQueryAll<HTMLInputElement>('input[type="radio"]')));
  // File inputs are usually visually hidden behind a "plus" button, so they are not filtered.
  push('file', 'input[type="file"]', false);
  push('checkbox', 'input[type="checkbox"], [role="checkbox"]');
  return dropMirrors(out);
}

/** The body of a same-origin iframe that is an editing host (designMode or contenteditable body). */
function editableFrameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const doc = frame.contentDocument;
    const body = doc?.body;
    if (!doc || !body) return null;
    if (doc.designMode === 'on' || body.isContentEditable || body.matches(EDITABLE)) return body;
  } catch {
    // Cross-origin: not ours.
  }
  return null;
}

/**
 * The visible widget standing in for a hidden select: an element after it (Select2, Chosen,
 * selectOneMenu put it there) or a wrapper around it, that is visible, holds no field of its own, and
 * shows one of the select's option texts or a prompt. Markup like "<p>…<select></p><div class=chosen>"
 * puts the widget after the select's block, so the blocks around it are looked at too.
 */
export function mirrorOf(select: HTMLSelectElement): Element | null {
  const candidates: Element[] = [];
  let node: Element = select;
  for (let level = 0; level < 3; level++) {
    for (let sib = node.nextElementSibling, n = 0; sib && n < 2; sib = sib.nextElementSibling, n++)
      candidates.push(sib);
    const parent = node.parentElement;
    if (parent?.localName === 'form' || parent?.querySelectorAll('select').length !== 1) break;
    candidates.push(parent);
    node = parent;
  }
  for (const candidate of candidates) {
    if (candidate.matches('input, textarea, select, script, style, label')) continue;
    if (candidate.querySelector('select') && !candidate.contains(select)) continue;
    if (!isRendered(candidate)) continue;
    if (Array.from(candidate.querySelectorAll('input, textarea')).some(isOwnField)) continue;
    if (showsOptionOf(candidate, select)) return candidate;
  }
  return null;
}

/** Whether the widget's text is one of the select's option texts (or a prompt), arrows and marks aside. */
function showsOptionOf(widget: Element, select: HTMLSelectElement): boolean {
  // A block around the select is its widget only when made to be operated (not one merely holding the
  // select and its label).
  if (widget.contains(select) && !widget.matches(OPERABLE) && !widget.querySelector(OPERABLE)) return false;
  const text = cleanShown(shownText(widget));
  // An empty widget is one only when it says it opens a list.
  if (!text) return !!widget.querySelector('[role="combobox"], [aria-haspopup]');
  if (Array.from(select.options).some((o) => cleanShown(o.text) === text)) return true;
  return /^(wybierz|nie wybrano|brak|nie wskazano|select|choose)\b/.test(text);
}

const OPERABLE = '[role="combobox"], [aria-haspopup], a, [tabindex]:not(select, [tabindex="-1"])';

function cleanShown(text: string): string {
  return normalizeText(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether an input inside a widget is a field of its own, not the widget's filter box (Chosen's and
 * Select2's search inputs carry no name, id or label; a form field does).
 */
function isOwnField(input: Element): boolean {
  const type = input.getAttribute('type');
  if (type === 'hidden' || type === 'search' || input.getAttribute('role') === 'searchbox') return false;
  // A read-only combobox input is the widget's own focus element (PrimeFaces' selectOneMenu).
  if (input.getAttribute('role') === 'combobox' && input.hasAttribute('readonly')) return false;
  return (
    input.localName === 'textarea' ||
    input.hasAttribute('name') ||
    input.hasAttribute('id') ||
    input.hasAttribute('aria-label') ||
    input.hasAttribute('aria-labelledby')
  );
}

/** A combobox that mirrors a hidden select is the same field: keep the select, which carries the model. */
function dropMirrors(controls: Control[]): Control[] {
  const hidden = controls.filter((c) => c.hidden);
  const mirrors = hidden
    .map((c) => mirrorOf(c.el as HTMLSelectElement))
    .filter((m): m is Element => m !== null);
  // The widget's own list opener (PrimeFaces' read-only focus input with role=combobox) is part of it
  // too: the one list opener in the box that holds the hidden select and nothing a person types into.
  const openers = hidden.map((c) => widgetOpener(c.el)).filter((el): el is Element => el !== null);
  if (mirrors.length === 0 && openers.length === 0) return controls;
  return controls.filter(
    (c) =>
      c.hidden ||
      !(mirrors.some((m) => m === c.el || m.contains(c.el) || c.el.contains(m)) || openers.includes(c.el)),
  );
}

const LIST_OPENER =
  '[role="combobox"], [role="listbox"], [aria-haspopup="listbox"], input[readonly]:not([type="hidden"]), input[aria-readonly="true"]';

/**
 * The one list opener (a combobox, a read-only input that opens a list) in the box that holds a hidden
 * select and nothing a person types into: PrimeFaces' focus input. Null when there is none or several.
 */
export function widgetOpener(hidden: Element): Element | null {
  const inside = Array.from(widgetBox(hidden).querySelectorAll(LIST_OPENER)).filter(
    (el) => el !== hidden && !el.contains(hidden),
  );
  return inside.length === 1 ? (inside[0] as Element) : null;
}

/** Radios grouped by name (or by their radiogroup/fieldset), each group represented by its container. */
function radioGroups(radioInputs: readonly HTMLInputElement[]): Control[] {
  const groups = new Map<string, HTMLInputElement[]>();
  radioInputs.forEach((radio, i) => {
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
  if (role === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return { type: 'combobox', el };
  if (role === 'listbox') return { type: 'listbox', el };
  if (el.matches(EDITABLE)) return { type: 'contenteditable', el };
  if (el.matches(TEXT_INPUT) || role === 'textbox') return { type: 'input', el };
  const radios = el.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radios.length > 0) return { type: 'radio-group', el, radios: Array.from(radios) };
  return null;
}

/** The element a person reads the control's name from: an editor's iframe, else the control itself. */
export function labelTarget(control: Control): Element {
  return control.frame ?? control.el;
}

/**
 * The naming evidence of one control, as plain data for qualify: read once per fill pass while the page does
 * not change (naming-cache.ts).
 */
export function evidenceOf(control: Control): ControlEvidence {
  const key = `${control.type}${control.hidden ? ':hidden' : ''}${control.frame ? ':frame' : ''}`;
  return cachedNaming(control.el, key, () => readEvidence(control), control.frame);
}

function readEvidence(control: Control): ControlEvidence {
  const target = labelTarget(control);
  const names = labelClues(target).map(({ text, weight }) => ({ text, weight }));
  // A hidden select's own label may point at it while the person reads the widget beside it.
  if (control.hidden) {
    const before = widgetText(control.el);
    if (before) names.push({ text: before, weight: 0.8 });
    // The label the page gave the widget's focus input names the field.
    const opener = widgetOpener(control.el);
    if (opener) for (const clue of labelClues(opener)) names.push({ text: clue.text, weight: clue.weight });
    const heading = fieldHeading(control.el, widgetBox(control.el));
    if (heading) names.push({ text: heading, weight: 0.85 });
    const mirror = mirrorOf(control.el as HTMLSelectElement);
    // The widget, or the element in it the person focuses (PrimeFaces' focus input carries the label).
    const focus = mirror?.querySelector('[role="combobox"]');
    for (const el of [mirror, focus])
      if (el) for (const clue of labelClues(el)) names.push({ text: clue.text, weight: clue.weight * 0.9 });
  }
  // A select's prompt option ("— Rodzaj pisma —", empty value) names it.
  if (control.type === 'select') {
    const first = (control.el as HTMLSelectElement).options[0];
    const prompt =
      first && first.value === '' ? /^[-—–]+\s*(.*?)\s*[-—–]+$/.exec(first.text.trim())?.[1] : '';
    if (prompt) names.push({ text: prompt, weight: 0.85 });
  }
  // A list showing its prompt ("— Rodzaj pisma —") where the choice will appear is named by it.
  if (control.type === 'combobox') {
    const prompt = promptOf(control.el);
    if (prompt) names.push({ text: prompt, weight: 0.9 });
  }
  // A rich-text editor (CKEditor, TinyMCE, Summernote) hides the page's textarea and shows its frame or
  // editing host instead: the label the page gave the textarea names the editor.
  // An editing host in the page (Summernote, CKEditor 5) stands in for the page's textarea the same way.
  const editor = control.frame ?? (control.type === 'contenteditable' ? control.el : null);
  const source = editor ? editorTextarea(editor) : null;
  if (source) for (const clue of labelClues(source)) names.push({ text: clue.text, weight: clue.weight });
  return { type: control.type, names, groups: groupNames(target) };
}

/** The prompt between dashes a list shows (itself, or for a read-only focus input, its widget). */
function promptOf(el: Element): string {
  let box: Element | null = el;
  if (el.localName === 'input' && el.matches('[readonly], [aria-readonly="true"]'))
    for (let level = 0; box && level < 3 && !hasText(box); level++) box = box.parentElement;
  const text = box ? shownText(box) : '';
  const prompt = /^[-—–]+\s*(.*?)\s*[-—–]+$/.exec(text)?.[1];
  return prompt && prompt.length < 80 ? prompt : '';
}

function hasText(el: Element): boolean {
  return /[\p{L}\p{N}]/u.test(shownText(el));
}

/**
 * The textarea an editor (its frame, or its editing host) stands in for: the nearest page textarea
 * before the editor's box (or inside it), climbing from the editor while the box holds no other field.
 * The editor's own source-view textarea (Summernote's code view: no id, name or label) is not the page's.
 */
export function editorTextarea(editor: Element): HTMLTextAreaElement | null {
  const pages = (el: Element | null | undefined): el is HTMLTextAreaElement =>
    el?.localName === 'textarea' && isPageField(el);
  let node: Element = editor;
  for (let level = 0; level < 6; level++) {
    let sib = node.previousElementSibling;
    for (let n = 0; sib && n < 2; n++, sib = sib.previousElementSibling) {
      if (pages(sib)) return sib;
      // "<p>Treść <textarea hidden></p><div class=editor>": the parser closed the paragraph before the box.
      const last = sib.lastElementChild;
      if (pages(last) && !isRendered(last)) return last;
    }
    const parent = node.parentElement;
    if (!parent || /^(body|form)$/.test(parent.localName)) return null;
    const inner = Array.from(parent.querySelectorAll('textarea')).find(pages) ?? null;
    const others = Array.from(
      parent.querySelectorAll('input:not([type="hidden"]), select, iframe, textarea'),
    ).filter((el) => el !== editor && el !== inner && isRendered(el));
    if (others.length > 0) return null;
    if (inner && !isRendered(inner)) return inner;
    node = parent;
  }
  return null;
}

/** A field of the page's form (it carries a name, an id or a label), not a widget's inner helper. */
function isPageField(el: Element): boolean {
  return (
    el.hasAttribute('name') ||
    el.hasAttribute('id') ||
    el.hasAttribute('aria-label') ||
    el.hasAttribute('aria-labelledby')
  );
}

/** How well a control's label clues match the wanted phrases (0 = not at all). */
export function labelScore(el: Element, labels: readonly string[]): number {
  const evidence = cachedNaming(el, 'clues', () => ({
    type: '',
    names: labelClues(el),
    groups: groupNames(el),
  }));
  return nameScore(evidence, labels);
}

/** The one control of a suitable type whose label matches; `ambiguous` when two match equally well. */
export function locateControl(
  docs: readonly FrameDocument[],
  kind: FieldKind,
  labels: readonly string[],
): LocateResult {
  const types = TYPES_FOR_KIND[kind];
  const controls = oncePerElement(docs.flatMap(({ doc }) => collectControls(doc, types)));
  const result = qualify(controls.map(evidenceOf), labels, types);
  if (result.status === 'not-found') return { status: 'not-found' };
  if (result.status === 'ambiguous') return { status: 'ambiguous', count: result.count };
  return { status: 'found', control: controls[result.index] as Control };
}

/**
 * An editor's body is found twice: from the page, through its iframe, and in the frame's own document.
 * One control per element, the one that knows its frame (the frame is what the person sees and reads
 * the name of).
 */
function oncePerElement(controls: readonly Control[]): Control[] {
  const framed = new Set(controls.filter((c) => c.frame).map((c) => c.el));
  return controls.filter((c) => c.frame || !framed.has(c.el));
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
