import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type JSHandle, type Page } from 'puppeteer-core';
import { afterEach, beforeEach } from 'vitest';
import { readWireAnswer, wireMessage } from '../../lib/messaging/wire-answer';
import { FIELD_LABELS } from '../../lib/profile/labels';
import type { ProfileFieldName, ProfileInput } from '../../lib/profile/schema';

/**
 * The Firefox suite's harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with
 * the built `.output/firefox-mv2` installed as a temporary add-on.
 *
 * How the suite reaches the extension's pages: Firefox refuses a test's navigation to a moz-extension://
 * URL, but the welcome page the extension opens on install is an ordinary tab the test may drive, and
 * inside its own origin it moves to the other pages (`location.href = '/popup.html'`).
 */

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const EXTENSION_DIR = path.resolve('.output/firefox-mv2');
const EPUAP_FIXTURES = path.resolve('test/fixtures/epuap');
const TIMEOUT = 15_000;

export interface Firefox {
  browser: Browser;
  /** The extension's own tab (opened on install with the welcome page). */
  tab: Page;
  /** Where Firefox saves downloads for this run. */
  downloads: string;
  close(): Promise<void>;
}

/**
 * Waits until `predicate` returns something truthy in the page, and returns a handle to it: Puppeteer's
 * `waitForFunction`, polled from the test's side. Puppeteer's own in-page poller builds the predicate
 * with `Function()`, which the extension pages' CSP refuses in some Firefox ESR releases (140 does); each
 * `evaluateHandle` here is a WebDriver BiDi call, which that CSP does not govern. A navigation that
 * destroys the page's context between polls is waited out, as `waitForFunction` does.
 */
