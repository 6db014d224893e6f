import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Request } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Lets Playwright see the service worker's own requests, so "no network" covers the background too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The extension's id: the host of its service worker's URL. Playwright can miss a worker that started
 * before it attached; then the id of an unpacked extension follows from its path (Chrome's rule:
 * SHA-256 of the path, first 32 hex digits written with the letters a–p).
 */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
  if (worker) return new URL(worker.url()).host;
  const hex = createHash('sha256').update(EXTENSION_DIR).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * The welcome tab the extension opens on install (runtime.onInstalled). Every test waits for it first,
 * so it never turns up in the middle of a test as "the new page" or "the active tab".
 */
export async function welcomePage(context: BrowserContext, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('The extension did not open its welcome page on install.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface ExtensionFixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Every request any page or the service worker made, to prove the extension stays offline. */
  requests: Request[];
  /** An extension page in a new tab (`documents.html#wniosek`, `mc.html`…), at the size given if any. */
  openPage: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
  openPopup: () => Promise<Page>;
  openSidePanel: () => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'asystent-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await welcomePage(context);
    await use(context);
    await context.close();
  },
  requests: async ({ context }, use) => {
    const seen: Request[] = [];
    context.on('request', (request) => seen.push(request));
    await use(seen);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath, viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    });
  },
  openPopup: async ({ openPage }, use) => {
    await use(() => openPage('popup.html'));
  },
  openSidePanel: async ({ openPage }, use) => {
    await use(() => openPage('sidepanel.html'));
  },
});

export const expect = test.expect;
