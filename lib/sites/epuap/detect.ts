// Whether an ePUAP page is the Pismo ogólne form. Runs on every ePUAP page, again whenever the page
// changes (the always-on script's throttled observer), so it is cheap and imports no fill engine.

import { normalizeText } from '../../text/normalize';
import { PISMO_FORM_NAME } from './texts';

const PATH_HINTS = /pismo-ogolne|pismoogolne|fe-model-web|feresourceservlet/i;
const TITLE = normalizeText(PISMO_FORM_NAME);

/**
 * Whether the page is the Pismo ogólne form (not the catalogue's description of the service): its title
 * or a heading names it, or the URL is the form engine's, and it shows the letter's form — an editor, or
 * (the first step of a form in steps) the recipient beside the kind, title or body of the letter — in the
 * page, an open shadow root or a same-origin frame.
 */
export function isPismoOgolnePage(url: string, doc: Document): boolean {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  if (!namesTheForm(doc) && !PATH_HINTS.test(path)) return false;
  return holdsLetterForm(doc, 0);
}

/**
 * The open shadow roots of a page that may hold the form (it names the form, or its URL is the form
 * engine's): a component can render the form into its root after it was attached, which an observer of the
 * document does not see, so the always-on script observes these too. [] on every other page.
 */
export function formShadowRoots(url: string, doc: Document): ShadowRoot[] {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  if (!namesTheForm(doc) && !PATH_HINTS.test(path)) return [];
  const roots: ShadowRoot[] = [];
  const collect = (root: Document | ShadowRoot, depth: number) => {
    for (const el of root.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (!shadow) continue;
      roots.push(shadow);
      if (depth < 3) collect(shadow, depth + 1);
    }
  };
  collect(doc, 0);
  return roots;
}

function namesTheForm(doc: Document): boolean {
  if (normalizeText(doc.title).includes(TITLE)) return true;
  for (const heading of doc.querySelectorAll('h1, h2, h3'))
    if (normalizeText(heading.textContent).includes(TITLE)) return true;
  return false;
}

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';
const CONTROL =
  'input:not([type="hidden"]), select, button, [role="combobox"], [role="listbox"], [role="radiogroup"], [role="button"]';
/** How the letter's fields are named on every variant of the form seen so far, compared normalised. */
const RECIPIENT = /^adresat/;
const LETTER_PART = /^(rodzaj|tytul|temat|tresc)/;
/** A field's name is short: running text (a description of the service) is not a label. */
const LABEL_MAX = 60;

/**
 * The letter's form in a document, its open shadow roots or its same-origin frames (a few levels deep):
 * an editor, or a recipient field named beside another part of the letter, with a control to operate.
 */
function holdsLetterForm(root: Document | ShadowRoot, depth: number): boolean {
  if (root.querySelector(EDITOR)) return true;
  if (root.querySelector(CONTROL) && namesLetterFields(root)) return true;
  if (depth > 3) return false;
  for (const el of root.querySelectorAll('*')) {
    const shadow = (el as Element).shadowRoot;
    if (shadow && holdsLetterForm(shadow, depth + 1)) return true;
    if (el.localName === 'iframe' || el.localName === 'frame') {
      const inner = frameDocument(el);
      if (inner?.documentElement && inner.URL !== 'about:blank') {
        if (holdsLetterForm(inner, depth + 1)) return true;
      } else if (PATH_HINTS.test(el.getAttribute('src') ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether short texts (labels, headers, aria-labels, placeholders) name the recipient and another part of
 * the letter: the first step of a form in steps shows "Adresat" and "Rodzaj pisma", not the editor yet.
 */
function namesLetterFields(root: Document | ShadowRoot): boolean {
  let recipient = false;
  let part = false;
  const see = (text: string | null) => {
    const t = normalizeText(text).replace(/^[^\p{L}]+/u, '');
    if (!t || t.length > LABEL_MAX) return;
    if (RECIPIENT.test(t)) recipient = true;
    else if (LETTER_PART.test(t)) part = true;
  };
  for (const el of root.querySelectorAll('[aria-label], [placeholder]')) {
    see(el.getAttribute('aria-label'));
    see(el.getAttribute('placeholder'));
  }
  const doc = (root as Document).defaultView ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && !(recipient && part); node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'option') continue;
    see(node.nodeValue);
  }
  return recipient && part;
}

/** The same-origin document of a frame, or null (cross-origin, or not loaded yet). */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}
