/**
 * `npm run bench` (corpus part): for each corpus variant the engine fills, the assistant's fill time in real
 * Chromium through the built extension, beside Playwright's scripted fill of the same fields (the
 * variant's own `script`, test/corpus/playwright-script.ts) in the same run, same Chromium.
 *
 * - The assistant: from the clerk's trusted click (the launcher on the Pismo ogólne, "Wypełnij formularz MC"
 *   in mc.html) to its report appearing in the form's page, as the pages observe them (no mark of the
 *   assistant in the page; test/e2e/corpus-assistant.ts), summed over the steps of a multi-step form. Only a
 *   fill that passed the corpus check (`checkVariant`) is timed; any other is listed with its problems.
 * - Playwright: the script's actions timed in Node, in a browser without the extension (the launcher would
 *   cover the page's controls), the clerk's own steps ("Dalej") left out as they are for the assistant.
 * - Both start when the form is shown: the first element the script touches is visible (and, for the
 *   assistant on the Pismo ogólne, its launcher is there).
 *
 * Variants: those not in KNOWN_GAPS nor CHROMIUM_EXCLUDED whose outcome is `filled`, in a seeded order, until
 * BENCH_CORPUS_SECONDS (default 900) have passed; BENCH_CORPUS_ALL=1 adds the known gaps after them.
 * Writes bench/results/corpus.json, prints a table, the median ratio (assistant / Playwright) and on how
 * many variants the assistant was faster.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { type CorpusVariant, corpusVariants, type ScriptStep } from '../test/corpus/index';
import { runScript } from '../test/corpus/playwright-script';
import { prng } from '../test/corpus/sample';
import { serveVariant } from '../test/corpus/serve';
import { formShown, prepareAssistant, runAssistantInChromium } from '../test/e2e/corpus-assistant';
import { CHROMIUM_EXCLUDED, corpusProblems, readCorpusState } from '../test/e2e/corpus-check';
import { CHROMIUM, launchWithExtension, welcomePage } from '../test/e2e/extension';
import { KNOWN_GAPS } from '../test/unit/corpus/known-gaps';

const BUDGET_MS = Number(process.env.BENCH_CORPUS_SECONDS ?? 900) * 1000;
const WITH_GAPS = process.env.BENCH_CORPUS_ALL === '1';
/** BENCH_CORPUS_ONLY: a regular expression; only the variants whose id it matches are run (profiling). */
const ONLY = process.env.BENCH_CORPUS_ONLY ? new RegExp(process.env.BENCH_CORPUS_ONLY) : null;

