/**
 * Where the always-on ePUAP script's page-load time goes: `npx tsx bench/load-profile.ts [page.html]`
 * after a build. Loads the page with and without the extension (Chrome's ScriptDuration, CDP), then
 * takes a CPU profile of one load with the extension (CDP Profiler, from outside the page) and prints
 * the self time of the extension's own functions and of the browser's work on its behalf.
 * EXT_DIR: the build to measure (default .output/chrome-mv3); COMPARE_DIR: a second one, interleaved.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from '../test/e2e/epuap-fixtures';
import { CHROMIUM, EXTENSION_DIR, extensionIdOf } from '../test/e2e/extension';
import { BRUDZEW } from '../test/e2e/sample-profiles';
import { fillProfileForm } from '../test/e2e/setup';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FILE = process.argv[2] ?? 'banner-a.html';
const WAIT_MS = Number(process.env.LOAD_WAIT_MS ?? 1500);

async function launch(withExtension: boolean, dir = EXTENSION_DIR): Promise<BrowserContext> {
  const args = [
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'asystent-prof-')), {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  await serveEpuapFixtures(context);
  return context;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function scriptDuration(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Long enough for work deferred after the load (the background's banner pull and its retries).
  await page.waitForTimeout(WAIT_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const totalOurs = new Map<string, number>();
let profiles = 0;
function printTotals(): void {
  if (!profiles) return;
  const sum = [...totalOurs.values()].reduce((x, y) => x + y, 0) / profiles;
  console.log(`Extension stacks, mean of ${profiles} profiles: ${sum.toFixed(2)} ms`);
  for (const [k, v] of [...totalOurs].sort((x, y) => y[1] - x[1]).slice(0, 30))
    console.log(`  ${(v / profiles).toFixed(3)}  ${k}`);
}

async function profileLoad(page: Page, url: string): Promise<void> {
  profiles++;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const fr = byId.get(n)?.callFrame;
      const name = fr?.url.startsWith('chrome-extension://')
        ? `${fr.functionName || '(anon)'}:${fr.columnNumber}`
        : n === id && fr
          ? `[native] ${fr.functionName || fr.url}`
          : null;
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      totalOurs.set(name, (totalOurs.get(name) ?? 0) + dt);
    }
  });
}

async function withProfile(dir = process.env.EXT_DIR): Promise<BrowserContext> {
  const context = await launch(true, dir);
  const id = await extensionIdOf(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, BRUDZEW);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await popup.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();
  return context;
}

// COMPARE_DIR: other builds (comma-separated, e.g. main's) measured in the same run, load by load, against
// this one: each load of this build is followed by one load of each other build and one without any.
const compareDirs = (process.env.COMPARE_DIR ?? '').split(',').filter(Boolean);
const withExtension = await withProfile();
const others = [];
for (const dir of compareDirs) others.push(await withProfile(dir));
const plain = await launch(false);
const a = await withExtension.newPage();
const otherPages = await Promise.all(others.map((o) => o.newPage()));
const b = await plain.newPage();
const url = FILE.startsWith('/') ? `https://epuap.gov.pl${FILE}` : fixtureUrl(FILE);
const w: number[] = [];
const wc: number[][] = others.map(() => []);
const wo: number[] = [];
for (let i = 0; i < RUNS; i++) {
  w.push(await scriptDuration(a, url));
  for (const [k, page] of otherPages.entries()) wc[k]?.push(await scriptDuration(page, url));
  wo.push(await scriptDuration(b, url));
}
const range = (v: number[]) => {
  const s = [...v].sort((x, y) => x - y);
  return `${(s[Math.floor(s.length / 4)] ?? 0).toFixed(2)}–${(s[Math.floor((s.length * 3) / 4)] ?? 0).toFixed(2)}`;
};
console.log(
  `${FILE}: with ${median(w).toFixed(2)} ms (quartiles ${range(w)}), without ${median(wo).toFixed(2)} ms, added ${(median(w) - median(wo)).toFixed(2)} ms (median of ${RUNS})`,
);
for (const [k, dir] of compareDirs.entries())
  console.log(
    `${FILE}: ${dir} added ${(median(wc[k] ?? []) - median(wo)).toFixed(2)} ms (quartiles ${range(wc[k] ?? [])}; same runs, interleaved)`,
  );
for (const o of others) await o.close();
if (!process.env.NO_PROFILE)
  for (let i = 0; i < Number(process.env.PROFILE_RUNS ?? 1); i++) await profileLoad(a, url);
printTotals();
await withExtension.close();
await plain.close();
