/**
 * Uniform random integers from the platform CSPRNG (WebCrypto, the same in the browser and Node 20).
 * `x % n` on raw 32-bit values would favour the first `2^32 mod n` results; rejection sampling
 * throws away the few values from the incomplete last block so every result is equally likely.
 */

const RANGE = 2 ** 32;

function nextUint32(): number {
  // One value per call keeps the code obvious; a password needs a few dozen, so speed does not matter.
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** A uniformly distributed integer in [0, n). */
export function randomIndex(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > RANGE)
    throw new RangeError('randomIndex: n must be an integer in [1, 2^32].');
  const limit = RANGE - (RANGE % n);
  for (;;) {
    const value = nextUint32();
    if (value < limit) return value % n;
  }
}

/** Fisher–Yates with the CSPRNG: every order equally likely. Returns a new array. */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Fresh random bytes (salts, IVs). */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