export async function pollUntil<A extends unknown[], R>(
  page: Page,
  predicate: (...args: A) => R,
  { timeout = TIMEOUT, interval = 50 }: { timeout?: number; interval?: number } = {},
  ...args: A
): Promise<JSHandle<R>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const handle = await page.evaluateHandle(
        predicate as unknown as (...a: never[]) => R,
        ...(args as unknown as never[]),
      );
      if (await (handle as JSHandle<unknown>).evaluate((v: unknown) => Boolean(v)))
        return handle as JSHandle<R>;
      await handle.dispose();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Waiting failed: ${timeout} ms exceeded${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** `waitForSelector` in the same way as `pollUntil`: the first element matching `selector`. */
export async function pollForSelector<E extends Element = Element>(
  page: Page,
  selector: string,
  timeout = TIMEOUT,
): Promise<ElementHandle<E>> {
  const handle = await pollUntil(page, (s) => document.querySelector(s), { timeout }, selector);
  return handle as unknown as ElementHandle<E>;
}

/** Starts a fresh Firefox (new profile), installs the extension and finds the tab it opened. */
export interface LaunchOptions {
  /**
   * Answers Firefox's "allow access to this site?" prompt with yes, as the clerk does: headless Firefox
   * cannot show it. Firefox still requires the request to come from the clerk's click.
   */
  allowSiteAccess?: boolean;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const downloads = mkdtempSync(path.join(tmpdir(), 'asystent-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'intl.locale.requested': 'pl-PL',
      'intl.accept_languages': 'pl-PL, pl',
      // Downloads land in a folder of this run, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'pdfjs.disabled': true,
      ...(options.allowSiteAccess && { 'extensions.webextOptionalPermissionPrompts': false }),
    },
  });
  try {
    await browser.installExtension(EXTENSION_DIR);
    const tab = await extensionTab(browser);
    await pollForSelector(tab, 'h1');
    return {
      browser,
      tab,
      downloads,
      async close() {
        await browser.close();
        rmSync(downloads, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A fresh Firefox for each test of the file, closed after it; `firefox()` is the current test's. */
export function firefoxPerTest(options: LaunchOptions = {}): () => Firefox {
  let current: Firefox | undefined;
  beforeEach(async () => {
    current = await launchFirefox(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('Firefox is launched for each test, not outside one');
    return current;
  };
}

/**
 * The tab the extension opened on install. Puppeteer reports moz-extension tabs as about:blank, so
 * each tab is asked where it is.
 */
async function extensionTab(browser: Browser): Promise<Page> {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith('/welcome.html')) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The extension did not open its welcome page on install (runtime.onInstalled).');
}

/** Moves the extension's tab to another of its pages (`/popup.html`, `/sidepanel.html`, …) and waits for it to render. */
export async function goTo(tab: Page, pagePath: string): Promise<void> {
  await tab.evaluate((to) => {
    location.href = to;
  }, pagePath);
  const [pathname, hash = ''] = pagePath.split('#');
  await pollUntil(
    tab,
    (p, h) =>
      location.pathname === p &&
      location.hash === (h ? `#${h}` : '') &&
      document.readyState === 'complete' &&
      (document.getElementById('app')?.childElementCount ?? 0) > 0,
    { timeout: TIMEOUT },
    pathname,
    hash,
  );
}

/** Reloads the extension's tab, as a clerk reopening the page does. */
export async function reopen(tab: Page): Promise<void> {
  const pagePath = await tab.evaluate(() => location.pathname + location.hash);
  // A mark on the old document proves the page shown afterwards is a new one.
  await tab.evaluate(() => {
    (window as unknown as { beforeReopen?: boolean }).beforeReopen = true;
    location.reload();
  });
  await pollUntil(tab, () => !(window as unknown as { beforeReopen?: boolean }).beforeReopen, {
    timeout: TIMEOUT,
  });
  await goToLoaded(tab, pagePath);
}

async function goToLoaded(tab: Page, pagePath: string): Promise<void> {
  await pollUntil(
    tab,
    (p) =>
      location.pathname + location.hash === p &&
      document.readyState === 'complete' &&
      (document.getElementById('app')?.childElementCount ?? 0) > 0,
    { timeout: TIMEOUT },
    pagePath,
  );
}

/** Runs a wait; when it times out, says what was awaited and what the page showed instead. */
/** What a person reads on the page (rendered text, not the DOM's raw text). */
function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees.
  return page.evaluate(() => document.body.innerText).catch(() => '(unreadable)');
}

async function waitOr<T>(what: string, page: Page, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    const shown = await visibleText(page);
    throw new Error(
      `${what}: ${error instanceof Error ? error.message : error}. The page shows:\n${shown.slice(0, 3000)}`,
    );
  }
}

/** Waits until the page's visible text contains `text` (the way a person reads it), and returns that text. */
export async function waitForText(page: Page, text: string, timeout = TIMEOUT): Promise<string> {
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees.
    await pollUntil(page, (t) => document.body.innerText.includes(t), { timeout }, text);
  } catch {
    const shown = await visibleText(page);
    throw new Error(`Text not shown: “${text}”. The page shows:\n${shown.slice(0, 3000)}`);
  }
  return visibleText(page);
}

/** A button by its visible text (exact, whitespace-trimmed), as a person finds it. */
export async function button(
  page: Page,
  name: string,
  within = 'body',
): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await waitOr(`No enabled button “${name}”`, page, () =>
    pollUntil(
      page,
      (n, scope) =>
        [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === n && !b.disabled,
        ),
      { timeout: TIMEOUT },
      name,
      within,
    ),
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

export async function clickButton(page: Page, name: string, within = 'body'): Promise<void> {
  await (await button(page, name, within)).click();
}

/** The form control a visible label names (its `for` or the control it wraps). */
export async function field(
  page: Page,
  label: string,
  within = 'body',
): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await waitOr(`No field labelled “${label}”`, page, () =>
    pollUntil(
      page,
      (l, scope) => {
        const labels = [...(document.querySelector(scope)?.querySelectorAll('label') ?? [])];
        return labels.find((x) => x.textContent?.trim() === l)?.control ?? null;
      },
      { timeout: TIMEOUT },
      label,
      within,
    ),
  );
  return handle as unknown as ElementHandle<HTMLInputElement>;
}

/** Types into a field with the keyboard, replacing what it held. */
export async function typeInto(page: Page, label: string, value: string, within = 'body'): Promise<void> {
  const control = await field(page, label, within);
  // Focused, not clicked: a popup's sticky button bar may cover a field scrolled to the window's edge.
  await control.evaluate((c) => {
    c.scrollIntoView({ block: 'center' });
    c.focus();
    c.select();
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

/** Fills the municipality form the way a clerk does: by the fields' visible labels, with the keyboard. */
export async function fillProfileForm(page: Page, values: Partial<ProfileInput>): Promise<void> {
  for (const [name, value] of Object.entries(values) as Array<[ProfileFieldName, string]>) {
    if (name === 'signatoryRole') await (await field(page, FIELD_LABELS[name])).select(value);
    else await typeInto(page, FIELD_LABELS[name], value);
  }
}

/**
 * Sends one protocol request from an extension page, as the popup or side panel would (set-up only): the
 * wire message of @webext-core/messaging (lib/messaging/wire.ts), answered with `{ res }` or `{ err }`.
 */
export async function ask<T>(tab: Page, type: string, data: unknown): Promise<T> {
  const answer = await tab.evaluate(
    (m) =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).browser.runtime.sendMessage(m),
    wireMessage(type, data) as never,
  );
  return readWireAnswer<T>(answer, `No answer to ${type}`);
}

export const EPUAP = 'https://epuap.gov.pl';
export const epuapFixtureUrl = (file: string) => `${EPUAP}/fixtures/epuap/${file}`;

/**
 * Serves the replica ePUAP pages for https://epuap.gov.pl in a new tab: nothing reaches the real site,
 * and the extension's content script runs there as on the real host.
 */
export async function openEpuapReplica(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.origin !== EPUAP) return void request.continue();
    const name = url.pathname.match(/^\/fixtures\/epuap\/([\w.-]+)$/)?.[1];
    const known = name && readdirSync(EPUAP_FIXTURES).includes(name);
    if (!known) return void request.respond({ status: 404, body: 'Brak takiej strony w replice ePUAP.' });
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.join(EPUAP_FIXTURES, name)),
    });
  });
  await page.goto(epuapFixtureUrl(file), { waitUntil: 'load' });
  return page;
}

