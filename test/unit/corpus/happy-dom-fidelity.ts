// Where happy-dom parts from what every browser does, and the corpus would measure happy-dom instead of
// the engine. Installed once for every happy-dom window (the harness imports this module).
import { Element as HappyElement } from 'happy-dom';

/**
 * happy-dom 21 selects the wrong option of a `<select>` parsed by `innerHTML` when an option carries
 * `selected` (the one before it: "<option>…<option selected>B" reads as the option before B), so a page
 * that re-renders its form from state shows a select holding another value than the one it rendered.
 * Browsers select the last option marked `selected` (HTML, "selectedness setting algorithm"). After each
 * `innerHTML` write, each single select in the new markup is set to that option.
 */
export function honourSelectedOnParsedOptions(): void {
  const proto = HappyElement.prototype as unknown as Element;
  const described = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
  const set = described?.set;
  if (!described || !set || (set as { fidelity?: true }).fidelity) return;
  const patched = function (this: Element, html: string): void {
    set.call(this, html);
    for (const select of Array.from(this.querySelectorAll('select'))) {
      if (select.multiple) continue;
      const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
      const last = marked[marked.length - 1];
      if (last) select.selectedIndex = last.index;
    }
  };
  Object.assign(patched, { fidelity: true });
  Object.defineProperty(proto, 'innerHTML', { ...described, set: patched });
}
