/**
 * The never-submit guard in the page's own world. The engine runs in the extension's isolated world,
 * which cannot patch the page's `HTMLFormElement.prototype.submit`/`requestSubmit` (Chrome's isolated
 * world has its own prototypes, Firefox's Xray refuses the write): there only the cancelled submit event
 * guards (lib/autofill/safety.ts), and a page handler calling `form.submit()` would still send the form.
 * So for the duration of a fill the background installs, with `scripting.executeScript({ world: 'MAIN' })`
 * into every frame of the tab, a guard that makes both methods do nothing, and removes it afterwards.
 * Nothing is declared in `web_accessible_resources`: the function is passed to the browser, not a file.
 *
 * What it does not stop: a page that saved the original method before the fill (or that finds and calls
 * the restore function) can still submit; such a page is hostile, and its submission is the page's own.
 * Firefox supports `world: 'MAIN'` from version 128 (the manifest asks for 140); where the call fails the
 * event guard stays the only one and the fill goes on.
 */
import { browser } from 'wxt/browser';

/** How long the guard outlives the fill: a page handler may submit from a timer right after a change. */
export const GUARD_GRACE_MS = 1000;
/** The guard never stays longer than this, whatever happens to the fill or the service worker. */
export const GUARD_MAX_MS = 120_000;

/**
 * Runs in the page's world (serialised by the browser: self-contained). `key` names the restore function
 * on `window`, a random name per tab kept by the background.
 */
export function mainWorldGuard(on: boolean, key: string, maxMs: number): boolean {
  const w = window as unknown as Record<string, (() => void) | undefined>;
  const proto = (window as unknown as { HTMLFormElement?: { prototype: object } }).HTMLFormElement?.prototype;
  if (!proto) return false;
  if (!on) {
    w[key]?.();
    return true;
  }
  if (w[key]) return true;
  const names = ['submit', 'requestSubmit'] as const;
  const own = names.map((name) => Object.getOwnPropertyDescriptor(proto, name));
  const blocked = function blockedByAsystentEpuap() {};
  names.forEach((name, i) => {
    const descriptor = own[i];
    if (descriptor) Object.defineProperty(proto, name, { ...descriptor, value: blocked });
  });
  const restore = () => {
    names.forEach((name, i) => {
      const descriptor = own[i];
      if (descriptor) Object.defineProperty(proto, name, descriptor);
    });
    delete w[key];
  };
  Object.defineProperty(w, key, { value: restore, configurable: true });
  setTimeout(() => {
    if (w[key] === restore) restore();
  }, maxMs);
  return true;
}

type Execute = (options: {
  target: { tabId: number; allFrames: boolean };
  world: 'MAIN';
  func: typeof mainWorldGuard;
  args: [boolean, string, number];
}) => Promise<unknown>;

/**
 * One guard per tab, switched on when a fill starts and off (after a short grace) when it ends; a fill
 * that starts during the grace keeps it on. Answers whether the page-world guard is in place.
 */
export function createSubmitGuard(
  execute: Execute = (options) => browser.scripting.executeScript(options as never),
  graceMs = GUARD_GRACE_MS,
): (tabId: number, on: boolean) => Promise<boolean> {
  const tabs = new Map<number, { key: string; generation: number }>();
  const run = (tabId: number, on: boolean, key: string) =>
    execute({
      target: { tabId, allFrames: true },
      world: 'MAIN',
      func: mainWorldGuard,
      args: [on, key, GUARD_MAX_MS],
    })
      .then(() => true)
      .catch(() => false);
  return async (tabId, on) => {
    const known = tabs.get(tabId);
    if (on) {
      const state = known ?? { key: `__asystent_${crypto.randomUUID().replace(/-/g, '')}`, generation: 0 };
      state.generation++;
      tabs.set(tabId, state);
      return run(tabId, true, state.key);
    }
    if (!known) return false;
    const generation = known.generation;
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    if (tabs.get(tabId)?.generation !== generation) return true;
    tabs.delete(tabId);
    return run(tabId, false, known.key);
  };
}
