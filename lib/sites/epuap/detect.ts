// Whether an ePUAP page is the Pismo ogólne form. Runs on every ePUAP page, again whenever the page
// changes (the always-on script's throttled observer), so it is cheap and imports no fill engine.

import { lazyPattern, normalizeText } from '../../text/normalize';
import { PISMO_FORM_NAME } from './texts';

const PATH_HINTS = /pismo-ogolne|pismoogolne|fe-model-web|feresourceservlet/i;
/** A text can name the form only if it holds this word: most pages are told apart without normalising. */
const FORM_WORD = /pismo/i;

/**
 * Whether the page is the Pismo ogólne form (not the catalogue's description of the service): its title
 * or a heading names it, or the URL is the form engine's, and it shows the letter's form — an editor, or
 * (the first step of a form in steps) the recipient beside the kind, title or body of the letter — in the
 * page, an open shadow root or a same-origin frame.
 */
export function isPismoOgolnePage(url: string, doc: Document): boolean {
  return showsLetterForm(formRoots(url, doc));
}

/** Whether one of `formRoots` shows the letter's form (for a caller that keeps the roots, to observe them). */
export function showsLetterForm(roots: Array<Document | ShadowRoot>): boolean {
  return roots.some(
    (root) =>
      root.querySelector(EDITOR) !== null ||
      (root.querySelector(CONTROL) !== null && namesLetterFields(root)) ||
      // A frame of the form engine whose document is not ours (yet).
      Array.from(root.querySelectorAll('iframe, frame')).some(
        (frame) => !loaded(frame) && PATH_HINTS.test(frame.getAttribute('src') ?? ''),
      ),
  );
}

/**
 * Where the form may be on a page that names it (its title or a heading), or whose URL is the form
 * engine's: the document, its open shadow roots (a component may render into its root after attaching,
 * which an observer of the document does not see, so the always-on script observes these too) and its
 * same-origin frames, a few levels deep. [] on every other page.
 */
export function formRoots(url: string, doc: Document): Array<Document | ShadowRoot> {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  if (!namesTheForm(doc) && !PATH_HINTS.test(path)) return [];
  const roots: Array<Document | ShadowRoot> = [];
  const collect = (root: Document | ShadowRoot, depth: number) => {
    roots.push(root);
    if (depth > 3) return;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ?? loaded(el);
      if (inner) collect(inner, depth + 1);
    }
  };
  collect(doc, 0);
  return roots;
}

function loaded(frame: Element): Document | null {
  if (!/^i?frame$/.test(frame.localName)) return null;
  const inner = frameDocument(frame);
  return inner?.documentElement && inner.URL !== 'about:blank' ? inner : null;
}

function namesTheForm(doc: Document): boolean {
  return [doc.title, ...Array.from(doc.querySelectorAll('h1, h2, h3'), (h) => h.textContent)].some(
    (text) => FORM_WORD.test(text ?? '') && normalizeText(text).includes(normalizeText(PISMO_FORM_NAME)),
  );
}

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';
const CONTROL = 'input, select, button, [role]';
/** How the letter's fields are named on every variant of the form seen so far, compared normalised. */
const LETTER_PART = /^(rodzaj|tytul|temat|tresc)/;

/**
 * Whether short texts (labels, headers, aria-labels, placeholders; running text such as the catalogue's
 * description of the service is longer) name the recipient and another part of the letter: the first step
 * of a form in steps shows "Adresat" and "Rodzaj pisma", not the editor yet.
 */
function namesLetterFields(root: Document | ShadowRoot): boolean {
  const texts: Array<string | null> = [];
  for (const el of root.querySelectorAll('[aria-label], [placeholder]'))
    texts.push(el.getAttribute('aria-label'), el.getAttribute('placeholder'));
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!/^(script|style|option)$/.test(node.parentElement?.localName ?? '')) texts.push(node.nodeValue);
  const short = texts
    .map((raw) => {
      const t = normalizeText(raw);
      return /^[a-z]/.test(t) ? t : t.replace(lazyPattern('^[^\\p{L}]+'), '');
    })
    .filter((t) => t && t.length < 60);
  return short.some((t) => t.startsWith('adresat')) && short.some((t) => LETTER_PART.test(t));
}

/** The same-origin document of a frame, or null (cross-origin, or not loaded yet). */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}
