import { beforeAll, describe, expect, it } from 'vitest';
import {
  MIN_PBKDF2_ITERATIONS,
  openVault,
  sealVault,
  type VaultEnvelope,
  VaultEnvelopeSchema,
} from '../../../lib/vault';
import { flipBit, PASSPHRASE, secrets } from './fixtures';

// Each open or seal runs PBKDF2 at 600 000 iterations (~0.15–1 s): one envelope is sealed for the whole
// file and each failure case costs a single derivation at most.
let envelope: VaultEnvelope;
beforeAll(async () => {
  envelope = await sealVault(secrets(), PASSPHRASE);
});

const WRONG = /^Nieprawidłowe hasło do sejfu/;

describe('sealVault / openVault', () => {
  it('round trip: the right passphrase gives back exactly the secrets', async () => {
    expect(await openVault(envelope, PASSPHRASE)).toEqual({ ok: true, secrets: secrets() });
  });

  it('the envelope is plain JSON with base64 fields, a version and the iteration count', () => {
    const restored = JSON.parse(JSON.stringify(envelope));
    expect(VaultEnvelopeSchema.parse(restored)).toEqual(envelope);
    expect(envelope).toMatchObject({
      format: 'asystent-epuap-vault',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(envelope.kdf.salt)).toHaveLength(16);
    expect(atob(envelope.cipher.iv)).toHaveLength(12);
    // Nothing readable leaks into the envelope.
    const text = JSON.stringify(envelope);
    expect(text).not.toContain(secrets().p12);
    expect(text).not.toContain(secrets().revocation);
  });

  it('a wrong passphrase is a typed failure with a Polish message, not an exception', async () => {
    const result = await openVault(envelope, 'zielony rower pod ratuszem!');
    expect(result).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    expect(!result.ok && result.message).toMatch(WRONG);
    expect(!result.ok && result.message).toContain('nie zostały zmienione');
  });

  it.each([
    ['ciphertext', (e: VaultEnvelope): VaultEnvelope => ({ ...e, ciphertext: flipBit(e.ciphertext, 3) })],
    [
      'IV',
      (e: VaultEnvelope): VaultEnvelope => ({ ...e, cipher: { ...e.cipher, iv: flipBit(e.cipher.iv) } }),
    ],
    [
      'salt',
      (e: VaultEnvelope): VaultEnvelope => ({ ...e, kdf: { ...e.kdf, salt: flipBit(e.kdf.salt, 15) } }),
    ],
    [
      'iteration count (raised)',
      (e: VaultEnvelope): VaultEnvelope => ({ ...e, kdf: { ...e.kdf, iterations: 600_001 } }),
    ],
  ])('a tampered %s is rejected, and the original still opens', async (_, tamper) => {
    const original = structuredClone(envelope);
    const result = await openVault(tamper(envelope), PASSPHRASE);
    expect(result).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    expect(envelope).toEqual(original);
  });

  it('refuses an envelope claiming fewer than 600 000 iterations, before deriving anything', async () => {
    const weak = { ...envelope, kdf: { ...envelope.kdf, iterations: MIN_PBKDF2_ITERATIONS - 1 } };
    const started = performance.now();
    const result = await openVault(weak, PASSPHRASE);
    expect(result).toMatchObject({ ok: false, code: 'weak-key-derivation' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('answers foreign, damaged or future files with typed failures', async () => {
    const cases: [unknown, string][] = [
      [null, 'invalid-envelope'],
      ['{"format":"x"}', 'invalid-envelope'],
      [{ ...envelope, format: 'other' }, 'invalid-envelope'],
      [{ ...envelope, ciphertext: 'not base64!' }, 'invalid-envelope'],
      [{ ...envelope, cipher: { ...envelope.cipher, iv: btoa('short') } }, 'invalid-envelope'],
      [{ ...envelope, kdf: { ...envelope.kdf, salt: btoa('too short salt') } }, 'invalid-envelope'],
      [{ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }, 'invalid-envelope'],
      [{ ...envelope, version: 2 }, 'unsupported-version'],
    ];
    for (const [input, code] of cases) {
      const result = await openVault(input, PASSPHRASE);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe(code);
      expect(!result.ok && result.message.length).toBeGreaterThan(20);
    }
  });
});

describe('passphrase rules', () => {
  it('sealing refuses a passphrase shorter than 10 characters with a Polish message', async () => {
    await expect(sealVault(secrets(), 'krótkie')).rejects.toMatchObject({
      name: 'VaultError',
      code: 'weak-passphrase',
      message: expect.stringContaining('co najmniej 10 znaków'),
    });
    await expect(sealVault(secrets(), '            ')).rejects.toMatchObject({ code: 'weak-passphrase' });
  });

  it('sealing refuses incomplete secrets', async () => {
    await expect(sealVault({ ...secrets(), p12: '' }, PASSPHRASE)).rejects.toMatchObject({
      code: 'invalid-secrets',
    });
  });

  it('a Polish passphrase opens the vault however its letters were composed (NFC vs NFD)', async () => {
    const composed = 'zażółć gęślą jaźń'.normalize('NFC');
    const sealed = await sealVault(secrets(), composed);
    expect((await openVault(sealed, composed.normalize('NFD'))).ok).toBe(true);
  });
});
