// @vitest-environment happy-dom
// The independent corpus (test/corpus, written without reading the engine): every variant is opened in
// happy-dom, the real recipe runs through the engine, and the page's own model is checked per
// test/corpus/CONTRACT.md. Target: every variant filled, no wrong recipient, no submission.

import { afterAll, describe, expect, it } from 'vitest';
import {
  askedAboutRecipient,
  checkVariant,
  falseReports,
  openVariant,
  runAssistant,
  type Variant,
} from './harness';
import { KNOWN_GAPS } from './known-gaps';

// The corpus lives on its own branch until merged; without it this suite reports that it is absent.
const corpusModules = import.meta.glob<{ corpusVariants(): Variant[] }>('../../corpus/index.ts', {
  eager: true,
});
const corpus = Object.values(corpusModules)[0];
const variants = corpus ? corpus.corpusVariants() : [];

/** What no variant may ever show, listed gap or not: a submission, or a recipient other than the right one. */
function severeProblems(problems: string[]): string[] {
  return problems.filter(
    (p) => p.startsWith('submitted') || p.startsWith('a recipient was chosen') || /^recipient: "[^"]/.test(p),
  );
}

const failures: string[] = [];
const closedGaps: string[] = [];
afterAll(() => {
  if (variants.length === 0) return;
  const filled = variants.length - failures.length;
  console.log(
    `corpus: ${variants.length} variants, ${filled} filled (${((100 * filled) / variants.length).toFixed(1)}%), ${KNOWN_GAPS.size} known gaps`,
  );
  if (closedGaps.length)
    console.log(`corpus: now filled, remove from test/unit/corpus/known-gaps.ts: ${closedGaps.join(', ')}`);
});

// The variants wait for timers and asynchronous results far more than they compute: several at once.
describe.concurrent('the assistant fills every corpus variant', () => {
  it('lists only variants that exist as known gaps', () => {
    const ids = new Set(variants.map((v) => v.id));
    expect([...KNOWN_GAPS.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
  it.skipIf(variants.length > 0)('waits for the corpus (test/corpus/index.ts) to be merged', () => {
    expect(corpus).toBeUndefined();
  });
  for (const variant of variants) {
    it(`${KNOWN_GAPS.has(variant.id) ? '[known gap] ' : ''}${variant.id} (${variant.outcome}): ${variant.description}`, async () => {
      const page = await openVariant(variant);
      try {
        // A later step the clerk cannot reach (its "Dalej" missing because step 1 was not filled) is a failure
        // of the fill, counted like any other.
        let reports: Awaited<ReturnType<typeof runAssistant>> = [];
        let stopped: string[] = [];
        try {
          reports = await runAssistant(variant, page);
        } catch (error) {
          stopped = [
            `the fill did not get through: ${error instanceof Error ? error.message : String(error)}`,
          ];
        }
        const problems = [...stopped, ...checkVariant(variant, page)];
        // The report tells the truth: a field the page took is not reported as failed.
        if (!problems.length && variant.outcome === 'filled')
          problems.push(...falseReports(variant, reports));
        // A stop outcome is the assistant stopping and saying why, not merely choosing nothing.
        if (variant.outcome !== 'filled' && !askedAboutRecipient(reports))
          problems.push('the assistant did not stop at the recipient with a question');
        if (problems.length) {
          failures.push(variant.id);
          if (process.env.CORPUS_DEBUG)
            console.log(
              `CORPUS-FAIL ${variant.id} ${JSON.stringify(problems)} ${reports
                .map((r) =>
                  r.fields
                    .map(
                      (f) =>
                        `${f.key}:${f.status}${f.status === 'filled' || f.status === 'hint' ? '' : `(${f.message.slice(0, 90)})`}`,
                    )
                    .join(' '),
                )
                .join(' || ')}`,
            );
        }
        // Never, on any variant: a submission or a wrong recipient.
        expect(severeProblems(problems)).toEqual([]);
        if (KNOWN_GAPS.has(variant.id)) {
          if (!problems.length) closedGaps.push(variant.id);
        } else expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
