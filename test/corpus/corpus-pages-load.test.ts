// @vitest-environment happy-dom
// Every corpus page loads in happy-dom (inline scripts run, frames load) without script errors; its
// `window.__corpus` answers with the keys of `expected`, all empty (consent 'false'), `submitted() === 0`.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, corpusVariants } from './index';
import type { CorpusVariant } from './types';

const VARIANTS = corpusVariants();
const DIR = mkdtempSync(join(tmpdir(), 'corpus-'));
const ROOTS = { pismo: 'https://epuap.gov.pl/corpus/', mc: 'https://formularz.mc.gov.pl/corpus/' } as const;
for (const v of VARIANTS)
  for (const [path, body] of Object.entries(v.files)) {
    const file = join(DIR, v.form, v.id, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

type Api = { model: () => Record<string, string>; submitted: () => number; valid: () => boolean };

async function load(v: CorpusVariant) {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      enableIframePageLoading: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: {
        virtualServers: [
          { url: ROOTS.pismo, directory: join(DIR, 'pismo') },
          { url: ROOTS.mc, directory: join(DIR, 'mc') },
        ],
      },
    },
  });
  const page = browser.newPage();
  await page.goto(`${baseUrl(v)}index.html`);
  await page.waitUntilComplete();
  const w = page.mainFrame.window as unknown as { __corpus?: Api; document: Document };
  const api = w.__corpus;
  const result = {
    errors: page.virtualConsolePrinter
      .readAsString()
      .split('\n')
      .filter((l) => /error/i.test(l)),
    model: api?.model(),
    submitted: api?.submitted(),
    valid: api?.valid(),
    title: w.document.title,
    text: w.document.body?.textContent ?? '',
  };
  await browser.close();
  return result;
}

describe('corpus pages load in happy-dom', () => {
  it('has at least 200 variants with unique kebab-case ids, entry index.html, valid outcomes', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(200);
    const ids = VARIANTS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of VARIANTS) {
      expect(v.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(v.files['index.html'], v.id).toBeTruthy();
      expect(['filled', 'no-recipient', 'ambiguous-recipient']).toContain(v.outcome);
      if (v.form === 'pismo')
        expect(Object.keys(v.expected).sort(), v.id).toEqual(['recipient', 'rodzaj', 'tresc', 'tytul']);
      if (v.outcome !== 'filled') expect(v.expected.recipient, v.id).toBe('');
      for (const body of Object.values(v.files))
        expect(body, v.id).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//);
    }
  });

  const BATCH = 12;
  for (let start = 0; start < VARIANTS.length; start += BATCH) {
    const batch = VARIANTS.slice(start, start + BATCH);
    it(`variants ${start + 1}–${start + batch.length}: no script errors, empty model with the expected keys, nothing submitted`, async () => {
      const results = await Promise.all(batch.map(load));
      batch.forEach((v, i) => {
        const r = results[i] as Awaited<ReturnType<typeof load>>;
        expect(r.errors, v.id).toEqual([]);
        expect(r.model, v.id).toBeDefined();
        for (const key of Object.keys(v.expected)) {
          expect(r.model, `${v.id} key ${key}`).toHaveProperty(key);
          expect(r.model?.[key], `${v.id} key ${key}`).toBe(key === 'consent' ? 'false' : '');
        }
        expect(r.submitted, v.id).toBe(0);
        if (v.form === 'pismo')
          expect(`${r.title} ${r.text}`, v.id).toContain('Pismo ogólne do podmiotu publicznego');
        expect(r.valid, v.id).toBe(false);
      });
    }, 60_000);
  }
});
