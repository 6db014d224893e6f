// Loads a fixture from test/fixtures/epuap into a real happy-dom page served as https://epuap.gov.pl/…,
// with its inline scripts running and same-origin iframes loaded by their relative src.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';

// Plain paths: under the happy-dom environment the global URL is happy-dom's, not Node's.
const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/epuap');
export const FIXTURE_BASE = 'https://epuap.gov.pl/fixtures/epuap/';

export interface LoadedFixture {
  document: Document;
  window: Window & Record<string, unknown>;
  close: () => Promise<void>;
}

export async function openFixture(name: string): Promise<LoadedFixture> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      enableIframePageLoading: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: { virtualServers: [{ url: FIXTURE_BASE, directory: FIXTURES_DIR }] },
    },
  });
  const page = browser.newPage();
  await page.goto(FIXTURE_BASE + name);
  await page.waitUntilComplete();
  const window = page.mainFrame.window as unknown as Window & Record<string, unknown>;
  return { document: window.document, window, close: () => browser.close() };
}

/** The window of the iframe at `index` in `doc` (fixture scripts keep their state on `window`). */
export function frameWindow(doc: Document, index = 0): Window & Record<string, unknown> {
  const frame = doc.querySelectorAll('iframe')[index] as HTMLIFrameElement;
  return frame.contentWindow as unknown as Window & Record<string, unknown>;
}
