// Recipient pickers that are not a search: a tree of entities (expand "Administracja rządowa ›
// Ministerstwa", its children possibly loaded later, then "Wybierz" on the node), or two dependent lists
// (the kind of entity first, then the entity, listed after the first choice). A person opens only the
// branches whose names lead to the recipient's kind and takes only a node or option that is the name
// itself (the exact-match rules of the search): a near name is another recipient.

import { deepQueryAll, type FrameDocument, isRendered } from './dom';
import { findButton, labelScore } from './locate';
import { lineNames, normalizeName } from './recipient-names';
import { safeClick } from './safety';
import { dispatchFocus, dispatchValueEvents, setNativeProperty } from './set-value';
import { normalizeText } from './text';
import { waitFor } from './wait';

interface Timing {
  timeoutMs: number;
  settleMs: number;
}

/** What browsing found: the node or option taken, none that is the name, or several that are. */
export type BrowseOutcome =
  | { status: 'picked'; element: Element; scope: Element | null; kind: 'tree' | 'select' }
  | { status: 'none'; element: Element }
  | { status: 'ambiguous'; count: number; element: Element };

const NODE = '[role="treeitem"], li';
const GROUP = '[role="group"], ul, ol';
const LOADING = /^(ladowanie|wczytywanie|trwa ladowanie|loading)/;
/** At most this many branches are opened, this deep: a directory tree is browsed, not crawled. */
const MAX_EXPANSIONS = 16;
const MAX_DEPTH = 5;

/**
 * Kinds of public bodies and the names of the branches or categories that hold them. Generic
 * administrative vocabulary (normalized: no diacritics), not any page's wording.
 */
const KINDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(ministerstw|minister\b)/, /ministerst|administracj\w* rzadow|rzadow|centraln|naczeln/],
  [
    /^(urzad (gminy|miasta)|gmin|miast|starostw|powiat|urzad marszalk|wojewodztw)/,
    /samorzad|terytorialn|gmin|powiat|wojewodztw/,
  ],
  [/^(urzad wojewodzki|wojewoda)/, /rzadow|teren|wojewod/],
];

/** Whether a branch or category name plausibly leads to the recipient: its kind, or a word stem shared. */
export function leadsTo(branch: string, wanted: string): boolean {
  const b = normalizeName(branch);
  const w = normalizeName(wanted);
  if (!b || LOADING.test(b)) return false;
  if (KINDS.some(([kind, holds]) => kind.test(w) && holds.test(b))) return true;
  const stems = (t: string): string[] =>
    t
      .split(/[^a-z0-9]+/)
      .filter((x) => x.length >= 6)
      .map((x) => x.slice(0, 6));
  const wantedStems = new Set(stems(w));
  return stems(b).some((s) => wantedStems.has(s));
}

// ---- trees

/** A rendered tree: an ARIA tree, or a list whose items open with toggles (aria-expanded, details). */
export function findTree(docs: readonly FrameDocument[]): Element | null {
  for (const { doc } of docs) {
    const trees = deepQueryAll(doc, '[role="tree"]').filter(isRendered);
    if (trees[0]) return trees[0];
  }
  for (const { doc } of docs) {
    for (const list of deepQueryAll(doc, 'ul, ol')) {
      if (list.parentElement?.closest('ul, ol') || !isRendered(list)) continue;
      if (
        list.querySelector(
          ':scope > li > [aria-expanded], :scope > li > * > [aria-expanded], :scope > li > details',
        )
      )
        return list;
    }
  }
  return null;
}

/** The nodes directly under a tree or node (the nearest node around each is `parent`). */
function childNodes(parent: Element, tree: Element): Element[] {
  const aria = tree.getAttribute('role') === 'tree';
  const selector = aria ? '[role="treeitem"]' : 'li';
  return Array.from(parent.querySelectorAll(selector)).filter((n) => {
    const up = n.parentElement?.closest(aria ? '[role="treeitem"]' : NODE);
    return (up === parent || (parent === tree && (!up || !tree.contains(up)))) && isRendered(n);
  });
}

/** The parts of a node that are its own (its row), not its children's. */
function ownParts(node: Element): Element[] {
  return Array.from(node.children).filter((c) => !c.matches(GROUP) && !c.querySelector(NODE));
}

