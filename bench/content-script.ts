/**
 * `npm run bench` (content script part), each figure against its budget (bench/budgets.ts):
 * - the gzip size of every content script (the always-on one and the ones injected on demand);
 * - the script time the always-on script adds to a page load (Chrome's ScriptDuration, with and without);
 * - the time from the form appearing in the page to the launcher appearing;
 * - the engine's injection time on first use;
 * - the observer's cost on a page making 10 000 DOM mutations in 2 s;
 * - the median time of one fill on each replica form, beside Playwright filling the same fields.
 * The assistant leaves no mark in the page's performance timeline (any page could read it), so every
 * time is measured from outside: CDP counters, or the page's own observer of the launcher's host element.
 * Writes bench/results/content-script.json and prints tables.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { EPUAP, fixtureUrl, serveEpuapFixtures } from '../test/e2e/epuap-fixtures';
import { CHROMIUM, EXTENSION_DIR, extensionIdOf } from '../test/e2e/extension';
import { clickLauncher, expectUiText, HOSTS, waitForLauncher } from '../test/e2e/in-page';
import { BRUDZEW } from '../test/e2e/sample-profiles';
import { fillProfileForm } from '../test/e2e/setup';
import { CONTENT_BUDGETS, TIME_BUDGETS } from './budgets';

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

/** Clicks the launcher with the mouse (a trusted click) and waits for the report (seen through CDP). */
async function assistantFill(page: Page): Promise<number> {
  await waitForLauncher(page);
  const start = performance.now();
  await clickLauncher(page);
  await expectUiText(page, 'Raport wypełnienia', { timeout: 30_000 });
  return performance.now() - start;
}

/** A page making 10 000 DOM mutations in 2 s, with an ePUAP banner (the always-on script reads it). */
const MUTATIONS_PATH = '/bench/mutations.html';
const MUTATIONS_PAGE = `<!doctype html><html lang="pl"><meta charset="utf-8"><title>ePUAP</title>
<header role="banner">Zalogowany: Jan Kowalski (jkowalski) | Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main id="list"></main><script>
  const list = document.getElementById('list');
  let made = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('div');
      li.textContent = 'Pozycja ' + made;
      list.append(li);
      if (list.childElementCount > 200) list.firstElementChild.remove();
      made += 2;
    }
    if (made >= 10000) { clearInterval(timer); window.__done = performance.now(); }
  }, 20);
</script></html>`;

