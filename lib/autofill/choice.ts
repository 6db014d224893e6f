// Choosing an option the way a person does: in a native <select>, a radio group, or an ARIA combobox /
// list box (click the trigger, wait for the list, click the option whose text matches).

import { accessibleName, byId, deepQueryAll, isRendered, textWithoutControls, viewOf } from './dom';
import { type Control, mirrorOf } from './locate';
import { isForbiddenAction, safeClick } from './safety';
import {
  dispatchBlur,
  dispatchFocus,
  dispatchPress,
  dispatchValueEvents,
  setNativeProperty,
} from './set-value';
import { cleanLabel, collapseSpaces, hasContent, normalizeText } from './text';
import { waitFor } from './wait';

/** Texts that mean "nothing chosen yet" rather than a choice. */
const PLACEHOLDER =
  /^[\s([]*[-—–.]*\s*(wybierz|nie wybrano|brak|nie ustawiono|nie wskazano|nie okreslono|nie podano|pusty|pusta|puste|select|choose|none)\b/;

/** The arrow a drop-down button draws beside its choice ("Wniosek ▾") is not part of it. */
const ARROWS = /[▾▼▿⌄˅▴▲▵]/g;

/** A prompt set between dashes ("— Rodzaj pisma —", "-- wybierz z listy --") is no choice either. */
const DASHED_PROMPT = /^[-—–]+\s.*\s[-—–]+$|^[-—–]{2,}.*[-—–]{2,}$/;

/**
 * Whether a shown text means "nothing here": empty, decoration only ("*", "—"), an empty marker, a
 * prompt between dashes, the placeholder, or the field's own name shown where the choice will appear
 * (a Material select shows "Rodzaj pisma" until something is chosen).
 */
export function isPlaceholderText(
  text: string,
  placeholder?: string | null,
  names: readonly string[] = [],
): boolean {
  const t = normalizeText(text);
  if (!hasContent(t) || PLACEHOLDER.test(t) || DASHED_PROMPT.test(t)) return true;
  if (placeholder && t === normalizeText(placeholder)) return true;
  const bare = cleanLabel(t);
  return names.some((name) => cleanLabel(name) === bare);
}

/** The visible label of one radio: its <label>, aria-label, or the bare text right after it. */
export function radioLabel(radio: HTMLInputElement): string {
  const label = radio.labels?.[0] ?? radio.closest('label');
  if (label) return textWithoutControls(label);
  const aria = radio.getAttribute('aria-label');
  if (aria) return aria;
  let text = '';
  for (let sib = radio.nextSibling; sib && !text; sib = sib.nextSibling) {
    if (sib.nodeType === 1 && (sib as Element).localName === 'input') break;
    text = (sib.textContent ?? '').trim();
  }
  return text || radio.value;
}

/**
 * What the control currently shows to the person, '' when empty or a placeholder. `names` are the
 * field's labels: a list showing one of them shows its prompt, not a choice.
 */
export function currentValue(control: Control, names: readonly string[] = []): string {
  const el = control.el;
  switch (control.type) {
    case 'input':
    case 'textarea':
      return collapseSpaces((el as HTMLInputElement).value ?? el.textContent);
    case 'contenteditable':
      // What the editor shows: its text without scripts or styles an editor document may carry.
      return collapseSpaces(textWithoutControls(el));
    case 'select': {
      const select = el as HTMLSelectElement;
      if (select.multiple) {
        const texts = Array.from(select.selectedOptions).map((o) => collapseSpaces(o.text));
        return texts.filter((t) => !isPlaceholderText(t, null, names)).join(', ');
      }
      const option = select.options[select.selectedIndex];
      // An option with an empty value is the list's "nothing chosen" entry, whatever it says.
      if (!option || (option.hasAttribute('value') && option.value === '')) return '';
      return isPlaceholderText(option.text, null, names) ? '' : collapseSpaces(option.text);
    }
    case 'radio-group': {
      const checked = control.radios?.find((r) => r.checked);
      return checked ? collapseSpaces(radioLabel(checked)) : '';
    }
    case 'combobox': {
      const shown =
        el.localName === 'input'
          ? (el as HTMLInputElement).value || widgetLabel(el)
          : el.getAttribute('aria-valuetext') || textWithoutControls(el) || innerInputValue(el);
      const text = shown.replace(ARROWS, ' ');
      return isPlaceholderText(text, placeholderOf(el), names) ? '' : collapseSpaces(text);
    }
    case 'listbox': {
      const selected = el.querySelector('[role="option"][aria-selected="true"]');
      return selected && !isPlaceholderText(selected.textContent ?? '', null, names)
        ? collapseSpaces(selected.textContent)
        : '';
    }
    default:
      return '';
  }
}

function placeholderOf(el: Element): string | null {
  return (
    el.getAttribute('placeholder') ??
    el.getAttribute('aria-placeholder') ??
    el.getAttribute('data-placeholder') ??
    el.querySelector('input')?.getAttribute('placeholder') ??
    null
  );
}

/**
 * A read-only focus input of a composite widget (PrimeFaces' selectOneMenu) holds no text: the widget
 * shows its choice in a label beside it. So does the search box of a searchable select (Ant Design),
 * which empties itself once an option is chosen. The smallest wrapper with text that holds no other
 * field (and, around a search box, no label: the field's name is not its choice).
 */
function widgetLabel(input: Element): string {
  const searchBox = !input.matches('[readonly], [aria-readonly="true"]');
  if (searchBox && input.getAttribute('role') !== 'combobox') return '';
  let box = input.parentElement;
  for (let level = 0; box && level < 3; level++, box = box.parentElement) {
    const fields = box.querySelectorAll('input:not([type="hidden"]), textarea, [role="combobox"]');
    if (fields.length > 1 || box.matches('form, fieldset, body')) return '';
    if (searchBox && box.querySelector('label')) return '';
    const text = textWithoutControls(box);
    if (hasContent(text)) return text;
  }
  return '';
}

/** A composite combobox may show its choice in a read-only input inside it. */
function innerInputValue(el: Element): string {
  const input = el.querySelector('input:not([type="hidden"])') as HTMLInputElement | null;
  return input?.value ?? '';
}

export function sameChoice(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Selects the option whose text (or value) equals `value`. Returns false when there is no such option. */
export function chooseInSelect(select: HTMLSelectElement, value: string): boolean {
  const options = Array.from(select.options);
  const index = options.findIndex((o) => sameChoice(o.text, value));
  const byValue = index >= 0 ? index : options.findIndex((o) => sameChoice(o.value, value));
  if (byValue < 0) return false;
  dispatchFocus(select);
  setNativeProperty(select, 'selectedIndex', byValue);
  dispatchValueEvents(select, null);
  dispatchBlur(select);
  return true;
}

export function chooseRadio(radios: readonly HTMLInputElement[], value: string): boolean {
  const radio =
    radios.find((r) => sameChoice(radioLabel(r), value)) ?? radios.find((r) => sameChoice(r.value, value));
  if (!radio) return false;
  // A click is what the page's own handlers expect; fall back to the native setter if it did not stick.
  safeClick(radio);
  if (!radio.checked) {
    setNativeProperty(radio, 'checked', true);
    dispatchValueEvents(radio, null);
  }
  return true;
}

function findOption(root: ParentNode, value: string): Element | null {
  for (const option of Array.from(root.querySelectorAll('[role="option"]'))) {
    if (isRendered(option) && sameChoice(accessibleName(option), value)) return option;
  }
  // Lists without roles (menus of links, PrimeFaces-like panels): a visible item reading exactly the value.
  for (const item of Array.from(root.querySelectorAll('li, [data-value], [data-label]'))) {
    if (item.closest('select') || !isRendered(item)) continue;
    if (sameChoice(textWithoutControls(item) || (item.textContent ?? ''), value))
      return item.querySelector('a, button') ?? item;
  }
  return null;
}

/** The list box a combobox controls: by aria-controls/aria-owns, else any visible list box on the page. */
function popupOf(combobox: Element): ParentNode[] {
  const doc = combobox.ownerDocument;
  const ids =
    `${combobox.getAttribute('aria-controls') ?? ''} ${combobox.getAttribute('aria-owns') ?? ''}`.trim();
  const referenced = ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => byId(combobox, id))
    .filter((el): el is HTMLElement => el !== null);
  // The list named may be an empty shell beside the one drawn (Ant's virtual list): the popup around it.
  if (referenced.length > 0) return [...referenced, combobox, ...referenced.map(popupBox)];
  // A button opening a menu keeps the menu beside it (its next sibling, or within its wrapper).
  const near: ParentNode[] = [];
  for (let sib = combobox.nextElementSibling; sib; sib = sib.nextElementSibling)
    if (sib.matches('ul, ol, [role="menu"], [role="listbox"], div')) near.push(sib);
  return [combobox, ...near, doc];
}

const FORM_FIELD =
  'input:not([type="hidden"]), select, textarea, [role="combobox"], [contenteditable="true"]';

/**
 * The popup a list sits in: its largest ancestor below body that holds no form field (a portal's root,
 * a drop-down panel). A search box inside the panel is its own: only fields outside the list count.
 */
function popupBox(list: Element): Element {
  let box = list;
  let parent = box.parentElement;
  while (parent && !/^(body|html|form)$/.test(parent.localName)) {
    const panel: Element = parent;
    if (Array.from(panel.querySelectorAll(FORM_FIELD)).some((f) => !isFilterOf(f, panel))) break;
    box = panel;
    parent = panel.parentElement;
  }
  return box;
}

/** A search input inside a drop-down panel (no name, no label): the panel's filter, not a field. */
function isFilterOf(input: Element, panel: Element): boolean {
  return (
    panel.contains(input) &&
    (input.getAttribute('type') === 'search' || input.getAttribute('role') === 'searchbox') &&
    !input.hasAttribute('name')
  );
}

/**
 * A person's click: the pointer pressed and released, then the click. List widgets open on mousedown
 * (react-select, MUI, Ant Select) and choose on click or mouseup.
 */
function press(el: Element): boolean {
  if (isForbiddenAction(el)) return false;
  dispatchPress(el);
  // Pressing may have chosen already (a list picking on mousedown removes the option).
  if (!el.isConnected) return true;
  return safeClick(el);
}

/**
 * Opens an ARIA combobox and clicks the option whose text equals `value`. Frameworks often re-render
 * the list, so the option is looked up afresh after each change instead of holding on to nodes.
 */
export async function chooseInCombobox(control: Control, value: string, timeoutMs: number): Promise<boolean> {
  const el = control.el;
  const doc = el.ownerDocument;
  if (control.type === 'listbox') {
    const option = findOption(el, value);
    return option ? press(option) : false;
  }
  const immediate =
    el.getAttribute('aria-expanded') === 'true' ? findOption(popupOf(el)[0] ?? doc, value) : null;
  if (!immediate) {
    if (el.localName === 'input' && !el.matches('[readonly], [aria-readonly="true"]')) {
      // An editable combobox filters as the person types (a virtual list shows only what matches).
      dispatchFocus(el);
      setNativeProperty(el, 'value', value);
      dispatchValueEvents(el, value);
    } else if (!press(el)) return false;
  }
  const find = (): Element | null => {
    // After a re-render the combobox node may be new; look it up by id when it has one.
    const current = (el.id && doc.getElementById(el.id)) || el;
    for (const root of popupOf(current)) {
      const option = findOption(root, value);
      if (option) return option;
    }
    return null;
  };
  const option = immediate ?? (await waitFor([doc.documentElement], find, { timeoutMs }));
  if (!option) return false;
  return press(option);
}

/** Visible elements whose own text is exactly `value` (an option of a custom list, wherever it was put). */
function visibleOptionTexts(doc: Document, value: string, exclude: Element): Element[] {
  const wanted = normalizeText(value);
  const out: Element[] = [];
  for (const el of deepQueryAll(doc, 'li, [role="option"], a, span, div, td, label')) {
    if (exclude.contains(el) || el.closest('select')) continue;
    if (normalizeText(el.textContent) !== wanted || !isRendered(el)) continue;
    // The innermost element carrying the text, not every wrapper around it.
    if (out.some((o) => el.contains(o))) continue;
    for (let i = out.length - 1; i >= 0; i--) if ((out[i] as Element).contains(el)) out.splice(i, 1);
    out.push(el);
  }
  return out;
}

/**
 * A hidden select mirrored by a custom widget: open the widget as a person would, click the option with
 * the text, and succeed when the select itself holds it. Options may be rendered into a portal in body.
 */
export async function chooseThroughMirror(
  select: HTMLSelectElement,
  value: string,
  timeoutMs: number,
): Promise<boolean> {
  const mirror = mirrorOf(select);
  if (!mirror) return false;
  if (!Array.from(select.options).some((o) => sameChoice(o.text, value) || sameChoice(o.value, value)))
    return false;
  const doc = select.ownerDocument;
  const trigger = mirror.querySelector('[role="combobox"], [aria-haspopup], a, button, [tabindex]') ?? mirror;
  // Options may be drawn inside the widget (Chosen) or in a portal; the trigger's own label is no option.
  const shownBefore = new Set(visibleOptionTexts(doc, value, trigger));
  if (!safeClick(trigger)) return false;
  // Some widgets open on mousedown rather than click.
  const view = viewOf(trigger);
  trigger.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true }));
  const option = await waitFor(
    [doc.documentElement],
    () => visibleOptionTexts(doc, value, trigger).find((o) => !shownBefore.has(o)) ?? null,
    { timeoutMs: Math.min(timeoutMs, 1500) },
  );
  if (!option) return false;
  option.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true }));
  option.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: true }));
  safeClick(option);
  const chosen = select.options[select.selectedIndex];
  return !!chosen && (sameChoice(chosen.text, value) || sameChoice(chosen.value, value));
}

/**
 * The keyboard way through a list box: focus, arrow down through the options, Enter on the one wanted.
 * The first key may only open the list (a closed select opens on ArrowDown); a virtual list draws the
 * option it moves to, so the active option is read afresh after each key.
 */
export function chooseByKeyboard(control: Control, value: string): boolean {
  const el = control.el;
  const view = viewOf(el);
  const key = (k: string): void => {
    for (const type of ['keydown', 'keyup'])
      el.dispatchEvent(new view.KeyboardEvent(type, { key: k, code: k, bubbles: true, cancelable: true }));
  };
  dispatchFocus(el);
  let idle = 0;
  for (let step = 0; step < 60; step++) {
    key('ArrowDown');
    const active = el.getAttribute('aria-activedescendant');
    const option = active ? byId(el, active) : el.querySelector('[aria-selected="true"]');
    if (option && sameChoice(accessibleName(option), value)) {
      key('Enter');
      return true;
    }
    if (option) idle = 0;
    else if (++idle > 1) return false;
  }
  return false;
}
