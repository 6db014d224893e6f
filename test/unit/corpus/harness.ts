// Runs replica pages in the CorpusVariant shape (test/corpus/CONTRACT.md) in happy-dom: serve the files,
// open index.html, let the assistant fill (the real recipes through the engine), check the page's model.
// Used for the independent corpus (test/corpus) and for the engine's own widget pages.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser } from 'happy-dom';
import { fill } from '../../../lib/autofill';
import type { FillReport } from '../../../lib/autofill/types';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';
import {
  fillMcForm,
  mcFormShown,
  passwordInputs,
  readPasswordConstraintsWhenShown,
} from '../../../lib/sites/mc';
import { generatePasswordPairFitting } from '../../../lib/vault';
import { BRUDZEW_COMPLETE } from '../../fixtures/sample-profiles';
import { honourSelectedOnParsedOptions } from './happy-dom-fidelity';

honourSelectedOnParsedOptions();

export type ScriptStep =
  | { action: 'fill'; selector: string; value: string; frames?: string[] }
  | { action: 'type'; selector: string; value: string; frames?: string[] }
  | { action: 'click'; selector: string; frames?: string[] }
  | { action: 'selectOption'; selector: string; value: string; frames?: string[] }
  | { action: 'check'; selector: string; frames?: string[] }
  | { action: 'press'; selector: string; key: string; frames?: string[] }
  | { action: 'waitFor'; selector: string; frames?: string[] };

export interface Variant {
  id: string;
  form: 'pismo' | 'mc';
  description: string;
  dimensions: Record<string, string>;
  origin: 'generated' | 'hand';
  files: Record<string, string>;
  script: ScriptStep[];
  userSteps?: ScriptStep[][];
  expected: Record<string, string>;
  outcome: 'filled' | 'no-recipient' | 'ambiguous-recipient';
}

export function variantUrl(v: Variant): string {
  return v.form === 'pismo'
    ? `https://epuap.gov.pl/corpus/${v.id}/`
    : `https://formularz.mc.gov.pl/corpus/${v.id}/`;
}

export interface CorpusApi {
  model(): Record<string, string>;
  submitted(): number;
  valid(): boolean;
}

export interface OpenVariant {
  /** Submissions the page counted during the clerk's own steps (userSteps), not the assistant's. */
  clerkSubmits?: number;
  document: Document;
  window: Window & { __corpus?: CorpusApi };
  close(): Promise<void>;
}

