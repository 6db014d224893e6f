// Small DOM helpers that work across frames: every constructor and check is taken from the element's own
// window (an iframe is another realm), and elements are recognised by tag/role, never by `instanceof`.

import { normalizeText } from '../text/normalize';

/** A document the engine searches, with the path of iframe indexes that leads to it from the top. */
export interface FrameDocument {
  doc: Document;
  /** Index of each iframe among its document's iframes, from the top document down. */
  path: number[];
}

export function viewOf(node: Node): Window & typeof globalThis {
  const view = (node.ownerDocument ?? (node as Document)).defaultView;
  if (!view) throw new Error('Element nie należy do okna przeglądarki');
  return view as Window & typeof globalThis;
}

export function frameDocumentOf(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  // Cross-origin frames throw (or give null) on access: they are simply not ours to fill.
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The top document and every accessible same-origin frame document, depth first. */
export function collectDocuments(top: Document, maxDepth = 4): FrameDocument[] {
  const out: FrameDocument[] = [];
  const visit = (doc: Document, path: number[]): void => {
    out.push({ doc, path });
    if (path.length >= maxDepth) return;
    doc.querySelectorAll('iframe, frame').forEach((frame, index) => {
      const inner = frameDocumentOf(frame as HTMLIFrameElement);
      if (inner?.documentElement) visit(inner, [...path, index]);
    });
  };
  visit(top, []);
  return out;
}

const HIDDEN_ANCESTOR = '[hidden], [aria-hidden="true"], [inert], template, dialog:not([open])';

/**
 * Whether a person could see the element. Deliberately lenient (component libraries hide native inputs
 * behind styled ones): only attributes that certainly hide, plus the browser's own visibility check.
 */
export function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest(HIDDEN_ANCESTOR)) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/** Text of `root` without the text of form controls inside it (a wrapping label also holds the options). */
export function textWithoutControls(root: Element, skip?: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el === skip || /^(select|textarea|input|option|script|style|button)$/.test(el.localName))
          continue;
        if (el.getAttribute('role') === 'listbox' || el.getAttribute('aria-hidden') === 'true') continue;
        text += ' ';
        walk(el);
        text += ' ';
      }
    }
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim();
}

export const OPTION_LISTS =
  'ul, ol, [role="listbox"], [role="option"], select, input, textarea, script, style, button, [hidden], [aria-hidden="true"]';

/**
 * The text a list widget shows as its value: its own text without its option list (drawn open or kept
 * closed inside it), form controls and buttons.
 */
export function shownText(widget: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += ` ${child.nodeValue ?? ''}`;
      else if (child.nodeType === 1 && !(child as Element).matches(OPTION_LISTS)) walk(child);
    }
  };
  walk(widget);
  return text.replace(/\s+/g, ' ').trim();
}

/** What a person reads on a button or link: its text, else its value, aria-label, title or image alt. */
export function accessibleName(el: Element): string {
  const byIds = idRefsText(el, 'aria-labelledby');
  if (byIds) return byIds;
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text;
  const value = el.localName === 'input' ? (el as HTMLInputElement).value : '';
  const alt = el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return (value || el.getAttribute('title') || alt || '').trim();
}

/** Text of the elements named by an id-list attribute (aria-labelledby, aria-describedby). */
export function idRefsText(el: Element, attribute: string): string {
  const ids = el.getAttribute(attribute)?.trim();
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => byId(el, id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Attribute selector value quoting; avoids depending on CSS.escape in every environment. */
export function quoteAttr(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

export const BUTTON_SELECTOR =
  'button, input[type="button"], input[type="submit"], input[type="image"], a, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

/** The element with `id` in the same tree as `el` (its shadow root or document). */
export function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (
    (typeof root.getElementById === 'function' ? root.getElementById(id) : null) ??
    el.ownerDocument.getElementById(id)
  );
}

/** Open shadow roots under `root`, nested ones included (web components keep their controls there). */
export function shadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element): void => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const shadow = (el as Element).shadowRoot;
      if (shadow) {
        out.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return out;
}

/** querySelectorAll that also looks inside open shadow roots (document order within each tree). */
export function deepQueryAll<E extends Element = Element>(
  root: Document | ShadowRoot | Element,
  selector: string,
): E[] {
  const out = Array.from(root.querySelectorAll<E>(selector));
  for (const shadow of shadowRoots(root)) out.push(...Array.from(shadow.querySelectorAll<E>(selector)));
  return out;
}

/** The element that hosts `el` in the light DOM when it sits in a shadow root, else `el`'s parent. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as ShadowRoot;
  return (root as { host?: Element }).host ?? null;
}

/** What a page shows while it works: a progress bar, a busy region, or a status line that says so. */
const BUSY = '[aria-busy="true"], [role="progressbar"]';
const STATUS_AREAS =
  '[role="status"], [aria-live], [class*="status"], [class*="loading"], [class*="busy"], [class*="spinner"]';
const BUSY_WORDS =
  /^(przetwarzanie|ladowanie|wczytywanie|zapisywanie|sprawdzanie|wyszukiwanie|szukam|prosze czekac|trwa (ladowanie|przetwarzanie|zapisywanie|wyszukiwanie|sprawdzanie|wczytywanie))/;

/** Shown, and not hidden by its own style or that of an ancestor up to `area`. */
function showsItself(el: Element, area: Element): boolean {
  if (!isRendered(el)) return false;
  for (let at: Element | null = el; at; at = at === area ? null : at.parentElement) {
    const style = viewOf(at).getComputedStyle?.(at);
    if (style && (style.visibility === 'hidden' || style.display === 'none')) return false;
  }
  return true;
}

function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return normalizeText(text).replace(/[.…]+$/, '');
}

/**
 * Whether a page shows that it is still working ("Przetwarzanie…", "Trwa zapisywanie…" in a status line,
 * a progress bar, a region marked busy): a request it sent has not come back, so what it keeps may change.
 */
export function showsBusy(docs: readonly FrameDocument[]): boolean {
  return docs.some(
    ({ doc }) =>
      deepQueryAll(doc, BUSY).some((el) => showsItself(el, el)) ||
      deepQueryAll(doc, STATUS_AREAS).some((area) =>
        [area, ...Array.from(area.querySelectorAll('*'))].some(
          (el) => BUSY_WORDS.test(ownText(el)) && showsItself(el, area),
        ),
      ),
  );
}
