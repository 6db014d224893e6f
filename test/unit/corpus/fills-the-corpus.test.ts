// @vitest-environment happy-dom
// The independent corpus (test/corpus, written without reading the engine): every variant is opened in
// happy-dom, the real recipe runs through the engine, and the page's own model is checked per
// /work/CORPUS-CONTRACT.md. Target: every variant filled, no wrong recipient, no submission.

import { afterAll, describe, expect, it } from 'vitest';
import { checkVariant, openVariant, runAssistant, type Variant } from './harness';

// The corpus lives on its own branch until merged; without it this suite reports that it is absent.
const corpusModules = import.meta.glob<{ corpusVariants(): Variant[] }>('../../corpus/index.ts', {
  eager: true,
});
const corpus = Object.values(corpusModules)[0];
const variants = corpus ? corpus.corpusVariants() : [];

const failures: string[] = [];
afterAll(() => {
  if (variants.length > 0)
    console.log(
      `corpus: ${variants.length} variants, ${variants.length - failures.length} passed (${((100 * (variants.length - failures.length)) / variants.length).toFixed(1)}%)`,
    );
});

describe('the assistant fills every corpus variant', () => {
  it.skipIf(variants.length > 0)('waits for the corpus (test/corpus/index.ts) to be merged', () => {
    expect(corpus).toBeUndefined();
  });
  for (const variant of variants) {
    it(`${variant.id} (${variant.outcome}): ${variant.description}`, async () => {
      const page = await openVariant(variant);
      try {
        const reports = await runAssistant(variant, page);
        const problems = checkVariant(variant, page);
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
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 20_000);
  }
});
