/** The opened vault closes after this long without the clerk touching mc.html. */
export const VAULT_IDLE_MS = 10 * 60_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once `ms` pass with no pointer or key activity on `target`; `stop` ends the watch.
 * A password left open on an unattended screen is readable by anyone walking by.
 */
export function watchIdle(
  onIdle: () => void,
  ms: number = VAULT_IDLE_MS,
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = globalThis,
): { stop: () => void } {
  let timer = setTimeout(fire, ms);
  function fire() {
    stop();
    onIdle();
  }
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(fire, ms);
  }
  function stop() {
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, reset, true);
  }
  for (const type of ACTIVITY) target.addEventListener(type, reset, { capture: true, passive: true });
  return { stop };
}
