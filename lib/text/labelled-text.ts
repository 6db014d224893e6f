// Reading a value shown as text beside its label ("Adresat: Ministerstwo Cyfryzacji",
// "<dt>Organizacja</dt><dd>…</dd>", "<td>Adresat</td><td><input readonly></td>"), without knowing the markup.
// One module for the always-on ePUAP script (the banner, the "sent" page) and the fill engine
// (lib/autofill/labelled-text.ts passes its own label rules): it imports only ./normalize (biome.json).

import { cleanLabel, hasContent, normalizeText } from './normalize';

export interface LabelledText {
  /** The value text, whitespace-collapsed; '' when the value is an empty input. */
  text: string;
  /** The element holding the label. */
  labelElement: Element;
}

/** The first letter of a text, after the separators an inline banner puts before a label. */
const FIRST_LETTER = /[^\s|•·,;/–-]/;

/** Captions of actions and hidden parts are not part of a shown value. */
const NOT_VALUE =
  'button, [role="button"], script, style, select, textarea, label, [hidden], [aria-hidden="true"]';

/** How a reader compares labels; the defaults are the always-on script's lean rules. */
export interface LabelRules {
  /** Label text without its decorations, normalised (default: ./normalize `cleanLabel`). */
  clean?: (text: string | null | undefined) => string;
  /**
   * A value in the label's own text must follow a separator ("Adresat: …", "Adresat – …", "Adresat * …"),
   * so "Adresat i treść" (a section heading) is a phrase, not a label with its value. Off for banners,
   * which write "Zalogowany jako Jan Kowalski".
   */
  separated?: boolean;
  /**
   * The value a text shown beside the label holds, decorations removed; '' when it holds none (default:
   * leading separators and a bracketed required marker removed, '' without a letter or digit).
   */
  value?: (raw: string) => string;
}

/**
 * Finds the first text node under `root` that starts with one of `labels` (whole words, any case or
 * diacritics) and returns the text that follows it: in the same text node, later in the same element,
 * or in the next sibling element (climbing a little when the label sits alone in a wrapper).
 */
export function findLabelledText(
  root: Element,
  labels: readonly string[],
  { clean = cleanLabel, separated, value = valueText }: LabelRules = {},
): LabelledText | null {
  // Longest first, so "Zalogowany jako" wins over "Zalogowany".
  const wanted = labels
    .map(clean)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  // This runs over whole pages on every ePUAP load: a text node whose first letter cannot begin any
  // label is skipped before the (comparatively costly) Unicode normalisation.
  const initials = new Set(wanted.map((label) => label[0]));
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.trim().length < 3) continue;
    const first = FIRST_LETTER.exec(raw)?.[0];
    if (!first || !initials.has(normalizeText(first))) continue;
    const parent = node.parentElement;
    if (!parent || /^(script|style|option|textarea)$/.test(parent.localName)) continue;
    const match = labelPrefix(raw, wanted);
    if (match === null || (separated && match.trim() && !/^\s*[:–\-*(]/.test(match))) continue;
    // A required marker or a colon after the label ("Adresat *") is decoration, not the value.
    const inline = value(match);
    const after = inline || value(textAfter(node, parent));
    const sibling = after ? null : siblingValue(parent, clean, value);
    const text = after || (sibling === null ? null : value(sibling));
    // A heading "Adresat" followed by the line "Adresat: …": the value is on that line, not the heading.
    if (text !== null && labelPrefix(text, wanted) === null) {
      return { text: text.replace(/\s+/g, ' ').trim(), labelElement: parent };
    }
  }
  return null;
}

/** A shown value without leading separators and decorations; '' when nothing but decoration is left. */
function valueText(raw: string): string {
  const text = raw.replace(/^[\s:–\-*]*(\((pole )?(wymagane|obowiązkowe)\)\s*)?[\s:–\-*]*/i, '').trim();
  return hasContent(text) ? text : '';
}

/** If `raw` starts with a wanted label, the rest of `raw` after it (original characters), else null. */
function labelPrefix(raw: string, wanted: readonly string[]): string | null {
  // Separators left over from an inline banner ("… | Organizacja: …") precede the label.
  const text = raw.replace(/^[\s|•·,;/–-]+/, '');
  const normalized = normalizeText(text);
  for (const label of wanted) {
    if (normalized === label || normalized.startsWith(`${label} `) || normalized.startsWith(`${label}:`)) {
      // Normalisation keeps one character per original letter, so the label length maps back after trimming.
      return text.replace(/\s+/g, ' ').slice(label.length);
    }
  }
  return null;
}

/** Readable text under `container`, after `node` when given. */
function readableText(container: Element, after?: Node): string {
  let text = '';
  let seen = !after;
  const walker = container.ownerDocument.createTreeWalker(container, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === after) seen = true;
    else if (seen && n.parentElement && !n.parentElement.closest(NOT_VALUE)) text += ` ${n.nodeValue ?? ''}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function textAfter(node: Node, container: Element): string {
  return readableText(container, node).replace(/^[\s:–-]+/, '');
}

/** The value in the next sibling element: an input's value (possibly ''), else its readable text. */
function siblingValue(
  labelElement: Element,
  clean: NonNullable<LabelRules['clean']>,
  value: NonNullable<LabelRules['value']>,
): string | null {
  let el: Element | null = labelElement;
  for (let level = 0; el && level < 3; level++) {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      // A component after the label is its field (its value inside, in its shadow): nothing further on.
      if (sib.shadowRoot) return null;
      if (sib.matches(NOT_VALUE)) continue;
      const input = sib.matches('input') ? sib : sib.querySelector('input:not([type="hidden"])');
      if (input && isRendered(input)) return (input as HTMLInputElement).value.trim();
      const text = readableText(sib);
      // A lone "*" beside the label is its required marker (and, by the engine's rules, an instruction is
      // help, not the value).
      if (value(text) !== '') return text;
    }
    // Climb only while the label is alone in its wrapper (e.g. <span><b>Organizacja</b></span><span>…</span>);
    // a required marker beside it does not count as company.
    if (clean(el.parentElement?.textContent) !== clean(el.textContent)) return null;
    el = el.parentElement;
  }
  return null;
}

const HIDDEN_ANCESTOR = '[hidden], [aria-hidden="true"], [inert], template, dialog:not([open])';

/** Whether a person could see the element (the same lenient rule as lib/autofill/dom.ts `isRendered`). */
function isRendered(el: Element): boolean {
  if (!el.isConnected || el.closest(HIDDEN_ANCESTOR)) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}
