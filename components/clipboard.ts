/** How long a copied secret (a certificate password) stays on the clipboard. */
export const CLIPBOARD_CLEAR_MS = 60_000;

let clearTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Copies text meant to be pasted elsewhere (the hand-over e-mail); falls back to selecting it in a hidden
 * field where the Clipboard API is refused.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('Nie udało się skopiować. Zaznacz tekst i naciśnij Ctrl+C.');
  }
}

/**
 * Copies a secret; the text never lands in the page's DOM on the way (so no fallback field). The
 * clipboard is emptied `clearAfterMs` later (every other program can read it, and a password left there
 * is pasted by mistake into an e-mail or a chat). A later copy restarts the countdown.
 */
export async function copySecret(text: string, clearAfterMs = CLIPBOARD_CLEAR_MS): Promise<void> {
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
