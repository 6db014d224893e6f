import { afterEach, describe, expect, it, vi } from 'vitest';
import { openVault, sealVault } from '../../../lib/vault';
import { PASSPHRASE, secrets } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('every seal draws a fresh salt and IV', () => {
  it('100 seals of the same secret never repeat a salt, an IV or a ciphertext', async () => {
    // 100 real PBKDF2 runs at 600 000 iterations would take most of a minute. The property under test
    // is the sealing code's use of fresh randomness, not PBKDF2, so the derivation runs with a token
    // iteration count while everything else (salt, IV, AES-GCM, envelope) is real. The spy also
    // shows the seal asked for the full 600 000 iterations with the salt it wrote in the envelope.
    const subtle = globalThis.crypto.subtle;
    const realDeriveKey = subtle.deriveKey.bind(subtle);
    const requested: { iterations: number; salt: string }[] = [];
    vi.spyOn(subtle, 'deriveKey').mockImplementation(
      (algorithm, baseKey, derivedKeyType, extractable, usages) => {
        const params = algorithm as Pbkdf2Params;
        const salt = new Uint8Array(params.salt as ArrayBuffer);
        requested.push({ iterations: params.iterations, salt: btoa(String.fromCharCode(...salt)) });
        return realDeriveKey({ ...params, iterations: 1 }, baseKey, derivedKeyType, extractable, usages);
      },
    );

    const envelopes = await Promise.all(Array.from({ length: 100 }, () => sealVault(secrets(), PASSPHRASE)));

    expect(new Set(envelopes.map((e) => e.kdf.salt)).size).toBe(100);
    expect(new Set(envelopes.map((e) => e.cipher.iv)).size).toBe(100);
    expect(new Set(envelopes.map((e) => e.ciphertext)).size).toBe(100);
    expect(requested.every((r) => r.iterations >= 600_000)).toBe(true);
    expect(requested.map((r) => r.salt)).toEqual(envelopes.map((e) => e.kdf.salt));

    // And each of them still opens (with the same token derivation).
    const opened = await openVault(envelopes[42], PASSPHRASE);
    expect(opened).toEqual({ ok: true, secrets: secrets() });
  });
});
