// Every corpus page is fillable by a person's Playwright script, and its `expected` is right: after the
// variant's `script` the page's own model equals `expected` (passwords: pairs equal, non-empty, different,
// `valid()` true) and nothing was submitted. Plain Chromium, no extension. Also proves the pages behave as
// described: a React-like tracker ignores `.value =` + input, re-rendering replaces nodes, portal options
// live outside the combobox.

import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { corpusVariants } from '../corpus/index';
import { locate, runScript } from '../corpus/playwright-script';
import { serveVariant } from '../corpus/serve';
import type { CorpusVariant } from '../corpus/types';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ALL = corpusVariants();
const FILLED = ALL.filter((v) => v.outcome === 'filled');
const CHUNK = 30;
const PARALLEL = 4;

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
test.afterAll(async () => {
  await browser?.close();
});

interface Outcome {
  id: string;
  problems: string[];
}

async function withPage<T>(v: CorpusVariant, body: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const url = await serveVariant(context, v);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    return await body(page, errors);
  } finally {
    await context.close();
  }
}

type Api = { model: () => Record<string, string>; submitted: () => number; valid: () => boolean };
const read = (page: Page) =>
  page.evaluate(() => {
    const c = (window as unknown as { __corpus: Api }).__corpus;
    return { model: c.model(), submitted: c.submitted(), valid: c.valid() };
  });

async function check(v: CorpusVariant): Promise<Outcome> {
  const problems: string[] = [];
  try {
    await withPage(v, async (page, errors) => {
      await runScript(page, v.script, 15_000);
      await page.waitForTimeout(50);
      const { model, submitted, valid } = await read(page);
      for (const [key, want] of Object.entries(v.expected)) {
        if (want === '*password*') continue;
        if (model[key] !== want)
          problems.push(`${key}: ${JSON.stringify(model[key])} ≠ ${JSON.stringify(want)}`);
      }
      if (v.form === 'mc') {
        const a = model.revokePassword ?? '';
        const b = model.p12Password ?? '';
        if (!a || a !== model.revokePasswordRepeat) problems.push('revoke password pair');
        if (!b || b !== model.p12PasswordRepeat) problems.push('p12 password pair');
        if (a === b) problems.push('passwords equal');
      }
      if (!valid) problems.push('valid() is false');
      if (submitted !== 0) problems.push(`submitted() = ${submitted}`);
      if (errors.length) problems.push(`page errors: ${[...new Set(errors)].join('; ')}`);
    });
  } catch (e) {
    problems.push(String(e).split('\n').slice(0, 4).join(' '));
  }
  return { id: v.id, problems };
}

async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

test.describe('corpus pages filled by their own script', () => {
  for (let start = 0; start < FILLED.length; start += CHUNK) {
    const chunk = FILLED.slice(start, start + CHUNK);
    test(`variants ${start + 1}–${start + chunk.length} of ${FILLED.length}`, async () => {
      test.setTimeout(180_000);
      const results = await pool(chunk, PARALLEL, check);
      const failed = results
        .filter((r) => r.problems.length)
        .map((r) => `${r.id}: ${r.problems.join(' | ')}`);
      expect(failed, failed.join('\n')).toEqual([]);
    });
  }
});

test.describe('the pages behave as described', () => {
  test('a React-like value tracker ignores `.value =` + input, accepts the native setter', async () => {
    const variants = FILLED.filter(
      (v) => v.dimensions.events === 'react' && v.origin === 'generated' && v.dimensions.steps === 'one',
    ).slice(0, 3);
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      await withPage(v, async (page) => {
        const step = v.script.find(
          (s) => s.action === 'fill' && s.selector.includes('id=') && s.value.startsWith('Wniosek o'),
        );
        if (step?.action !== 'fill') throw new Error(`${v.id}: no title step`);
        const field = locate(page, step);
        await field.waitFor();
        await field.evaluate((el: HTMLInputElement) => {
          el.value = 'ustawione wprost';
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        });
        expect((await read(page)).model.tytul, v.id).toBe('');
        await field.evaluate((el: HTMLInputElement) => {
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setter?.call(el, 'przez natywny setter');
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        expect((await read(page)).model.tytul, v.id).toBe('przez natywny setter');
      });
    }
  });

  test('re-rendering pages replace the form nodes after a change', async () => {
    const variants = FILLED.filter(
      (v) => v.dimensions.timing === 'rerender' && v.dimensions.events === 'input',
    ).slice(0, 3);
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      await withPage(v, async (page) => {
        const step = v.script.find(
          (s) =>
            (s.action === 'fill' && s.value.startsWith('Wniosek o')) ||
            (s.action === 'fill' && v.form === 'mc'),
        );
        if (step?.action !== 'fill') throw new Error(`${v.id}: no text step`);
        const field = locate(page, step);
        await field.waitFor();
        await field.evaluate((el) => {
          (window as unknown as { __stary: Element }).__stary = el;
        });
        await field.fill(step.value);
        await page.waitForTimeout(20);
        const replaced = await field.evaluate(
          (el) =>
            (window as unknown as { __stary: Element }).__stary !== el &&
            !(window as unknown as { __stary: Element }).__stary.isConnected,
        );
        expect(replaced, v.id).toBe(true);
      });
    }
  });

  test('combobox options live in a portal outside the combobox, referenced by aria-controls/aria-owns', async () => {
    const variants = FILLED.filter(
      (v) => v.dimensions.widget === 'combobox' || v.dimensions.widget === 'combobox-owns',
    ).slice(0, 4);
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      await withPage(v, async (page) => {
        const open = v.script.findIndex(
          (s) =>
            s.action === 'click' &&
            /^\[id="[^"]+"\]$/.test(s.selector) &&
            v.script[v.script.indexOf(s) + 1]?.action === 'click' &&
            (v.script[v.script.indexOf(s) + 1] as { selector: string }).selector.includes('-opcja-'),
        );
        const step = v.script[open];
        if (step?.action !== 'click') throw new Error(`${v.id}: no combobox step`);
        await runScript(page, v.script.slice(0, open + 1), 15_000);
        const facts = await locate(page, step).evaluate((el) => {
          const ref = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns') ?? '';
          const list = el.ownerDocument.getElementById(ref);
          return {
            ref,
            found: !!list,
            inside: !!list && el.contains(list),
            inBody: list?.parentElement === el.ownerDocument.body,
            options: list?.querySelectorAll('[role=option]').length ?? 0,
          };
        });
        expect(facts, v.id).toMatchObject({ found: true, inside: false, inBody: true });
        expect(facts.options, v.id).toBeGreaterThan(2);
      });
    }
  });
});
