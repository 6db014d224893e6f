// Setting values so that page frameworks notice: React and others wrap the `value` property of the element,
// so the value goes through the native setter of the element's prototype, followed by the events a
// person's typing produces (input, change) and leaving the field (blur/focusout, where validation runs).

import { viewOf } from './dom';

/** Calls the native setter of `property`, found on the prototype chain (skipping instance overrides). */
export function setNativeProperty(
  el: Element,
  property: 'value' | 'checked' | 'selectedIndex',
  value: unknown,
): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, property)?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
  }
  (el as unknown as Record<string, unknown>)[property] = value;
}

export function dispatchFocus(el: Element): void {
  const view = viewOf(el);
  el.dispatchEvent(new view.FocusEvent('focus'));
  el.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
}

export function dispatchValueEvents(el: Element, data: string | null): void {
  const view = viewOf(el);
  const input =
    typeof view.InputEvent === 'function'
      ? new view.InputEvent('input', {
          bubbles: true,
          composed: true,
          inputType: 'insertReplacementText',
          data,
        })
      : new view.Event('input', { bubbles: true, composed: true });
  el.dispatchEvent(input);
  // Older pages read a typed value on keyup only (onkeyup="…"), as the last key of a person's typing.
  if (/^(input|textarea)$/.test(el.localName))
    el.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Unidentified' }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}

export function dispatchBlur(el: Element): void {
  const view = viewOf(el);
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

/** Types a value into an input or textarea the way frameworks register it. */
export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  dispatchFocus(el);
  setNativeProperty(el, 'value', value);
  dispatchValueEvents(el, value);
  dispatchBlur(el);
}

/** Puts text into a contenteditable editor: the editing command first (editors listen to it), else text. */
export function typeIntoEditable(el: HTMLElement, value: string): void {
  const doc = el.ownerDocument;
  dispatchFocus(el);
  let done = false;
  try {
    el.focus();
    const selection = doc.getSelection();
    if (selection && typeof doc.execCommand === 'function') {
      selection.selectAllChildren(el);
      done = doc.execCommand('insertText', false, value) && (el.textContent ?? '').trim() === value.trim();
    }
  } catch {
    done = false;
  }
  if (!done) {
    el.textContent = value;
    dispatchValueEvents(el, value);
  }
  dispatchBlur(el);
}

/** Puts a query into a search box as typing does, without leaving it (a blur closes autocomplete lists). */
export function typeForSearch(el: HTMLInputElement, value: string): void {
  dispatchFocus(el);
  try {
    el.focus();
  } catch {
    // Focus is a courtesy to the page's handlers.
  }
  setNativeProperty(el, 'value', value);
  const view = viewOf(el);
  el.dispatchEvent(
    new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }),
  );
}

/**
 * Types like a keyboard: keydown, keypress, beforeinput, the character, input, keyup for each character.
 * For pages that react to keys rather than to the input event (autocompletes, masked inputs).
 */
export function typeKeys(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = viewOf(el);
  dispatchFocus(el);
  setNativeProperty(el, 'value', '');
  let typed = '';
  for (const key of value) {
    const init = { key, bubbles: true, cancelable: true, composed: true };
    el.dispatchEvent(new view.KeyboardEvent('keydown', init));
    el.dispatchEvent(new view.KeyboardEvent('keypress', init));
    el.dispatchEvent(new view.InputEvent('beforeinput', { ...init, inputType: 'insertText', data: key }));
    typed += key;
    setNativeProperty(el, 'value', typed);
    el.dispatchEvent(
      new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }),
    );
    el.dispatchEvent(new view.KeyboardEvent('keyup', init));
  }
}

/** An editor that ignores programmatic text: beforeinput/input per character, as typing produces. */
export function typeKeysIntoEditable(el: HTMLElement, value: string): void {
  const view = viewOf(el);
  dispatchFocus(el);
  el.textContent = '';
  for (const key of value) {
    const init = { key, bubbles: true, cancelable: true, composed: true };
    el.dispatchEvent(new view.KeyboardEvent('keydown', init));
    const before = new view.InputEvent('beforeinput', { ...init, inputType: 'insertText', data: key });
    // An editor that handles beforeinput itself (and cancels it) inserts the character on its own.
    if (el.dispatchEvent(before)) el.append(key);
    el.dispatchEvent(
      new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }),
    );
    el.dispatchEvent(new view.KeyboardEvent('keyup', init));
  }
  dispatchBlur(el);
}

/**
 * The pointer half of a person's click: pointerdown, mousedown, pointerup, mouseup with the primary
 * button. List widgets (react-select, MUI and Ant Select) open on mousedown, not on click; the click
 * itself is left to the caller (safeClick guards it).
 */
export function dispatchPress(el: Element): void {
  const view = viewOf(el);
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  const Pointer = typeof view.PointerEvent === 'function' ? view.PointerEvent : view.MouseEvent;
  el.dispatchEvent(
    new Pointer('pointerdown', { ...init, buttons: 1, pointerType: 'mouse', isPrimary: true }),
  );
  el.dispatchEvent(new view.MouseEvent('mousedown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', { ...init, buttons: 0, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new view.MouseEvent('mouseup', { ...init, buttons: 0 }));
}

/** What an input mask adds or drops around digits: spaces, dashes, dots, slashes, brackets. */
const MASK_SEPARATORS = /[\s\-‐‑–—./()]/gu;

/**
 * Whether an input shows `value` reformatted by its mask: both are digits (and a leading "+") with
 * separators only, and the digits are exactly ours, in order (NIP "6681002396" shown as
 * "668-100-23-96", a postal code "62720" as "62-720"). A mask that dropped, added or changed a digit
 * shows another value, and a text with letters is compared as it stands.
 */
export function isMaskedFormOf(shown: string, value: string): boolean {
  const significant = (text: string): string | null => {
    const kept = text.replace(MASK_SEPARATORS, '');
    return /^\+?\d+$/.test(kept) ? kept : null;
  };
  const ours = significant(value);
  return ours !== null && ours === significant(shown);
}
