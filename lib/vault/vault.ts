import { decodeBase64 as base64ToBytes, encodeBase64 as bytesToBase64 } from '../text/base64';
import {
  additionalData,
  DEFAULT_PBKDF2_ITERATIONS,
  IV_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
  VAULT_FORMAT,
  VAULT_VERSION,
  type VaultEnvelope,
  VaultEnvelopeSchema,
  type VaultSecrets,
  VaultSecretsSchema,
} from './envelope';
import { normalizePassphrase, passphraseError } from './passphrase';
import { randomBytes } from './random';

export type VaultFailureCode =
  | 'wrong-passphrase'
  | 'invalid-envelope'
  | 'unsupported-version'
  | 'weak-key-derivation'
  | 'invalid-content'
  | 'crypto-unavailable';

export type OpenVaultResult =
  | { ok: true; secrets: VaultSecrets }
  | { ok: false; code: VaultFailureCode; message: string };

export type SealFailureCode = 'weak-passphrase' | 'invalid-secrets' | 'crypto-unavailable' | 'crypto-failure';

/** Why a vault could not be sealed; the message is Polish and can be shown as is. */
export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: SealFailureCode,
    message: string,
  ) {
    super(message);
  }
}

const NOTHING_LOST = 'Zapisane hasła nie zostały zmienione.';

const MESSAGES: Record<VaultFailureCode, string> = {
  // AES-GCM cannot tell a wrong key from altered bytes, so the message covers both, passphrase first.
  'wrong-passphrase': `Nieprawidłowe hasło do sejfu albo uszkodzony plik sejfu. Sprawdź hasło (wielkość liter, polskie znaki, Caps Lock) i spróbuj ponownie. ${NOTHING_LOST}`,
  'invalid-envelope': `To nie jest prawidłowy plik sejfu asystenta albo plik został uszkodzony. ${NOTHING_LOST}`,
  'unsupported-version': `Sejf zapisano w nowszej wersji asystenta. Zaktualizuj rozszerzenie, aby go otworzyć. ${NOTHING_LOST}`,
  'weak-key-derivation': `Sejf ma zbyt słabe zabezpieczenie hasła (za mało iteracji) i nie zostanie otwarty – mógł zostać podmieniony. ${NOTHING_LOST}`,
  'invalid-content': `Sejf otworzył się, ale jego zawartość jest niekompletna. ${NOTHING_LOST}`,
  'crypto-unavailable': `Ta przeglądarka nie udostępnia szyfrowania (WebCrypto). ${NOTHING_LOST}`,
};

const failure = (code: VaultFailureCode): OpenVaultResult => ({ ok: false, code, message: MESSAGES[code] });

function subtleCrypto(): SubtleCrypto | null {
  return globalThis.crypto?.subtle ?? null;
}

async function deriveKey(
  subtle: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/**
 * Encrypts the two certificate passwords under the clerk's passphrase. A fresh salt and IV are drawn
 * on every call: re-sealing the same secrets never reuses either (an IV reused under one AES-GCM key
 * would expose the plaintexts).
 */
export async function sealVault(secrets: VaultSecrets, passphrase: string): Promise<VaultEnvelope> {
  const weak = passphraseError(passphrase);
  if (weak) throw new VaultError('weak-passphrase', weak);
  const parsed = VaultSecretsSchema.safeParse(secrets);
  if (!parsed.success)
    throw new VaultError('invalid-secrets', 'Brakuje danych do zapisania w sejfie (haseł lub gminy).');
  const subtle = subtleCrypto();
  if (!subtle) throw new VaultError('crypto-unavailable', MESSAGES['crypto-unavailable']);

  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = {
    format: VAULT_FORMAT,
    version: VAULT_VERSION,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: DEFAULT_PBKDF2_ITERATIONS,
      salt: bytesToBase64(salt),
    },
  } as const;
  try {
    const key = await deriveKey(subtle, passphrase, salt, header.kdf.iterations, 'encrypt');
    const plaintext = new TextEncoder().encode(JSON.stringify(parsed.data));
    const ciphertext = await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header) },
      key,
      plaintext,
    );
    return {
      ...header,
      cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
      ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
    };
  } catch {
    // WebCrypto's DOMExceptions say nothing useful to a clerk; the envelope was never written.
    throw new VaultError(
      'crypto-failure',
      'Nie udało się zaszyfrować sejfu. Nic nie zostało zapisane – spróbuj ponownie, a hasła przepisz najpierw w bezpieczne miejsce.',
    );
  }
}

/**
 * Decrypts a vault. Never throws: every failure (wrong passphrase, tampering, a foreign or future file)
 * comes back as a typed result with a Polish message, and the envelope is left as it was.
 */
export async function openVault(envelope: unknown, passphrase: string): Promise<OpenVaultResult> {
  const parsed = VaultEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return failure('invalid-envelope');
  const header = parsed.data;
  if (header.version > VAULT_VERSION) return failure('unsupported-version');
  if (header.version !== VAULT_VERSION) return failure('invalid-envelope');
  if (header.kdf.iterations < MIN_PBKDF2_ITERATIONS) return failure('weak-key-derivation');
  if (header.kdf.iterations > MAX_PBKDF2_ITERATIONS) return failure('invalid-envelope');

  const salt = base64ToBytes(header.kdf.salt);
  const iv = base64ToBytes(header.cipher.iv);
  const ciphertext = base64ToBytes(header.ciphertext);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !ciphertext)
    return failure('invalid-envelope');

  const subtle = subtleCrypto();
  if (!subtle) return failure('crypto-unavailable');
  let plaintext: ArrayBuffer;
  try {
    const key = await deriveKey(subtle, passphrase, salt, header.kdf.iterations, 'decrypt');
    plaintext = await subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header) },
      key,
      ciphertext,
    );
  } catch {
    return failure('wrong-passphrase');
  }
  try {
    const secrets = VaultSecretsSchema.safeParse(JSON.parse(new TextDecoder().decode(plaintext)));
    return secrets.success ? { ok: true, secrets: secrets.data } : failure('invalid-content');
  } catch {
    return failure('invalid-content');
  }
}
