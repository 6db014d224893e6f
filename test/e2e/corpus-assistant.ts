/**
 * Drives the built extension through one corpus variant the way a clerk does, in real Chromium: the
 * Pismo ogólne by the one click on the in-page launcher, the MC form from the extension's mc.html (link
 * pasted, site access granted, vault open, "Wypełnij formularz MC"); between the steps of a multi-step
 * form the clerk's own `userSteps` ("Dalej"), then the assistant again. Shared by
 * test/e2e/corpus-extension.spec.ts and bench/corpus.ts.
 *
 * Each fill is also timed from outside the extension: the page records the trusted click (on the launcher's
 * host, or on mc.html's button) and the moment the report's host element appears or is re-placed in the form's
 * page, on the shared epoch clock (`performance.timeOrigin + performance.now()`).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { snapshotForApplication } from '../../lib/documents/snapshot';
import type { CorpusVariant, ScriptStep } from '../corpus/index';
import { locate, runScript } from '../corpus/playwright-script';
import { serveVariant } from '../corpus/serve';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import { type CorpusState, corpusProblems, readCorpusState } from './corpus-check';
import { extensionIdOf } from './extension';
import { clickLauncher, findButton, HOSTS, snapshot, waitForLauncher } from './in-page';
import { ask } from './protocol';

const MC_ORIGIN = 'https://formularz.mc.gov.pl';
const PASSPHRASE = 'zielony most nad Wartą';
const LAUNCHER_IDLE = 'Wypełnij wniosek o certyfikat';
/** The report's words when the search has no entity named exactly so, or several (lib/autofill/messages.ts). */
const RECIPIENT_QUESTION = /nie zawierają pozycji o nazwie dokładnie|Nie wybieram za Ciebie/;

export interface AssistantEnv {
  context: BrowserContext;
  extensionId: string;
  /** The extension's mc.html, kept open for the whole run (its vault stays open). */
  mc: Page;
  /** The password rules the open vault was made with (the clerk sets them as the MC form states). */
  vaultRules: VaultRules | null;
}

export interface AssistantRun {
  state: CorpusState | null;
  clerkSubmits: number;
  /** [] when the variant passed `checkVariant`. */
  problems: string[];
  /** One per fill (step): click → report shown, ms, measured in the page. */
  fillMs: number[];
  /** What the in-page UI showed at the end (report, notice), and mc.html's alert for MC. */
  shown: string;
  /** A stop outcome whose page would not go on to its next step without the recipient the assistant refused. */
  stoppedAtRecipient: boolean;
  page: Page;
}

/** A municipality with its printed application, the MC host granted, mc.html open. */
export async function prepareAssistant(context: BrowserContext): Promise<AssistantEnv> {
  const extensionId = await extensionIdOf(context);
  const mc = await context.newPage();
  await mc.goto(`chrome-extension://${extensionId}/mc.html`);
  const saved = await ask<{ ok: true; profile: { id: string } }>(mc, 'profile.save', {
    id: null,
    input: BRUDZEW_COMPLETE,
  });
  const snapshotData = snapshotForApplication(
    { ...BRUDZEW_COMPLETE, id: saved.profile.id },
    { now: new Date('2026-11-20T10:00:00Z') },
  );
  await ask(mc, 'documents.saveSnapshots', { snapshots: [snapshotData] });
  await grantSiteLikeAPerson(context, extensionId, `${MC_ORIGIN}/*`);
  await mc.reload();
  return { context, extensionId, mc, vaultRules: null };
}

/**
 * A person answers the browser's "allow access to this site?" prompt, which headless automation cannot
 * click; chrome://extensions' own API grants the site as "Site access" does (as in mc-form.spec.ts). The
 * extension's own `permissions.request` then resolves true, so the product's code path runs unchanged.
 */
async function grantSiteLikeAPerson(context: BrowserContext, extensionId: string, host: string) {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id as string, pattern as string),
    [extensionId, host],
  );
  await page.close();
}

/** The vault's password rules, as mc.html offers them. */
export interface VaultRules {
  length: number;
  symbols: string | null;
}

/**
 * The rules a clerk sets in mc.html after reading the MC form: a form that asks for a special character
 * gets 14 characters with the specials it names (or the common ones); any other gets 12 letters and digits,
 * which fits every "8–16 / 10–20 letters or digits / at least 12 with an upper case letter and a digit".
 */
