// Deterministic sampling of the product of the dimensions: greedy pairwise coverage with a seeded PRNG.

export type Dims = Record<string, readonly string[]>;
export type Pick = Record<string, string>;

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` picks; each is the candidate (of `tries` random valid ones) covering most value pairs not yet
 * covered, so every value of every dimension appears often and most pairs appear at least once.
 */
export function pairwise(
  dims: Dims,
  count: number,
  valid: (p: Pick) => boolean,
  seed: number,
  tries = 40,
): Pick[] {
  const rnd = prng(seed);
  const names = Object.keys(dims);
  const covered = new Set<string>();
  const pairsOf = (p: Pick): string[] => {
    const out: string[] = [];
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i] as string;
        const b = names[j] as string;
        out.push(`${a}=${p[a]}|${b}=${p[b]}`);
      }
    return out;
  };
  const picks: Pick[] = [];
  let guard = 0;
  while (picks.length < count && guard++ < count * 50) {
    let best: Pick | undefined;
    let bestScore = -1;
    for (let t = 0; t < tries; t++) {
      const p: Pick = {};
      for (const n of names) {
        const vals = dims[n] as readonly string[];
        p[n] = vals[Math.floor(rnd() * vals.length)] as string;
      }
      if (!valid(p)) continue;
      const score = pairsOf(p).filter((x) => !covered.has(x)).length;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) continue;
    for (const x of pairsOf(best)) covered.add(x);
    picks.push(best);
  }
  return picks;
}

export function hex(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 16).toString(16);
  return s;
}
