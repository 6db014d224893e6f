// Whether an ePUAP page is the Pismo ogólne form. Runs on every ePUAP page, again whenever the page
// changes (the always-on script's throttled observer), so it is cheap and imports no fill engine.

import { normalizeText } from '../../text/normalize';
import { PISMO_TITLE } from './texts';

const PATH_HINTS = /pismo-ogolne|pismoogolne|fe-model-web|feresourceservlet/i;
const TITLE = normalizeText(PISMO_TITLE);

/**
 * Whether the page is the Pismo ogólne form (not the catalogue's description of the service): its title
 * or a heading names it, or the URL is the form engine's, and it has an editor or a frame holding one.
 */
export function isPismoOgolnePage(url: string, doc: Document): boolean {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  if (!namesTheForm(doc) && !PATH_HINTS.test(path)) return false;
  return hasEditor(doc) || Array.from(doc.querySelectorAll('iframe, frame')).some(frameHoldsForm);
}

function namesTheForm(doc: Document): boolean {
  if (normalizeText(doc.title).includes(TITLE)) return true;
  for (const heading of doc.querySelectorAll('h1, h2, h3'))
    if (normalizeText(heading.textContent).includes(TITLE)) return true;
  return false;
}

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';

function hasEditor(doc: Document): boolean {
  return doc.querySelector(EDITOR) !== null;
}

/** The same-origin document of a frame, or null (cross-origin, or not loaded yet). */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * A frame holds the form when its loaded same-origin document has an editor, or when it has no document
 * of ours yet and its src is the form engine's.
 */
function frameHoldsForm(frame: Element): boolean {
  const inner = frameDocument(frame);
  if (inner?.documentElement && inner.URL !== 'about:blank') return hasEditor(inner);
  return PATH_HINTS.test(frame.getAttribute('src') ?? '');
}