export function vaultRulesFor(pageText: string): VaultRules {
  if (!/znak\w*\s+specjaln/i.test(pageText)) return { length: 12, symbols: null };
  const named = /spośród:?\s*([!-/:-@[-`{-~](?:\s*[!-/:-@[-`{-~])*)/.exec(pageText)?.[1];
  return { length: 14, symbols: named ? named.replace(/\s+/g, '') : '!@#%' };
}

async function ensureVault(env: AssistantEnv, rules: VaultRules): Promise<void> {
  const same = env.vaultRules?.length === rules.length && env.vaultRules?.symbols === rules.symbols;
  if (same) return;
  const { mc } = env;
  if (env.vaultRules) {
    await mc.getByRole('button', { name: 'Zamknij sejf' }).click();
    await mc.getByRole('button', { name: 'Wygeneruj nowe hasła…' }).click();
    await mc.getByLabel('Rozumiem, stare hasła przepadną').check();
  }
  await mc.getByLabel('Długość każdego hasła (znaki)').fill(String(rules.length));
  const symbols = mc.getByLabel('znaki specjalne', { exact: true });
  if (rules.symbols === null) await symbols.uncheck();
  else {
    await symbols.check();
    await mc.getByLabel('Dozwolone znaki specjalne').fill(rules.symbols);
  }
  await mc.getByLabel('Hasło do sejfu', { exact: true }).fill(PASSPHRASE);
  await mc.getByLabel('Powtórz hasło do sejfu').fill(PASSPHRASE);
  await mc.getByRole('button', { name: 'Wygeneruj hasła i zapisz w sejfie' }).click();
  await mc.getByText('Sejf otwarty.').waitFor({ timeout: 20_000 });
  env.vaultRules = rules;
}

/** Everything the form's page shows as text, frames and open shadow roots included (what the clerk reads). */
async function pageText(page: Page): Promise<string> {
  const parts = await Promise.all(
    page.frames().map((frame) =>
      frame
        // No named functions inside: the bench runs under tsx, whose helpers (`__name`) the page lacks.
        .evaluate(() => {
          const out: string[] = [];
          const stack: Node[] = document.body ? [document.body] : [];
          while (stack.length) {
            const node = stack.pop() as Node;
            if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
            if (node instanceof Element) {
              if (node.localName === 'script' || node.localName === 'style') continue;
              if (node.shadowRoot) stack.push(node.shadowRoot);
              const title = node.getAttribute('title');
              if (title) out.push(title);
            }
            stack.push(...Array.from(node.childNodes).reverse());
          }
          return out.join(' ');
        })
        .catch(() => ''),
    ),
  );
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Records, in the page, the moments its report host (asystent-epuap-panel) appears or is placed anew. */
async function trackReports(page: Page): Promise<void> {
  await page.evaluate((tag) => {
    const w = window as unknown as { __cbenchReports?: number[] };
    if (w.__cbenchReports) return;
    const reports: number[] = [];
    w.__cbenchReports = reports;
    const onHost = new MutationObserver(() => reports.push(performance.timeOrigin + performance.now()));
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.localName === tag) {
            reports.push(performance.timeOrigin + performance.now());
            onHost.observe(n, { attributes: true, attributeFilter: ['style'] });
          }
    }).observe(document.documentElement, { childList: true });
  }, HOSTS.panel);
}

/** Records, in the page, the time of the next trusted click (the clerk's). */
async function trackNextClick(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __cbenchClick?: number };
    w.__cbenchClick = undefined;
    addEventListener(
      'click',
      (event) => {
        if (event.isTrusted) w.__cbenchClick = performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
  });
}

async function clickedAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { __cbenchClick?: number }).__cbenchClick);
}

async function firstReportAfter(page: Page, at: number | undefined): Promise<number | undefined> {
  if (at === undefined) return undefined;
  const reports = await page.evaluate(
    () => (window as unknown as { __cbenchReports?: number[] }).__cbenchReports ?? [],
  );
  const end = reports.find((t) => t >= at);
  return end === undefined ? undefined : end - at;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeout: number) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: nie doczekano się w ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The first element a person's script touches: the form is shown once it is visible. */