const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function shuffled<T>(items: T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The script cut into the assistant's part and the clerk's: each `userSteps` entry is found, in order, as a
 * run of the script's own steps. Without a match the whole script counts as the fill.
 */
function splitScript(v: CorpusVariant): Array<{ steps: ScriptStep[]; clerk: boolean }> {
  const key = (s: ScriptStep) => JSON.stringify(s);
  const script = v.script.map(key);
  const parts: Array<{ steps: ScriptStep[]; clerk: boolean }> = [];
  let cursor = 0;
  for (const clerkSteps of v.userSteps ?? []) {
    const wanted = clerkSteps.map(key);
    let at = -1;
    for (let i = cursor; i + wanted.length <= script.length && at < 0; i++)
      if (wanted.every((s, k) => script[i + k] === s)) at = i;
    if (at < 0) return [{ steps: v.script, clerk: false }];
    parts.push({ steps: v.script.slice(cursor, at), clerk: false });
    parts.push({ steps: v.script.slice(at, at + wanted.length), clerk: true });
    cursor = at + wanted.length;
  }
  parts.push({ steps: v.script.slice(cursor), clerk: false });
  return parts.filter((p) => p.steps.length);
}

/** Playwright's fill of the same fields, timed in Node; the page's model is checked as the assistant's is. */
async function playwrightFill(
  browser: Browser,
  v: CorpusVariant,
): Promise<{ ms: number; problems: string[] }> {
  const context = await browser.newContext();
  try {
    const url = await serveVariant(context, v);
    const page = await context.newPage();
    await page.goto(url);
    await formShown(page, v);
    let ms = 0;
    let clerkSubmits = 0;
    for (const part of splitScript(v)) {
      const before = part.clerk ? ((await readCorpusState(page))?.submitted ?? 0) : 0;
      const start = performance.now();
      await runScript(page, part.steps, 15_000);
      if (!part.clerk) ms += performance.now() - start;
      else clerkSubmits += ((await readCorpusState(page))?.submitted ?? 0) - before;
    }
    await page.waitForTimeout(50); // as test/e2e/corpus-scripted.spec.ts reads it: blur handlers have run
    const state = await readCorpusState(page);
    return { ms, problems: corpusProblems(v, state, clerkSubmits) };
  } catch (error) {
    return { ms: Number.NaN, problems: [String(error).split('\n')[0] ?? 'error'] };
  } finally {
    await context.close();
  }
}

interface Row {
  id: string;
  form: string;
  steps: number;
  assistantMs: number | null;
  playwrightMs: number | null;
  ratio: number | null;
  faster: boolean | null;
  problems?: string[];
}

async function main() {
  const all = corpusVariants().filter(
    (v) => v.outcome === 'filled' && !CHROMIUM_EXCLUDED.has(v.id) && (!ONLY || ONLY.test(v.id)),
  );
  const order = [
    ...shuffled(
      all.filter((v) => !KNOWN_GAPS.has(v.id)),
      14,
    ),
    ...(WITH_GAPS
      ? shuffled(
          all.filter((v) => KNOWN_GAPS.has(v.id)),
          14,
        )
      : []),
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'asystent-bench-corpus-'));
  const context = await launchWithExtension(dir);
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows: Row[] = [];
  const started = Date.now();
  try {
    await welcomePage(context);
    const env = await prepareAssistant(context);
    for (const [i, v] of order.entries()) {
      if (Date.now() - started > BUDGET_MS) break;
      // Alternate which goes first, so neither always meets the warmer machine.
      let scripted: Awaited<ReturnType<typeof playwrightFill>> | undefined;
      if (i % 2 === 0) scripted = await playwrightFill(plain, v);
      const run = await runAssistantInChromium(env, v);
      await run.page.close();
      if (i % 2 === 1) scripted = await playwrightFill(plain, v);
      const pw = scripted as Awaited<ReturnType<typeof playwrightFill>>;
      const assistantMs = run.problems.length ? null : run.fillMs.reduce((a, b) => a + b, 0);
      const playwrightMs = pw.problems.length ? null : pw.ms;
      const ratio =
        assistantMs !== null && playwrightMs !== null && Number.isFinite(assistantMs)
          ? assistantMs / playwrightMs
          : null;
      const problems = [
        ...run.problems.map((p) => `assistant: ${p}`),
        ...pw.problems.map((p) => `playwright: ${p}`),
      ];
      rows.push({
        id: v.id,
        form: v.form,
        steps: 1 + (v.userSteps?.length ?? 0),
        assistantMs: assistantMs === null ? null : round(assistantMs),
        playwrightMs: playwrightMs === null ? null : round(playwrightMs),
        ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
        faster: ratio === null ? null : ratio < 1,
        ...(problems.length ? { problems } : {}),
      });
      process.stdout.write(
        `${rows.length}/${order.length} ${v.id}: ${assistantMs === null ? 'not filled' : `${round(assistantMs)} ms`} / ${playwrightMs === null ? 'not filled' : `${round(playwrightMs)} ms`}\n`,
      );
    }
  } finally {
    await context.close();
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const measured = rows.filter((r) => r.ratio !== null);
  const ratios = measured.map((r) => r.ratio as number);
  const summary = {
    variantsInCorpus: corpusVariants().length,
    variantsPlanned: order.length,
    variantsRun: rows.length,
    measured: measured.length,
    assistantFaster: measured.filter((r) => r.faster).length,
    medianRatio: ratios.length ? Math.round(median(ratios) * 100) / 100 : null,
    worstRatio: ratios.length ? Math.max(...ratios) : null,
    bestRatio: ratios.length ? Math.min(...ratios) : null,
    assistantMsMedian: round(median(measured.map((r) => r.assistantMs as number))),
    playwrightMsMedian: round(median(measured.map((r) => r.playwrightMs as number))),
    notFilled: rows.filter((r) => r.problems).map((r) => ({ id: r.id, problems: r.problems })),
    excluded: [...CHROMIUM_EXCLUDED.keys()],
    elapsedS: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/corpus.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), chromium: CHROMIUM, summary, rows }, null, 2)}\n`,
  );
  console.log(
    '\nCorpus: one fill per variant, ms (assistant: click → report, in the page; Playwright: its script)',
  );
  console.table(
    rows.map(({ id, form, steps, assistantMs, playwrightMs, ratio }) => ({
      id,
      form,
      steps,
      assistantMs,
      playwrightMs,
      ratio,
    })),
  );
  console.log(
    `measured ${summary.measured} of ${summary.variantsPlanned} planned variants (${summary.variantsRun} run in ${summary.elapsedS} s, ${summary.variantsInCorpus} in the corpus); ` +
      `median ratio assistant/Playwright ${summary.medianRatio} (best ${summary.bestRatio}, worst ${summary.worstRatio}); ` +
      `assistant faster on ${summary.assistantFaster} of ${summary.measured}; medians ${summary.assistantMsMedian} ms vs ${summary.playwrightMsMedian} ms`,
  );
  if (summary.notFilled.length)
    console.log(
      `not timed (a fill did not pass the check):\n${summary.notFilled.map((n) => `  ${n.id}: ${n.problems?.join(' | ')}`).join('\n')}`,
    );
}

await main();