/** Main-thread script time while the mutations page runs to its end. */
async function mutationsScriptTime(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${EPUAP}${MUTATIONS_PATH}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __done?: number }).__done !== undefined, null, {
    timeout: 20_000,
  });
  await page.waitForTimeout(300); // the last throttled check has run
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Form mounted → launcher's host in the page, as the page itself observes it. */
async function formToLauncher(page: Page): Promise<number> {
  await page.goto(fixtureUrl('wake-own-late.html'));
  await page.evaluate((tag) => {
    const w = window as unknown as { __launcherAt?: number };
    new MutationObserver(() => {
      if (w.__launcherAt === undefined && document.querySelector(tag)) w.__launcherAt = performance.now();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, HOSTS.launcher);
  await page.waitForFunction(() => (window as unknown as { __launcherAt?: number }).__launcherAt, null, {
    timeout: 10_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __launcherAt: number; __mountedAt: number };
    return w.__launcherAt - w.__mountedAt;
  });
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
  const sizes = Object.entries(CONTENT_BUDGETS).map(([file, budgetGzipBytes]) => {
    const source = readFileSync(path.join(EXTENSION_DIR, file));
    const gzipBytes = gzipSync(source, { level: 9 }).length;
    return { file, bytes: source.length, gzipBytes, budgetGzipBytes, ok: gzipBytes <= budgetGzipBytes };
  });

  const withExtension = await launch(true);
  const plain = await launch(false);
  const extensionId = await extensionIdOf(withExtension);
  const popup = await withExtension.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, BRUDZEW);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await popup.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();

  // Page-load cost on a typical ePUAP page (a banner, no form) and on the form: script time with and without.
  const loadPage = await withExtension.newPage();
  const plainPage = await plain.newPage();
  const load = [];
  for (const file of ['banner-a.html', 'pismo-ogolne-a.html']) {
    const scriptWith: number[] = [];
    const scriptWithout: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      scriptWith.push(await scriptDuration(loadPage, fixtureUrl(file)));
      scriptWithout.push(await scriptDuration(plainPage, fixtureUrl(file)));
    }
    const added = median(scriptWith) - median(scriptWithout);
    load.push({
      page: file,
      runs: RUNS,
      pageScriptMsWithMedian: round(median(scriptWith)),
      pageScriptMsWithoutMedian: round(median(scriptWithout)),
      addedMs: round(added),
      budgetMs: TIME_BUDGETS.addedLoadMs,
      ok: added <= TIME_BUDGETS.addedLoadMs,
    });
  }

  // Observer cost: the same mutating page with and without the assistant.
  for (const context of [withExtension, plain])
    await context.route(`${EPUAP}${MUTATIONS_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: MUTATIONS_PAGE }),
    );
  const mutWith: number[] = [];
  const mutWithout: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    mutWith.push(await mutationsScriptTime(loadPage));
    mutWithout.push(await mutationsScriptTime(plainPage));
  }
  const observerMs = median(mutWith) - median(mutWithout);
  const observer = {
    mutations: 10_000,
    pageScriptMsWithMedian: round(median(mutWith)),
    pageScriptMsWithoutMedian: round(median(mutWithout)),
    assistantMs: round(observerMs),
    budgetMs: TIME_BUDGETS.observerMs,
    ok: observerMs <= TIME_BUDGETS.observerMs,
  };

  // Form appears → launcher appears.
  const appear: number[] = [];
  for (let i = 0; i < RUNS; i++) appear.push(await formToLauncher(loadPage));
  const wake = {
    page: 'wake-own-late.html',
    runs: RUNS,
    formToLauncherMsMedian: round(median(appear)),
    formToLauncherMsMax: round(Math.max(...appear)),
    budgetMs: TIME_BUDGETS.formToLauncherMs,
    ok: Math.max(...appear) <= TIME_BUDGETS.formToLauncherMs,
  };

  // The engine's injection on first use, timed from an extension page the way the background does it.
  const injections: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const tab = await withExtension.newPage();
    await tab.goto(fixtureUrl('pismo-ogolne-a.html'));
    await waitForLauncher(tab);
    const tabId = await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
      };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    injections.push(
      await popup.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { scripting: { executeScript(o: object): Promise<unknown> } };
        };
        const start = performance.now();
        await chrome.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          files: ['/content-scripts/epuap-engine.js'],
        });
        return performance.now() - start;
      }, tabId),
    );
    await tab.close();
  }
  const injection = {
    script: 'content-scripts/epuap-engine.js',
    runs: RUNS,
    firstUseMsMedian: round(median(injections)),
    firstUseMsMax: round(Math.max(...injections)),
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

  const result = {
    measuredAt: new Date().toISOString(),
    chromium: CHROMIUM,
    sizes,
    load,
    observer,
    wake,
    injection,
    fills,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/content-script.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nContent scripts, gzip bytes against budget');
  console.table(sizes);
  console.log('Script time added to a page load (ms)');
  console.table(load);
  console.log('Observer cost on 10 000 mutations in 2 s (ms)');
  console.table([observer]);
  console.log('Form appearing → launcher appearing (ms)');
  console.table([wake]);
  console.log("Engine injection on first use (ms), from the extension's side");
  console.table([injection]);
  console.log('Fill, median ms (fixtures include their own simulated search delay of 150–300 ms)');
  console.table(fills);
}

await main();