export async function formShown(page: Page, v: CorpusVariant, timeout = 15_000): Promise<void> {
  const first = v.script.find((s) => s.action !== 'waitFor') ?? v.script[0];
  if (first) await locate(page, first).waitFor({ state: 'visible', timeout });
}

/** The Pismo ogólne: the clerk's click on the launcher, then the launcher is idle again (the fill ended). */
async function fillPismoOnce(page: Page): Promise<number | undefined> {
  await page.bringToFront();
  await waitForLauncher(page, 15_000);
  await trackReports(page);
  await trackNextClick(page);
  await clickLauncher(page, 15_000);
  await until(
    'koniec wypełniania (przycisk Asystenta znów gotowy)',
    async () => {
      const b = await findButton(page, LAUNCHER_IDLE, 'launcher');
      return b && !b.disabled;
    },
    45_000,
  );
  return firstReportAfter(page, await clickedAt(page));
}

/** The MC form: the link pasted in mc.html, "Wypełnij formularz MC", then that button idle again. */
async function fillMcOnce(env: AssistantEnv, form: Page, url: string): Promise<number | undefined> {
  const { mc } = env;
  await trackReports(form);
  await mc.bringToFront();
  await mc.getByLabel('Link z e-maila od MC').fill(url);
  const button = mc.getByRole('button', { name: /^Wypełnij formularz MC/ });
  await trackNextClick(mc);
  await button.click();
  await until(
    'koniec wypełniania (przycisk „Wypełnij formularz MC” znów gotowy)',
    async () => (await button.count()) === 1 && (await button.isEnabled()),
    45_000,
  );
  return firstReportAfter(form, await clickedAt(mc));
}

/** The clerk's own actions; what the page counts as submitted meanwhile is theirs (added to `add`). */
async function runClerkSteps(page: Page, steps: ScriptStep[], add: (submits: number) => void): Promise<void> {
  const before = (await readCorpusState(page))?.submitted ?? 0;
  let failure: unknown;
  try {
    await runScript(page, steps, 15_000);
  } catch (error) {
    failure = error;
  }
  // Also when a step fails halfway: its clicks were still the clerk's.
  add(((await readCorpusState(page).catch(() => null))?.submitted ?? before) - before);
  if (failure) throw failure;
}

/** One variant, start to end, through the built extension; the page is left open for the caller. */
export async function runAssistantInChromium(env: AssistantEnv, v: CorpusVariant): Promise<AssistantRun> {
  const { context } = env;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  const url = await serveVariant(context, v);
  const page = await context.newPage();
  const fillMs: number[] = [];
  let clerkSubmits = 0;
  const stopped: string[] = [];
  let stoppedAtRecipient = false;
  try {
    await page.goto(url);
    await formShown(page, v);
    if (v.form === 'mc') await ensureVault(env, vaultRulesFor(await pageText(page)));
    const once = async () => {
      const ms = v.form === 'pismo' ? await fillPismoOnce(page) : await fillMcOnce(env, page, url);
      fillMs.push(ms ?? Number.NaN);
    };
    await once();
    for (const steps of v.userSteps ?? []) {
      try {
        await runClerkSteps(page, steps, (n) => {
          clerkSubmits += n;
        });
      } catch (error) {
        // As in the happy-dom harness: where the assistant rightly stopped and asked about the recipient,
        // the page does not let the clerk on before they choose one; the flow ends there, checked as it is.
        const said = (await snapshot(page).catch(() => null))?.text.panel ?? '';
        if (v.outcome !== 'filled' && RECIPIENT_QUESTION.test(said)) {
          stoppedAtRecipient = true;
          break;
        }
        throw error;
      }
      await once();
    }
  } catch (error) {
    stopped.push(`the fill did not get through: ${error instanceof Error ? error.message : String(error)}`);
  }
  const state = await readCorpusState(page).catch(() => null);
  const ui = await snapshot(page).catch(() => null);
  const alert =
    v.form === 'mc'
      ? await env.mc
          .getByRole('alert')
          .allInnerTexts()
          .then((t) => t.join(' ').trim())
          .catch(() => '')
      : '';
  const shown = [ui?.text.panel, ui?.text.notice, alert].filter(Boolean).join(' | ');
  return {
    state,
    clerkSubmits,
    problems: [...stopped, ...corpusProblems(v, state, clerkSubmits)],
    fillMs,
    shown,
    stoppedAtRecipient,
    page,
  };
}
