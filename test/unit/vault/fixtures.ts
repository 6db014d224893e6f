import type { VaultSecrets } from '../../../lib/vault';

export const PASSPHRASE = 'zielony rower pod ratuszem';

export function secrets(): VaultSecrets {
  return {
    revocation: 'Rv7#kQ2m!xP9-aZ4_tL8',
    p12: 'P1=2w@Hs5^nE3(jU6)cY',
    createdAt: '2026-03-20T10:15:00.000Z',
    profileId: 'gmina-brudzew',
  };
}

/** Flips one bit of a base64 field's bytes, keeping it valid base64 of the same length. */
export function flipBit(base64: string, byteIndex = 0): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}
