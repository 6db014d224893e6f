// After the person signs and sends, ePUAP shows a confirmation (and offers the UPO). Recognising it lets
// the checklist advance by itself. Markup unknown: read the page text for the sentence, a date and a number.

import { findLabelledText } from '../../text/labelled-text';
import { normalizeText } from '../../text/normalize';

export interface SentConfirmation {
  /** "YYYY-MM-DDTHH:MM[:SS]" as shown on the page (Polish local time), when a date is shown. */
  sentAt?: string;
  documentNumber?: string;
}

const SENT_SENTENCE =
  /\b(dokument|pismo|wniosek)( zostal| zostalo| zostaly)? (pomyslnie |prawidlowo )?(wyslany|wyslane|wyslana|przekazany|przekazane|dostarczony|dostarczone|zlozony|zlozone)\b|\bwyslano (dokument|pismo)\b/;
/** The stems of SENT_SENTENCE's verbs, with and without Polish letters, matched on the raw text. */
const SENT_VERB_STEM = /wys[lł]an|wys[lł]ano|przekazan|dostarczon|z[lł]o[zż]on/i;
const NUMBER_LABELS = [
  'Numer dokumentu',
  'Nr dokumentu',
  'Identyfikator dokumentu',
  'Numer UPO',
  'Nr UPO',
  'Identyfikator UPO',
  'Numer referencyjny',
];
const DATE_LABELS = [
  'Data wysłania',
  'Data nadania',
  'Data i godzina wysłania',
  'Data doręczenia',
  'Data złożenia',
  'Data',
];

/** The confirmation details, or null when the page is not a "sent" confirmation. */
export function detectSentConfirmation(doc: Document): SentConfirmation | null {
  const body = doc.body;
  // Every ePUAP page passes here: a cheap look at the raw text first, the full normalisation only
  // when one of the verbs is there at all.
  const raw = body?.textContent ?? '';
  if (!body || !SENT_VERB_STEM.test(raw) || !SENT_SENTENCE.test(normalizeText(raw))) return null;
  if (!isConfirmationPage(doc)) return null;
  const result: SentConfirmation = {};
  const dateText = findLabelledText(body, DATE_LABELS)?.text ?? body.textContent ?? '';
  const sentAt = parsePolishDateTime(dateText) ?? parsePolishDateTime(body.textContent ?? '');
  if (sentAt) result.sentAt = sentAt;
  const number = findLabelledText(body, NUMBER_LABELS)?.text.match(/^[A-Za-z0-9][A-Za-z0-9/._-]*/)?.[0];
  if (number) result.documentNumber = number;
  return result;
}

/**
 * The confirmation page itself, not a page that mentions sending: the sentence is a heading or the page's
 * status message, and the page holds no letter editor (the form may say "wniosek zostanie wysłany…").
 */
function isConfirmationPage(doc: Document): boolean {
  if (doc.querySelector('textarea, [contenteditable="true"], [contenteditable=""]')) return false;
  for (const el of doc.querySelectorAll('h1, h2, h3, [role="status"], [role="alert"]'))
    if (SENT_SENTENCE.test(normalizeText(el.textContent))) return true;
  return false;
}

/** First "14.03.2026 10:22(:31)" or "2026-03-14 10:22(:31)" in the text, as "2026-03-14T10:22(:31)". */
export function parsePolishDateTime(text: string): string | undefined {
  const pl = text.match(
    /\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?:\s*(?:r\.)?\s*(?:,|godz\.)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
  );
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  const parts = pl ? [pl[3], pl[2], pl[1], pl[4], pl[5], pl[6]] : iso ? iso.slice(1, 7) : null;
  if (!parts) return undefined;
  const [y, mo, d, h, mi, s] = parts;
  const date = `${y}-${(mo ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  if (!h || !mi) return date;
  return `${date}T${h.padStart(2, '0')}:${mi}${s ? `:${s}` : ''}`;
}
