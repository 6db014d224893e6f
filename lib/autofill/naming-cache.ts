// What a control is called (its label clues, groups, evidence) is read once per fill pass and kept until the
// page changes. One fill locates a field several times (the form shown, the fill, a re-render, the verify)
// and every locate scores every control of the page: without this, the same labels are read again each time.
//
// A pass watches, with MutationObservers, every tree it read names from (each document and each open shadow
// root the named elements live in). Before any cached name is used, the observers' pending records are taken
// synchronously, so a change the page made a moment ago is never missed; any change that may alter a name
// (nodes added or removed, text, an attribute other than a control's own state) clears the whole cache.
// Which controls exist is not cached: a form re-rendered, or a shadow root attached later (which fires no
// mutation), is found by the next collection, and its new elements have no cached names.

interface Pass {
  entries: WeakMap<Element, Map<string, unknown>>;
  observers: Map<Node, MutationObserver>;
  depth: number;
  stats: NamingStats;
}

export interface NamingStats {
  /** Names computed (not found in the cache). */
  computed: number;
  /** Names taken from the cache. */
  reused: number;
  /** Times a page change cleared the cache. */
  cleared: number;
}

let pass: Pass | null = null;

/**
 * Attributes a page changes while it is filled that never change what a person reads as a field's name:
 * the control's state and validation. A class or style change on a text input itself only restyles it (not
 * on a textarea or select: an editor or a list widget hides the page's own one to stand in for it).
 */
const NAME_NEUTRAL = new Set([
  'value',
  'checked',
  'selected',
  'disabled',
  'required',
  'aria-invalid',
  'aria-required',
  'aria-disabled',
  'aria-expanded',
  'aria-activedescendant',
  'aria-selected',
  'aria-checked',
  'aria-pressed',
  'aria-busy',
  'aria-describedby',
  'aria-errormessage',
  'aria-valuenow',
  'aria-valuetext',
  'autocomplete',
  'spellcheck',
  'tabindex',
  'maxlength',
  'minlength',
  'pattern',
  'inputmode',
]);
const CONTROL_STYLE = new Set(['class', 'style']);

function mayRename(record: MutationRecord): boolean {
  if (record.type !== 'attributes') return true;
  const name = record.attributeName ?? '';
  if (NAME_NEUTRAL.has(name)) return false;
  return !(CONTROL_STYLE.has(name) && (record.target as Element).localName === 'input');
}

function clear(p: Pass): void {
  p.entries = new WeakMap();
  p.stats.cleared++;
}

/** Takes the observers' pending records now (their callbacks come later, after a microtask). */
function flush(p: Pass): void {
  let changed = false;
  for (const observer of p.observers.values()) if (observer.takeRecords().some(mayRename)) changed = true;
  if (changed) clear(p);
}

function watch(p: Pass, node: Node): void {
  const trees = [node.getRootNode(), node.ownerDocument];
  for (const tree of trees) {
    if (!tree || p.observers.has(tree)) continue;
    const view = (tree.ownerDocument ?? (tree as Document)).defaultView;
    if (!view) continue;
    const observer = new view.MutationObserver((records) => {
      if (pass === p && records.some(mayRename)) clear(p);
    });
    observer.observe(tree, { childList: true, subtree: true, attributes: true, characterData: true });
    p.observers.set(tree, observer);
  }
}

/**
 * Opens a naming pass (one fill); the returned function closes it. Passes nest: an inner one (the engine's
 * fill inside the MC form's fill) shares the outer one's cache.
 */
export function openNamingPass(): () => void {
  if (pass) pass.depth++;
  else
    pass = {
      entries: new WeakMap(),
      observers: new Map(),
      depth: 1,
      stats: { computed: 0, reused: 0, cleared: 0 },
    };
  const p = pass;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    p.depth--;
    if (p.depth > 0) return;
    for (const observer of p.observers.values()) observer.disconnect();
    p.observers.clear();
    if (pass === p) pass = null;
  };
}

/**
 * The name data `compute` gives for `el` under `key`, computed once while the page does not change. Outside
 * a pass (or for an element not in the page) it is simply computed. `alsoRead`: another element whose tree
 * the name is read from (an editor's iframe in the page around the frame's body).
 */
export function cachedNaming<T>(el: Element, key: string, compute: () => T, alsoRead?: Element): T {
  const p = pass;
  if (!p || !el.isConnected) return compute();
  flush(p);
  const byKey = p.entries.get(el);
  if (byKey?.has(key)) {
    p.stats.reused++;
    return byKey.get(key) as T;
  }
  watch(p, el);
  if (alsoRead) watch(p, alsoRead);
  const value = compute();
  p.stats.computed++;
  if (byKey) byKey.set(key, value);
  else p.entries.set(el, new Map([[key, value]]));
  return value;
}

/** The open pass's counts (tests; null outside a pass). */
export function namingStats(): NamingStats | null {
  return pass ? { ...pass.stats } : null;
}
