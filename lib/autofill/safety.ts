// Sending and signing are legal acts of the person: the engine prepares a document, it never submits it.
// Every click the engine makes goes through `safeClick`, and no code path calls form.submit(). While a
// fill runs, `guardSubmissions` also stops submissions the page's own handlers start (a change handler
// calling form.submit() or requestSubmit()), in every frame.

import { accessibleName, collectDocuments, viewOf } from './dom';
import { identifierWords, normalizeText } from './text';

const FORBIDDEN_WORDS =
  /\b(wyslij|wyslac|wysylam|wysylka|podpisz|podpisac|podpisanie|podpis|zloz|zlozenie|zloz wniosek|dalej|zatwierdz i wyslij|przejdz dalej|nastepny krok|nastepny|submit|send|sign|next|continue)\b/;

/** Every name a control goes by: what a person reads, its tooltip and value, and its technical id/name. */
function namesOf(el: Element): string {
  const parts = [
    accessibleName(el),
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
    el.getAttribute('value'),
    el.getAttribute('alt'),
    el.getAttribute('data-action'),
    identifierWords(el.id),
    identifierWords(el.getAttribute('name') ?? ''),
    identifierWords(el.getAttribute('formaction') ?? ''),
  ];
  const href = el.getAttribute('href') ?? '';
  if (/^\s*javascript:/i.test(href)) parts.push(identifierWords(href));
  return normalizeText(parts.filter(Boolean).join(' '));
}

/** True for controls whose name says they send, sign or move on to signing ("Wyślij", "Podpisz", "Dalej"). */
export function isForbiddenAction(el: Element): boolean {
  return FORBIDDEN_WORDS.test(namesOf(el));
}

/** The form being filled: a form holding a text area or editor (the letter), not a search form. */
function letterFormOf(el: Element): HTMLFormElement | null {
  const form = (el as HTMLButtonElement).form ?? el.closest('form');
  if (!form) return null;
  return form.querySelector('textarea, [contenteditable="true"], [contenteditable=""], iframe') ? form : null;
}

/** A `javascript:` link of the letter's own form runs page code we cannot vet (often a submit). */
function isScriptLinkOfLetter(el: Element): boolean {
  const link = el.closest('a[href]');
  if (!link || !/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) return false;
  const code = normalizeText(link.getAttribute('href'));
  if (/submit|wyslij|podpis|send/.test(code)) return true;
  return letterFormOf(link) !== null && !/void\s*\(?\s*0\s*\)?\s*;?\s*$/.test(code);
}

/** Whether a click on `el` would navigate the page away (a real link, not an in-page anchor or script). */
function navigatingLink(el: Element): HTMLAnchorElement | null {
  const link = el.closest('a[href]') as HTMLAnchorElement | null;
  if (!link) return null;
  const href = link.getAttribute('href')?.trim() ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  return link;
}

/**
 * Clicks `el` unless it is a send/sign control or a script link of the letter. While the click runs, any
 * form submission it would trigger is cancelled before the page sees it (a search button might be a
 * submit button of the form), and a link inside the letter's form does not navigate away.
 * Returns false when the click was refused.
 */
export function safeClick(el: Element): boolean {
  if (isForbiddenAction(el) || isScriptLinkOfLetter(el)) return false;
  const view = viewOf(el);
  const block = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const link = navigatingLink(el);
  const keepPage = (event: Event): void => {
    // Runs last (bubble phase on the window): the page's own handlers have seen the click.
    if (link && letterFormOf(link)) event.preventDefault();
  };
  // Guard every click, not only submit buttons: a page handler may call requestSubmit() synchronously.
  view.addEventListener('submit', block, true);
  view.addEventListener('click', keepPage);
  try {
    (el as HTMLElement).click();
  } finally {
    view.removeEventListener('submit', block, true);
    view.removeEventListener('click', keepPage);
  }
  return true;
}

type FormProto = { submit: () => void; requestSubmit: (submitter?: HTMLElement | null) => void };

function restore(proto: FormProto, own: PropertyDescriptorMap): void {
  try {
    if (own.submit) Object.defineProperty(proto, 'submit', own.submit);
    else delete (proto as Partial<FormProto>).submit;
    if (own.requestSubmit) Object.defineProperty(proto, 'requestSubmit', own.requestSubmit);
    else delete (proto as Partial<FormProto>).requestSubmit;
  } catch {
    // Nothing was changed in a realm that refused the patch.
  }
}

/**
 * For the duration of a fill: every submit event in the top document and its same-origin frames is
 * cancelled, and form.submit()/requestSubmit() called by page code in the same script realm do nothing.
 * Call `cover` when new frames may have appeared; `release` ends the guard and says how many submissions
 * were stopped.
 */
export function guardSubmissions(top: Document): { cover(): void; release(): number } {
  let stopped = 0;
  const undo: (() => void)[] = [];
  const guarded = new Set<Window>();
  const block = (event: Event): void => {
    stopped++;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const cover = (): void => {
    for (const { doc } of collectDocuments(top)) {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      if (!view || guarded.has(view)) continue;
      guarded.add(view);
      view.addEventListener('submit', block, true);
      undo.push(() => view.removeEventListener('submit', block, true));
      // The window's form class, and the classes the document's forms really are (some DOMs subclass).
      const protos = new Set<FormProto>();
      const base = view.HTMLFormElement?.prototype as unknown as FormProto | undefined;
      if (base) protos.add(base);
      for (const form of Array.from(doc.forms)) protos.add(Object.getPrototypeOf(form) as FormProto);
      for (const proto of protos) {
        const own = Object.getOwnPropertyDescriptors(proto);
        try {
          proto.submit = () => {
            stopped++;
          };
          proto.requestSubmit = () => {
            stopped++;
          };
        } catch {
          // A realm that is not ours (Firefox's Xray wrappers in a content script) refuses the patch; there,
          // as in Chrome's isolated world, the cancelled submit event above is the guard. Undo what was set.
          restore(proto, own);
          continue;
        }
        // Put back exactly what was there: an inherited method stays inherited.
        undo.push(() => restore(proto, own));
      }
    }
  };
  cover();
  return {
    cover,
    release: () => {
      for (const step of undo.reverse()) step();
      undo.length = 0;
      return stopped;
    },
  };
}
