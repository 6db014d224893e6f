/**
 * Confirmations everywhere behave alike: Escape cancels them, and after cancelling the focus goes
 * back to the control that asked (never to <body>).
 */
export function escapeCancels(cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}

/** Focuses the first element matching `selector` once the view has been redrawn. */
export function focusSoon(selector: string, fallback?: string): void {
  requestAnimationFrame(() => {
    const target =
      document.querySelector<HTMLElement>(selector) ??
      (fallback ? document.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
  });
}