/** A node's name: its ARIA name, else the text of its own row without its buttons' words. */
function nodeName(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label?.trim()) return label;
  const parts = ownParts(node);
  const text = (parts.length ? parts : [node])
    .map((p) => {
      const copy = p.cloneNode(true) as Element;
      for (const b of Array.from(copy.querySelectorAll('button, [role="button"], input'))) b.remove();
      return copy.matches?.('button, [role="button"]') ? '' : (copy.textContent ?? '');
    })
    .join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

function isExpandable(node: Element): boolean {
  if (node.hasAttribute('aria-expanded')) return true;
  return ownParts(node).some(
    (p) => p.matches('[aria-expanded], details, summary') || p.querySelector('[aria-expanded]'),
  );
}

function isExpanded(node: Element): boolean {
  const flag =
    node.getAttribute('aria-expanded') ??
    ownParts(node)
      .map((p) => (p.matches('[aria-expanded]') ? p : p.querySelector('[aria-expanded]')))
      .find(Boolean)
      ?.getAttribute('aria-expanded');
  return flag === 'true';
}

/** What a person clicks to open a node: its own toggle, else its name. */
function toggleOf(node: Element, pickLabels: readonly string[]): Element {
  const parts = ownParts(node);
  for (const p of parts) {
    const flagged = p.matches('[aria-expanded]') ? p : p.querySelector('[aria-expanded]');
    if (flagged) return flagged;
  }
  const pick = findButton(parts, pickLabels);
  for (const p of parts) {
    const button = Array.from(p.querySelectorAll('button, [role="button"], summary')).find((b) => b !== pick);
    if (button) return button;
  }
  const name = normalizeName(nodeName(node));
  for (const p of parts) {
    const holders = [p, ...Array.from(p.querySelectorAll('*'))].filter(
      (el) => normalizeName(el.textContent) === name,
    );
    const deepest = holders[holders.length - 1];
    if (deepest) return deepest;
  }
  return parts[0] ?? node;
}

/** Opens a node and waits until its children are shown (loaded later by many pages). */
async function expand(
  node: Element,
  tree: Element,
  pickLabels: readonly string[],
  timing: Timing,
): Promise<Element[]> {
  const loaded = (): Element[] | null => {
    if (node.matches('[aria-busy="true"]') || node.querySelector('[aria-busy="true"]')) return null;
    const kids = childNodes(node, tree).filter((k) => !LOADING.test(normalizeText(k.textContent)));
    return kids.length > 0 ? kids : null;
  };
  if (isExpanded(node)) {
    const shown = loaded();
    if (shown) return shown;
  } else if (!safeClick(toggleOf(node, pickLabels))) return [];
  const root = tree.ownerDocument.documentElement;
  return (
    (await waitFor([root], loaded, {
      timeoutMs: Math.min(timing.timeoutMs, 5000),
      settleMs: timing.settleMs,
      checkFirst: true,
    })) ?? []
  );
}

/**
 * Browses the tree for the node named exactly `target`, opening only branches that lead to its kind;
 * every such branch is read, so that a second node of that name stops the fill with a question.
 */
export async function pickInTree(
  tree: Element,
  target: string,
  labels: { pick: readonly string[]; confirm: readonly string[] },
  timing: Timing,
): Promise<BrowseOutcome> {
  const matches: Element[] = [];
  let expansions = 0;
  const visit = async (nodes: Element[], depth: number): Promise<void> => {
    const branches: Element[] = [];
    for (const node of nodes) {
      const name = nodeName(node);
      if (lineNames(normalizeName(name), target)) matches.push(node);
      else if (depth < MAX_DEPTH && isExpandable(node) && leadsTo(name, target)) branches.push(node);
    }
    for (const branch of branches) {
      if (expansions++ >= MAX_EXPANSIONS) return;
      await visit(await expand(branch, tree, labels.pick, timing), depth + 1);
    }
  };
  await visit(childNodes(tree, tree), 0);
  if (matches.length === 0) return { status: 'none', element: tree };
  if (matches.length > 1)
    return { status: 'ambiguous', count: matches.length, element: matches[0] as Element };
  const node = matches[0] as Element;
  const scope = tree.closest('[role="dialog"], dialog, [aria-modal="true"]') ?? tree.parentElement;
  const parts = ownParts(node);
  const pick = findButton(parts, labels.pick);
  if (pick) {
    if (!safeClick(pick)) return { status: 'none', element: node };
  } else {
    // Selecting the node (its name), then the picker's own confirm button when it has one.
    const name = normalizeName(nodeName(node));
    const holder =
      parts
        .flatMap((p) => [p, ...Array.from(p.querySelectorAll('*'))])
        .filter((el) => normalizeName(el.textContent) === name)
        .pop() ?? node;
    if (!safeClick(holder)) return { status: 'none', element: node };
    const confirm = scope ? findButton([scope], [...labels.confirm, ...labels.pick]) : null;
    if (confirm && !node.contains(confirm)) safeClick(confirm);
  }
  return { status: 'picked', element: node, scope, kind: 'tree' };
}

