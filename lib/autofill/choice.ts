// Choosing an option the way a person does: in a native <select>, a radio group, or an ARIA combobox /
// list box (click the trigger, wait for the list, click the option whose text matches).

import { accessibleName, isRendered, textWithoutControls, viewOf } from './dom';
import { type Control, mirrorOf } from './locate';
import { safeClick } from './safety';
import { dispatchBlur, dispatchFocus, dispatchValueEvents, setNativeProperty } from './set-value';
import { collapseSpaces, hasContent, normalizeText } from './text';
import { waitFor } from './wait';

/** Texts that mean "nothing chosen yet" rather than a choice. */
const PLACEHOLDER =
  /^[\s([]*[-—–.]*\s*(wybierz|nie wybrano|brak|nie ustawiono|nie wskazano|nie okreslono|nie podano|pusty|pusta|puste|select|choose|none)\b/;

/** Whether a shown text means "nothing here": empty, decoration only ("*", "—"), or an empty marker. */
export function isPlaceholderText(text: string, placeholder?: string | null): boolean {
  const t = normalizeText(text);
  if (!hasContent(t) || PLACEHOLDER.test(t)) return true;
  return !!placeholder && t === normalizeText(placeholder);
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

/** What the control currently shows to the person, '' when empty or a placeholder. */
export function currentValue(control: Control): string {
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
        return texts.filter((t) => !isPlaceholderText(t)).join(', ');
      }
      const option = select.options[select.selectedIndex];
      // The first option with an empty value is the select's placeholder (HTML's "placeholder label
      // option"), whatever it says ("— Stanowisko służbowe —").
      if (!option || (option.value === '' && (select.selectedIndex === 0 || isPlaceholderText(option.text))))
        return '';
      return isPlaceholderText(option.text) ? '' : collapseSpaces(option.text);
    }
    case 'radio-group': {
      const checked = control.radios?.find((r) => r.checked);
      return checked ? collapseSpaces(radioLabel(checked)) : '';
    }
    case 'combobox': {
      const shown =
        el.localName === 'input'
          ? (el as HTMLInputElement).value
          : el.getAttribute('aria-valuetext') || textWithoutControls(el) || innerInputValue(el);
      return isPlaceholderText(shown, placeholderOf(el)) ? '' : collapseSpaces(shown);
    }
    case 'listbox': {
      const selected = el.querySelector('[role="option"][aria-selected="true"]');
      return selected ? collapseSpaces(selected.textContent) : '';
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
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  return referenced.length > 0 ? [...referenced, combobox] : [combobox, doc];
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
    return option ? safeClick(option) : false;
  }
  const immediate =
    el.getAttribute('aria-expanded') === 'true' ? findOption(popupOf(el)[0] ?? doc, value) : null;
  if (!immediate) {
    if (el.localName === 'input') {
      // An editable combobox filters as the person types.
      dispatchFocus(el);
      setNativeProperty(el, 'value', value);
      dispatchValueEvents(el, value);
    } else if (!safeClick(el)) return false;
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
  return safeClick(option);
}

/** Visible elements whose own text is exactly `value` (an option of a custom list, wherever it was put). */
function visibleOptionTexts(doc: Document, value: string, exclude: Element): Element[] {
  const wanted = normalizeText(value);
  const out: Element[] = [];
  for (const el of Array.from(
    doc.body?.querySelectorAll('li, [role="option"], a, span, div, td, label') ?? [],
  )) {
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
  const shownBefore = new Set(visibleOptionTexts(doc, value, mirror));
  if (!safeClick(trigger)) return false;
  // Some widgets open on mousedown rather than click.
  const view = viewOf(trigger);
  trigger.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true }));
  const option = await waitFor(
    [doc.documentElement],
    () => visibleOptionTexts(doc, value, mirror).find((o) => !shownBefore.has(o)) ?? null,
    { timeoutMs: Math.min(timeoutMs, 1500) },
  );
  if (!option) return false;
  option.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true }));
  option.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: true }));
  safeClick(option);
  const chosen = select.options[select.selectedIndex];
  return !!chosen && (sameChoice(chosen.text, value) || sameChoice(chosen.value, value));
}

/** The keyboard way through a list box: focus, arrow down through the options, Enter on the one wanted. */
export function chooseByKeyboard(control: Control, value: string): boolean {
  const el = control.el;
  const view = viewOf(el);
  const key = (k: string): void => {
    for (const type of ['keydown', 'keyup'])
      el.dispatchEvent(new view.KeyboardEvent(type, { key: k, code: k, bubbles: true, cancelable: true }));
  };
  dispatchFocus(el);
  for (let step = 0; step < 60; step++) {
    key('ArrowDown');
    const active = el.getAttribute('aria-activedescendant');
    const option = active
      ? el.ownerDocument.getElementById(active)
      : el.querySelector('[aria-selected="true"]');
    if (option && sameChoice(accessibleName(option), value)) {
      key('Enter');
      return true;
    }
    if (!active && !option) return false;
  }
  return false;
}