/**
 * THE ONE PLACE that finds the assistant's in-page launcher ("Wypełnij wniosek o certyfikat").
 * The in-page UI lives in a shadow root (to become closed), so the suite does not look inside it: it
 * finds the shadow host by its tag and clicks with a real mouse at the centre of the host's box.
 * While today's host is a zero-size inline element around fixed-position content, the open root's
 * launcher button gives the box instead; once the host itself is the launcher's box, that fallback is
 * never used. Adjust here if the host's tag or shape changes.
 */
export const LAUNCHER_HOST_TAG = 'asystent-epuap-launcher';

export async function clickLauncher(page: Page): Promise<void> {
  await waitOr(`No <${LAUNCHER_HOST_TAG}> element (the in-page UI's shadow host) on the page`, page, () =>
    pollForSelector(page, LAUNCHER_HOST_TAG),
  );
  const box = await waitOr(
    `<${LAUNCHER_HOST_TAG}> has no box to click and no open root with the launcher: give the host the launcher's box, or adjust clickLauncher() in test/firefox/firefox.ts`,
    page,
    () =>
      pollUntil(
        page,
        (tag) => {
          const hosts = [...document.querySelectorAll(tag)];
          for (const host of hosts) {
            const own = host.getBoundingClientRect();
            if (own.width > 0 && own.height > 0)
              return { x: own.x, y: own.y, width: own.width, height: own.height };
            const launcher = [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
              b.textContent?.includes('Wypełnij'),
            );
            const inner = launcher?.getBoundingClientRect();
            if (inner && inner.width > 0)
              return { x: inner.x, y: inner.y, width: inner.width, height: inner.height };
          }
          return null;
        },
        { timeout: TIMEOUT },
        LAUNCHER_HOST_TAG,
      ),
  );
  const { x, y, width, height } = (await box.jsonValue()) as {
    x: number;
    y: number;
    width: number;
    height: number;
  };
  await page.mouse.click(x + width / 2, y + height / 2);
}

/** Waits for a file in the run's download folder whose name matches, and returns its bytes. */
export async function downloaded(firefox: Firefox, name: RegExp, timeout = TIMEOUT): Promise<Buffer> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const file = readdirSync(firefox.downloads).find((f) => name.test(f) && !f.endsWith('.part'));
    if (file) {
      const bytes = readFileSync(path.join(firefox.downloads, file));
      if (bytes.length > 0) return bytes;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `No download matching ${name} in ${timeout} ms; found: ${readdirSync(firefox.downloads).join(', ')}`,
  );
}
