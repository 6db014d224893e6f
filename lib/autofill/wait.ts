// Waiting for asynchronous pages without polling: re-check only when the DOM changes, give up on a timeout.

import { collectDocuments, showsBusy } from './dom';

export interface WaitOptions {
  timeoutMs: number;
  /** After a change, wait this long without further changes before checking (lets a list finish rendering). */
  settleMs?: number;
  /** Also re-check this often: for what mutation observers cannot see (a frame loading its document). */
  pollMs?: number;
  /**
   * Give up early, with a last check, once the DOM has not changed for this long: a page that stopped
   * changing will not produce the result any more (results that came in batches have all come).
   */
  quietMs?: number;
  /** With settleMs: check once at once too (a page already showing what is awaited needs no quiet period). */
  checkFirst?: boolean;
}

/**
 * Resolves with the first non-null result of `check`, evaluated now and after DOM mutations in `roots`,
 * or with null when the timeout passes. Never rejects: a failing check counts as "not yet".
 */
export function waitFor<T>(
  roots: readonly Node[],
  check: () => T | null,
  options: WaitOptions,
): Promise<T | null> {
  const safeCheck = (): T | null => {
    try {
      return check();
    } catch {
      return null;
    }
  };
  const first = options.settleMs && !options.checkFirst ? null : safeCheck();
  if (first !== null) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: T | null): void => {
      clearInterval(poll);
      clearTimeout(quiet);
      for (const observer of observers) observer.disconnect();
      clearTimeout(timeout);
      clearTimeout(settleTimer);
      resolve(result);
    };
    const evaluate = (): void => {
      const result = safeCheck();
      if (result !== null) finish(result);
    };
    const restartQuiet = (): void => {
      if (options.quietMs === undefined) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => finish(safeCheck()), options.quietMs);
    };
    const onChange = (): void => {
      restartQuiet();
      if (!options.settleMs) {
        evaluate();
        return;
      }
      clearTimeout(settleTimer);
      settleTimer = setTimeout(evaluate, options.settleMs);
    };
    const timeout = setTimeout(() => finish(safeCheck()), options.timeoutMs);
    for (const root of roots) {
      const view = (root.ownerDocument ?? (root as Document)).defaultView;
      if (!view) continue;
      const observer = new view.MutationObserver(onChange);
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      observers.push(observer);
    }
    if (options.pollMs) poll = setInterval(evaluate, options.pollMs);
    restartQuiet();
    // With settling, the state may already be final (nothing will mutate): check once after a quiet period.
    if (options.settleMs) settleTimer = setTimeout(evaluate, options.settleMs);
  });
}

/**
 * Resolves once the documents under `top` (frames included, as they load) have had no DOM change for
 * `quietMs`, or after `maxMs` at the latest: the bounded "page settled" wait of the verify stage.
 */
export function settle(roots: () => readonly Node[], quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const observers: MutationObserver[] = [];
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => {
      clearTimeout(quiet);
      clearTimeout(cap);
      for (const observer of observers) observer.disconnect();
      resolve();
    };
    const cap = setTimeout(done, maxMs);
    const restart = (): void => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    for (const root of roots()) {
      const view = (root.ownerDocument ?? (root as Document)).defaultView;
      if (!view) continue;
      const observer = new view.MutationObserver(restart);
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      observers.push(observer);
    }
    restart();
  });
}

/** How long a fill waits at most for a page that shows it is still working. */
const BUSY_MAX_MS = 5000;

/**
 * Resolves once the page (every frame) no longer shows that it is working ("Przetwarzanie…", a progress
 * bar), or after `maxMs`: what it sent to its server is kept only once the answer is in.
 */
export function untilIdle(top: Document, maxMs = BUSY_MAX_MS): Promise<unknown> {
  const roots = collectDocuments(top).map((d) => d.doc.documentElement);
  return waitFor(roots, () => (showsBusy(collectDocuments(top)) ? null : true), {
    timeoutMs: maxMs,
    pollMs: 100,
    checkFirst: true,
  });
}