export async function openVariant(v: Variant, base = variantUrl(v)): Promise<OpenVariant> {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [path, content] of Object.entries(v.files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      enableIframePageLoading: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: { virtualServers: [{ url: base, directory: dir }] },
      navigation: { disableChildPageNavigation: false },
    },
  });
  const page = browser.newPage();
  await page.goto(`${base}index.html`);
  await page.waitUntilComplete();
  const window = page.mainFrame.window as unknown as OpenVariant['window'];
  return {
    document: window.document,
    window,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const FAST = { timeoutMs: 3000, settleMs: 60 };

export const SNAPSHOT = snapshotForApplication(BRUDZEW_COMPLETE, { now: new Date('2026-11-20T10:00:00Z') });

/** The assistant's fill of one variant (every step the clerk moves on to), the reports in order. */
export async function runAssistant(v: Variant, page: OpenVariant): Promise<FillReport[]> {
  const reports: FillReport[] = [];
  // As mc.html's vault: one pair for the whole form, made to fit the rules of the first step that shows
  // password fields (a later step repeating them gets the same pair).
  let pair: ReturnType<typeof generatePasswordPairFitting> | undefined;
  const once = async (): Promise<void> => {
    if (v.form === 'pismo') {
      reports.push((await fill(pismoOgolneRecipe, {}, page.document, FAST)).report);
    } else {
      // As mc.html does: the rules are read once the tab shows its password fields, the pair made to fit.
      const constraints = await readPasswordConstraintsWhenShown(page.document, FAST.timeoutMs, () =>
        mcFormShown(page.document),
      );
      pair ??=
        passwordInputs(page.document).length > 0 ? generatePasswordPairFitting(constraints) : undefined;
      const passwords = pair ?? generatePasswordPairFitting(constraints);
      reports.push(
        (
          await fillMcForm(
            page.document,
            SNAPSHOT,
            { revocation: passwords.revocation, p12: passwords.p12 },
            FAST,
          )
        ).report,
      );
    }
  };
  await waitForLoad(page);
  await once();
  for (const steps of v.userSteps ?? []) {
    // The clerk's own clicks ("Dalej") are theirs, not the assistant's: happy-dom cannot mark them
    // trusted, so what the page counts during them is set aside.
    const before = page.window.__corpus?.submitted() ?? 0;
    try {
      for (const step of steps) await runStep(page.document, step);
    } catch (error) {
      // Where the assistant rightly stopped and asked about the recipient, the page does not let the clerk
      // on before they choose one themselves: the variant's flow ends there, checked as it stands.
      if (v.outcome !== 'filled' && askedAboutRecipient(reports)) break;
      throw error;
    } finally {
      // Also when a step fails halfway: its clicks were still the clerk's.
      page.clerkSubmits = (page.clerkSubmits ?? 0) + (page.window.__corpus?.submitted() ?? 0) - before;
    }
    await settle(page.window);
    await once();
  }
  return reports;
}

/** The report's keys of the Pismo ogólne's `expected` keys (an MC form's keys are the report's own). */
const REPORT_KEY: Record<string, string> = { rodzaj: 'letterType', tytul: 'title', tresc: 'body' };
const DONE = new Set(['filled', 'already', 'hint', 'skipped']);

/**
 * The report's own truth, for a variant whose page holds every expected value: a field the page holds
 * right is not reported as failed in every report ("the page did not take it", "clicked, but nothing
 * changed"). A later step's report may fill a field an earlier one did not find, so one success is enough.
 */
export function falseReports(v: Variant, reports: FillReport[]): string[] {
  const done = new Set(reports.flatMap((r) => r.fields.filter((f) => DONE.has(f.status)).map((f) => f.key)));
  const out: string[] = [];
  for (const key of Object.keys(v.expected)) {
    const reportKey = REPORT_KEY[key] ?? key;
    const failed = reports.flatMap((r) => r.fields).find((f) => f.key === reportKey && !DONE.has(f.status));
    if (failed && !done.has(reportKey))
      out.push(
        `the report says ${reportKey} failed (${failed.status}: ${failed.message}) although the page holds it`,
      );
  }
  return out;
}

/** Whether a report stopped at the recipient and told the clerk why (no exact match, several equal ones). */
export function askedAboutRecipient(reports: FillReport[]): boolean {
  return reports.some((r) =>
    r.fields.some((f) => f.key === 'recipient' && (f.status === 'not-found' || f.status === 'ambiguous')),
  );
}

/** Waits for frames and late-mounted content the way a clerk waits for the page to show (bounded). */
async function waitForLoad(page: OpenVariant): Promise<void> {
  const win = page.window as unknown as { happyDOM?: { waitUntilComplete(): Promise<void> } };
  await win.happyDOM?.waitUntilComplete();
}

async function settle(win: Window): Promise<void> {
  const w = win as unknown as { happyDOM?: { waitUntilComplete(): Promise<void> } };
  await w.happyDOM?.waitUntilComplete();
}

/** A clerk's action from `userSteps` (CSS selectors, `text=` and the frame chain). */
async function runStep(top: Document, step: ScriptStep): Promise<void> {
  let doc = top;
  for (const frame of step.frames ?? []) {
    const el = doc.querySelector(frame) as HTMLIFrameElement | null;
    if (!el?.contentDocument) throw new Error(`no frame ${frame}`);
    doc = el.contentDocument;
  }
  const el = find(doc, step.selector);
  if (!el) throw new Error(`no element ${step.selector}`);
  if (step.action === 'click' || step.action === 'check') (el as HTMLElement).click();
  else if (step.action === 'waitFor') await waitVisible(doc, step.selector);
  else if (step.action === 'fill' || step.action === 'type') {
    (el as HTMLInputElement).value = step.value;
    el.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }));
  }
}

async function waitVisible(doc: Document, selector: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const el = find(doc, selector) as HTMLElement | null;
    if (el && !el.closest('[hidden]')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A Playwright selector's first match: CSS pierces open shadow roots (as Playwright's does), `text=` too. */
function find(doc: Document, selector: string): Element | null {
  const text = /^text=["']?(.*?)["']?$/.exec(selector)?.[1];
  if (text !== undefined) {
    const all = deepAll(doc, 'button, a, [role="button"], input[type="button"], *');
    return all.find((e) => (e.textContent ?? '').trim() === text) ?? null;
  }
  return deepAll(doc, selector)[0] ?? null;
}

function deepAll(root: Document | ShadowRoot, selector: string): Element[] {
  const out = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*')))
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

/** What is wrong with the page after the fill, per the contract; [] when the variant passed. */
export function checkVariant(v: Variant, page: OpenVariant): string[] {
  const api = page.window.__corpus;
  if (!api) return ['the page exposes no window.__corpus'];
  const problems: string[] = [];
  const model = api.model();
  const submitted = api.submitted() - (page.clerkSubmits ?? 0);
  if (submitted !== 0) problems.push(`submitted ${submitted}×`);
  if (v.outcome !== 'filled') {
    if (model.recipient) problems.push(`a recipient was chosen: ${model.recipient}`);
    return problems;
  }
  for (const [key, want] of Object.entries(v.expected)) {
    const got = model[key];
    if (want === '*password*') {
      if (!got) problems.push(`${key} is empty`);
    } else if (got !== want) problems.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  const pairs: [string, string][] = [
    ['revokePassword', 'revokePasswordRepeat'],
    ['p12Password', 'p12PasswordRepeat'],
  ];
  for (const [a, b] of pairs)
    if (a in v.expected && model[a] !== model[b]) problems.push(`${a} and ${b} differ`);
  if ('revokePassword' in v.expected && model.revokePassword === model.p12Password)
    problems.push('the two passwords are equal');
  if (!api.valid()) problems.push('the page says the form is not valid');
  return problems;
}
