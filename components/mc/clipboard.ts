/** Copies a password to the clipboard; the text never lands in the page's DOM on the way. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error('Nie udało się skopiować. Pokaż hasło, zaznacz je i naciśnij Ctrl+C.');
  }
}
