export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;

/**
 * The same passphrase typed on two systems can arrive as different Unicode sequences ("ą" as one code
 * point or as "a" + ogonek). Normalising to NFC before deriving the key means it opens the vault either way.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Polish message when the passphrase the clerk chose is too weak to protect the vault, else null. */
export function passphraseError(passphrase: string): string | null {
  const length = [...normalizePassphrase(passphrase)].length;
  if (passphrase.trim().length === 0 || length < MIN_PASSPHRASE_LENGTH)
    return `Hasło do sejfu musi mieć co najmniej ${MIN_PASSPHRASE_LENGTH} znaków. Najłatwiej zapamiętać kilka słów oddzielonych spacjami.`;
  if (length > MAX_PASSPHRASE_LENGTH)
    return `Hasło do sejfu może mieć najwyżej ${MAX_PASSPHRASE_LENGTH} znaków.`;
  return null;
}
