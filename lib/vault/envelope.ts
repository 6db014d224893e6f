import { z } from 'zod';

export const VAULT_FORMAT = 'asystent-epuap-vault';
export const VAULT_VERSION = 1;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256; envelopes claiming fewer are refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const DEFAULT_PBKDF2_ITERATIONS = MIN_PBKDF2_ITERATIONS;
/** A crafted envelope must not make the extension hang for minutes deriving a key. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

const Base64Text = z.string().min(1);

/**
 * The encrypted vault as stored in IndexedDB and in exports. Everything needed to open it with the
 * passphrase travels with it (salt, IV, iteration count), so a later release can raise the count
 * and still open old vaults.
 */
export const VaultEnvelopeSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  version: z.number().int(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int(),
    salt: Base64Text,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64Text }),
  ciphertext: Base64Text,
});
export type VaultEnvelope = z.output<typeof VaultEnvelopeSchema>;

export const VaultSecretsSchema = z.object({
  revocation: z.string().min(1),
  p12: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  profileId: z.string().min(1),
});
export type VaultSecrets = z.output<typeof VaultSecretsSchema>;

/**
 * Authenticated with the ciphertext (AES-GCM additional data): editing the header, e.g. the iteration
 * count, breaks decryption even where the key derivation alone would not notice.
 */
export function additionalData(
  envelope: Pick<VaultEnvelope, 'format' | 'version' | 'kdf'>,
): Uint8Array<ArrayBuffer> {
  const { format, version, kdf } = envelope;
  return new TextEncoder().encode(`${format}:${version}:${kdf.name}-${kdf.hash}:${kdf.iterations}`);
}
