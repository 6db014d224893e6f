// Sending and signing are legal acts of the person: the engine prepares a document, it never submits it.
// Every click the engine makes goes through `safeClick`, and no code path calls form.submit().

import { accessibleName, viewOf } from './dom';
import { normalizeText } from './text';

const FORBIDDEN_WORDS =
  /\b(wyslij|wyslac|wysylam|podpisz|podpisac|podpisanie|zloz|zlozenie|dalej|zatwierdz i wyslij|przejdz dalej|nastepny krok|submit|send|sign)\b/;

/** True for controls whose name says they send, sign or move on to signing ("Wyślij", "Podpisz", "Dalej"). */
export function isForbiddenAction(el: Element): boolean {
  const name = normalizeText(`${accessibleName(el)} ${el.getAttribute('title') ?? ''}`);
  return FORBIDDEN_WORDS.test(name);
}

/**
 * Clicks `el` unless it is a send/sign control. While the click runs, any form submission it would
 * trigger is cancelled before the page sees it (a search button might be a submit button of the form).
 * Returns false when the click was refused.
 */
export function safeClick(el: Element): boolean {
  if (isForbiddenAction(el)) return false;
  const view = viewOf(el);
  const block = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // Guard every click, not only submit buttons: a page handler may call requestSubmit() synchronously.
  view.addEventListener('submit', block, true);
  try {
    (el as HTMLElement).click();
  } finally {
    view.removeEventListener('submit', block, true);
  }
  return true;
}
