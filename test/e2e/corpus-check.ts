/**
 * The corpus check in real Chromium: the page's own `window.__corpus` is read once, and judged by the very
 * `checkVariant` the happy-dom suite uses (test/unit/corpus/harness.ts), so "filled" means the same in both.
 * Also the deterministic sample of the corpus the built-extension spec runs.
 */
import type { Page } from '@playwright/test';
import type { CorpusVariant } from '../corpus/index';
import { prng } from '../corpus/sample';
import { checkVariant, type OpenVariant, type Variant } from '../unit/corpus/harness';

/** What the page's model says after the fill, read in its top window. */
export interface CorpusState {
  model: Record<string, string>;
  submitted: number;
  valid: boolean;
}

export function readCorpusState(page: Page): Promise<CorpusState | null> {
  return page.evaluate(() => {
    const api = (window as unknown as { __corpus?: CorpusStateApi }).__corpus;
    if (!api) return null;
    return { model: api.model(), submitted: api.submitted(), valid: api.valid() };
  });
}

interface CorpusStateApi {
  model(): Record<string, string>;
  submitted(): number;
  valid(): boolean;
}

/**
 * What is wrong after the fill, per the contract; [] when the variant passed. `clerkSubmits` is what the page
 * counted during the clerk's own steps ("Dalej"), which are theirs, not the assistant's.
 */
export function corpusProblems(v: CorpusVariant, state: CorpusState | null, clerkSubmits = 0): string[] {
  const page = {
    clerkSubmits,
    window: state
      ? { __corpus: { model: () => state.model, submitted: () => state.submitted, valid: () => state.valid } }
      : {},
  } as unknown as OpenVariant;
  return checkVariant(v as Variant, page);
}

/**
 * Variants the engine fills in happy-dom but not through the built extension in Chromium, each with why.
 * Listed here, never hidden: the lead decides; the page is never edited. (2026-12-02: one of the 260.)
 */
export const CHROMIUM_EXCLUDED: ReadonlyMap<string, string> = new Map<string, string>([
  [
    'blind2-mc-rerender-checklist',
    'the vault pair generated for the page does not fit its rules (14+, upper and lower, digit, stated in a ✔/✘ checklist redrawn with the form): the assistant rightly types no password that the field refuses and says so',
  ],
]);

/** The dimensions a sample should spread over (each value counts once it is in the sample). */
const SPREAD = [
  'widget',
  'label',
  'events',
  'timing',
  'container',
  'body',
  'recipient',
  'searchIn',
  'steps',
  'pwRules',
  'role',
  'signatory',
] as const;

export interface SampleOptions {
  seed: number;
  count: number;
  /** Past `count`, up to this many while a variant still brings a dimension value the sample lacks. */
  maxCount: number;
  /** At least this many MC forms, hand-written pages, and variants of each stop outcome. */
  minMc: number;
  minHand: number;
  minEachStop: number;
}

/**
 * A deterministic sample of the variants not listed in `gaps`: a seeded shuffle, then greedily the variant
 * filling the most dimension values not yet in the sample (ties: the shuffled order), while quotas (MC forms,
 * hand-written pages, no-recipient and ambiguous-recipient pages) still need one; past `count` only while a
 * variant still adds a dimension value (up to `maxCount`), so a corpus with fewer gaps keeps full coverage.
 * Returned in corpus order.
 */
export function sampleCorpus(
  all: readonly CorpusVariant[],
  gaps: ReadonlyMap<string, string>,
  options: SampleOptions,
): CorpusVariant[] {
  const rnd = prng(options.seed);
  const pool = all.filter((v) => !gaps.has(v.id));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as CorpusVariant, pool[i] as CorpusVariant];
  }
  // A page where the assistant must stop proves nothing about the widgets it never fills: only filled
  // variants count for the dimensions.
  const valuesOf = (v: CorpusVariant) => [
    `form=${v.form}`,
    `origin=${v.origin}`,
    `outcome=${v.outcome}`,
    ...(v.outcome === 'filled' ? SPREAD : [])
      .filter((d) => v.dimensions[d] !== undefined)
      .map((d) => `${v.form}:${d}=${v.dimensions[d]}`),
  ];
  const covered = new Set<string>();
  const picked: CorpusVariant[] = [];
  const counts = { mc: 0, hand: 0, 'no-recipient': 0, 'ambiguous-recipient': 0 };
  const bonus = (v: CorpusVariant) =>
    (v.form === 'mc' && counts.mc < options.minMc ? 4 : 0) +
    (v.origin === 'hand' && counts.hand < options.minHand ? 4 : 0) +
    (v.outcome !== 'filled' && counts[v.outcome] < options.minEachStop ? 6 : 0);
  const adds = (v: CorpusVariant) => valuesOf(v).some((x) => x.includes(':') && !covered.has(x));
  while (picked.length < pool.length && picked.length < options.maxCount) {
    if (picked.length >= options.count && !pool.some((v) => !picked.includes(v) && adds(v))) break;
    let best: CorpusVariant | undefined;
    let bestScore = -1;
    for (const v of pool) {
      if (picked.includes(v)) continue;
      const score = valuesOf(v).filter((x) => !covered.has(x)).length + bonus(v);
      if (score > bestScore) {
        best = v;
        bestScore = score;
      }
    }
    if (!best) break;
    picked.push(best);
    for (const x of valuesOf(best)) covered.add(x);
    if (best.form === 'mc') counts.mc++;
    if (best.origin === 'hand') counts.hand++;
    if (best.outcome !== 'filled') counts[best.outcome]++;
  }
  const order = new Map(all.map((v, i) => [v.id, i]));
  return picked.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
