// "Teach a field": the user clicks somewhere on the page; this finds the control they meant. The overlay
// that captures the click lives in the UI; only the decision is here, so it can be unit-tested.

const FILLABLE =
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"]), textarea, select, [role="combobox"], [role="listbox"], [role="textbox"], [role="radiogroup"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';
const ACTION = 'button, a[href], [role="button"], input[type="button"]';

export interface PickOptions {
  /** Accept a button when no control is near (an attachment "plus" button stands for a hidden file input). */
  allowButtons?: boolean;
}

/** The fillable control for a click target: the control itself, its label's control, or the only control nearby. */
export function findFillableControl(target: EventTarget | null, options: PickOptions = {}): Element | null {
  const node = target as Node | null;
  const start = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (!start) return null;

  const editable = start.closest('[contenteditable]:not([contenteditable="false"])');
  if (editable) return outermostEditable(editable);
  const control = start.closest(FILLABLE);
  if (control) return control;

  const label = start.closest('label');
  const labelled = label ? ((label as HTMLLabelElement).control ?? label.querySelector(FILLABLE)) : null;
  if (labelled) return labelled;

  // A click on the text beside a field ("Tytuł pisma") means the one field in the same small container.
  let container: Element | null = start;
  for (let level = 0; container && level < 3; level++, container = container.parentElement) {
    const inside = container.querySelectorAll(FILLABLE);
    if (inside.length === 1) return inside[0] ?? null;
    if (inside.length > 1) break;
  }
  return options.allowButtons ? start.closest(ACTION) : null;
}

function outermostEditable(el: Element): Element {
  let host = el;
  for (let p = el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])'); p; ) {
    host = p;
    p = p.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
  }
  return host;
}
