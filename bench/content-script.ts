/**
 * `npm run bench` (content script part): the size of the script that runs on every ePUAP page, its
 * main-thread cost on page load, and the median time of one fill on each replica form, measured in
 * the same run beside Playwright filling the same fields through its own API.
 * Writes bench/results/content-script.json and prints a table.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from '../test/e2e/epuap-fixtures';
import { CHROMIUM, EXTENSION_DIR, extensionIdOf } from '../test/e2e/extension';
import { fillProfileForm } from '../test/e2e/popup-helpers';
import { BRUDZEW } from '../test/e2e/sample-profiles';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';
const BODY =
  'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round = (n: number) => Math.round(n * 100) / 100;

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = [
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ];
  if (withExtension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'asystent-bench-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      args,
    },
  );
  await serveEpuapFixtures(context);
  return context;
}

/** Main-thread script time of one page load, from Chrome's own counters (CDP Performance.getMetrics). */
async function scriptDuration(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300); // document_idle has passed and the assistant has run
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Clicks the assistant's button and waits, inside the page, for its report: no polling from outside. */
function assistantFill(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const root = document.querySelector('asystent-epuap')?.shadowRoot;
        const button = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
          b.textContent?.includes('Wypełnij'),
        );
        if (!root || !button) throw new Error('Brak przycisku Asystenta na stronie.');
        const start = performance.now();
        new MutationObserver((_m, observer) => {
          if (root.querySelector('h2')?.textContent === 'Raport wypełnienia') {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(root, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
  );
}

/** The same fields filled through Playwright's API, the way a test author would script it. */
const PLAYWRIGHT_FILLS: Record<string, (page: Page) => Promise<void>> = {
  'pismo-ogolne-a.html': async (page) => {
    await page.getByRole('button', { name: 'Ustaw/zmień adresata' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nazwa lub identyfikator podmiotu').fill('Ministerstwo Cyfryzacji');
    await dialog.getByRole('button', { name: 'Szukaj' }).click();
    await dialog
      .getByRole('listitem')
      .filter({ hasText: /^Ministerstwo Cyfryzacji\b/ })
      .filter({ hasNotText: 'Centralny' })
      .first()
      .getByRole('button', { name: 'Wybierz' })
      .click();
    await page.getByLabel('Rodzaj pisma').selectOption({ label: 'Wniosek' });
    await page.getByLabel(/Tytuł pisma/).fill(TITLE);
    await page.getByLabel(/Treść pisma/).fill(BODY);
  },
  'pismo-ogolne-b.html': async (page) => {
    await page.getByRole('button', { name: 'Ustaw/zmień adresata' }).click();
    await page.getByLabel('Wyszukaj adresata').fill('Ministerstwo Cyfryzacji');
    await page.getByRole('button', { name: 'Wyszukaj' }).click();
    await page.getByRole('link', { name: 'Ministerstwo Cyfryzacji', exact: true }).click();
    await page.getByLabel('Wniosek').check();
    await page.getByLabel(/Tytuł pisma/).fill(TITLE);
    await page.locator('textarea').fill(BODY);
  },
  'pismo-ogolne-c.html': async (page) => {
    await page.getByRole('button', { name: 'Ustaw/zmień adresata' }).click();
    await page.getByPlaceholder('Wpisz nazwę lub identyfikator adresata').fill('Ministerstwo Cyfryzacji');
    await page.getByRole('button', { name: 'Wyszukaj' }).click();
    await page
      .getByRole('option')
      .filter({ has: page.getByText('Ministerstwo Cyfryzacji', { exact: true }) })
      .click();
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Wniosek' }).click();
    await page.getByLabel('Tytuł').fill(TITLE);
    await page.getByRole('textbox', { name: 'Treść' }).fill(BODY);
  },
};

async function timePlaywrightFill(context: BrowserContext, file: string): Promise<number | null> {
  const script = PLAYWRIGHT_FILLS[file];
  if (!script) return null;
  const page = await context.newPage();
  await page.goto(fixtureUrl(file));
  const start = performance.now();
  await script(page);
  const elapsed = performance.now() - start;
  await page.close();
  return elapsed;
}

async function main() {
  const file = path.join(EXTENSION_DIR, 'content-scripts/epuap.js');
  const source = readFileSync(file);
  const size = {
    bytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    budgetGzipBytes: 25 * 1024,
  };

  const withExtension = await launch(true);
  const plain = await launch(false);
  const extensionId = await extensionIdOf(withExtension);
  const popup = await withExtension.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, BRUDZEW);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await popup.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();

  // Page-load cost: the assistant's own measure, and the page's script time with and without it.
  const own: number[] = [];
  const scriptWith: number[] = [];
  const scriptWithout: number[] = [];
  const loadPage = await withExtension.newPage();
  const plainPage = await plain.newPage();
  for (let i = 0; i < RUNS; i++) {
    scriptWith.push(await scriptDuration(loadPage, fixtureUrl('pismo-ogolne-a.html')));
    own.push(
      await loadPage.evaluate(
        () => performance.getEntriesByName('asystent-epuap:load')[0]?.duration ?? Number.NaN,
      ),
    );
    scriptWithout.push(await scriptDuration(plainPage, fixtureUrl('pismo-ogolne-a.html')));
  }
  const load = {
    page: 'pismo-ogolne-a.html',
    runs: RUNS,
    assistantMainMsMedian: round(median(own)),
    pageScriptMsWithMedian: round(median(scriptWith)),
    pageScriptMsWithoutMedian: round(median(scriptWithout)),
    budgetMs: 5,
  };

  const fills: Array<{ fixture: string; assistantMsMedian: number; playwrightMsMedian: number | null }> = [];
  for (const fixture of [
    'pismo-ogolne-a.html',
    'pismo-ogolne-b.html',
    'pismo-ogolne-c.html',
    'pismo-ogolne-frame.html',
  ]) {
    const assistant: number[] = [];
    const scripted: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await withExtension.newPage();
      await page.goto(fixtureUrl(fixture));
      await page.locator('asystent-epuap').waitFor({ state: 'attached' });
      assistant.push(await assistantFill(page));
      await page.close();
      const pw = await timePlaywrightFill(plain, fixture);
      if (pw !== null) scripted.push(pw);
    }
    fills.push({
      fixture,
      assistantMsMedian: round(median(assistant)),
      playwrightMsMedian: scripted.length ? round(median(scripted)) : null,
    });
  }
  await withExtension.close();
  await plain.close();

  const result = { measuredAt: new Date().toISOString(), chromium: CHROMIUM, size, load, fills };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/content-script.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nContent script');
  console.table({ ...size, ...load });
  console.log('Fill, median ms (fixtures include their own simulated search delay of 150–300 ms)');
  console.table(fills);
}

await main();