// ---- dependent lists

function isPlaceholder(option: HTMLOptionElement): boolean {
  return option.value === '' || option.disabled;
}

function exactOptions(select: HTMLSelectElement, target: string): HTMLOptionElement[] {
  return Array.from(select.options).filter(
    (o) => !isPlaceholder(o) && lineNames(normalizeName(o.textContent), target),
  );
}

function choose(select: HTMLSelectElement, option: HTMLOptionElement): void {
  dispatchFocus(select);
  setNativeProperty(select, 'selectedIndex', option.index);
  option.selected = true;
  dispatchValueEvents(select, null);
}

/**
 * The lists a recipient is chosen in: one listing the recipient itself, or a list of kinds followed by
 * the recipient's list (named like the field, or empty/disabled until the kind is chosen).
 */
export function findDependentSelects(
  docs: readonly FrameDocument[],
  fieldLabels: readonly string[],
  target: string,
): { first: HTMLSelectElement | null; second: HTMLSelectElement } | null {
  for (const { doc } of docs) {
    const selects = deepQueryAll(doc, 'select').filter(isRendered) as HTMLSelectElement[];
    const direct = selects.find(
      (s) => exactOptions(s, target).length > 0 && labelScore(s, fieldLabels) >= 0.5,
    );
    if (direct) return { first: null, second: direct };
    for (let k = 0; k + 1 < selects.length; k++) {
      const first = selects[k] as HTMLSelectElement;
      if (!Array.from(first.options).some((o) => !isPlaceholder(o) && leadsTo(o.textContent ?? '', target)))
        continue;
      const second = selects[k + 1] as HTMLSelectElement;
      const waiting = second.disabled || Array.from(second.options).every(isPlaceholder);
      if (waiting || labelScore(second, fieldLabels) >= 0.5) return { first, second };
    }
  }
  return null;
}

/** Chooses the kind that leads to the recipient, waits for the second list, takes the exact name. */
export async function pickInDependentSelects(
  pair: { first: HTMLSelectElement | null; second: HTMLSelectElement },
  target: string,
  timing: Timing,
): Promise<BrowseOutcome> {
  const { first, second } = pair;
  const take = (options: HTMLOptionElement[]): BrowseOutcome => {
    if (options.length > 1) return { status: 'ambiguous', count: options.length, element: second };
    choose(second, options[0] as HTMLOptionElement);
    return { status: 'picked', element: second, scope: null, kind: 'select' };
  };
  const now = exactOptions(second, target);
  if (now.length > 0 || !first) return now.length ? take(now) : { status: 'none', element: second };
  const kinds = Array.from(first.options).filter(
    (o) => !isPlaceholder(o) && leadsTo(o.textContent ?? '', target),
  );
  for (const kind of kinds.slice(0, 4)) {
    const before = Array.from(second.options)
      .map((o) => o.value + o.text)
      .join('|');
    choose(first, kind);
    // The list is loaded when it is enabled and changed (placeholder-only lists count as loading).
    const loaded = await waitFor(
      [second.ownerDocument.documentElement],
      () => {
        const options = Array.from(second.options);
        if (second.disabled || options.every(isPlaceholder)) return null;
        return options.map((o) => o.value + o.text).join('|') !== before || kind === kinds[0] ? true : null;
      },
      { timeoutMs: Math.min(timing.timeoutMs, 5000), settleMs: timing.settleMs, checkFirst: false },
    );
    if (!loaded) continue;
    const exact = exactOptions(second, target);
    if (exact.length > 0) return take(exact);
  }
  return { status: 'none', element: second };
}
