// Loads a fixture from test/fixtures/mc into a happy-dom page served from a made-up MC host, with its
// inline scripts running (variant B is a small framework that re-renders from its own state).

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/mc');
export const MC_FIXTURE_BASE = 'https://formularz-mc.example.gov.pl/wniosek/';

export interface LoadedMcFixture {
  document: Document;
  window: Window & Record<string, unknown>;
  close: () => Promise<void>;
}

export async function openMcFixture(name: string): Promise<LoadedMcFixture> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: { virtualServers: [{ url: MC_FIXTURE_BASE, directory: FIXTURES_DIR }] },
    },
  });
  const page = browser.newPage();
  await page.goto(MC_FIXTURE_BASE + name);
  await page.waitUntilComplete();
  const window = page.mainFrame.window as unknown as Window & Record<string, unknown>;
  return { document: window.document, window, close: () => browser.close() };
}
