/** How long a copied password stays on the clipboard. */
export const CLIPBOARD_CLEAR_MS = 60_000;

let clearTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Copies a password to the clipboard; the text never lands in the page's DOM on the way. The clipboard
 * is emptied `clearAfterMs` later (every other program can read it, and a password left there is pasted
 * by mistake into an e-mail or a chat). A later copy restarts the countdown.
 */
export async function copyText(text: string, clearAfterMs = CLIPBOARD_CLEAR_MS): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error('Nie udało się skopiować. Pokaż hasło, zaznacz je i naciśnij Ctrl+C.');
  }
  if (clearTimer) clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    clearTimer = null;
    void clearClipboard();
  }, clearAfterMs);
}

/**
 * Empties the clipboard. The browser allows it only while the page has focus: if the clerk is in another
 * window then, it happens as soon as they come back.
 */
export async function clearClipboard(): Promise<void> {
  try {
    await navigator.clipboard.writeText('');
  } catch {
    globalThis.addEventListener?.('focus', () => void clearClipboard(), { once: true });
  }
}
