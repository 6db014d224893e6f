/**
 * The password vault for the MC form: generates the two certificate passwords and keeps them
 * encrypted under a passphrase the clerk chooses (PBKDF2-SHA-256 → AES-GCM-256, WebCrypto only).
 * Nothing here logs, so secrets never end up in a log.
 */
export {
  DEFAULT_PBKDF2_ITERATIONS,
  IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
  VAULT_FORMAT,
  VAULT_VERSION,
  type VaultEnvelope,
  VaultEnvelopeSchema,
  type VaultSecrets,
  VaultSecretsSchema,
} from './envelope';
export {
  generatePassword,
  generatePasswordPair,
  generatePasswordPairFitting,
  type PasswordPair,
  PasswordRulesError,
} from './generate-password';
export { describeConstraints, type PagePasswordConstraints, satisfiesConstraints } from './page-constraints';
export {
  MIN_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_SCORE,
  type PassphraseStrength,
  passphraseError,
  passphraseStrength,
} from './passphrase';
export {
  CHARACTER_CLASSES,
  type CharacterClass,
  DEFAULT_PASSWORD_LENGTH,
  DEFAULT_SYMBOLS,
  LOOK_ALIKES,
  MIN_PASSWORD_LENGTH,
  type ParsedRules,
  type PasswordRules,
  type PasswordRulesInput,
  PasswordRulesSchema,
  parsePasswordRules,
} from './password-rules';
export {
  type OpenVaultResult,
  openVault,
  type SealFailureCode,
  sealVault,
  VaultError,
  type VaultFailureCode,
} from './vault';
