/**
 * `npm run demo`: Chromium with the built extension and the replica ePUAP pages served locally, so
 * anyone can try the flow without an ePUAP account. Headed where there is a display; with
 * `--screenshot` (or without a display) it plays the flow once and writes screenshots instead.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EPUAP, fixtureUrl, serveEpuapFixtures } from '../test/e2e/epuap-fixtures';
import { CHROMIUM, EXTENSION_DIR, extensionIdOf } from '../test/e2e/extension';
import { BRUDZEW } from '../test/e2e/sample-profiles';
import { fillProfileForm } from '../test/e2e/setup';

const screenshotMode = process.argv.includes('--screenshot') || !process.env.DISPLAY;
const OUT = path.resolve('demo-screenshots');

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'asystent-demo-')), {
  executablePath: CHROMIUM,
  headless: screenshotMode,
  viewport: { width: 1280, height: 860 },
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
await serveEpuapFixtures(context);
const extensionId = await extensionIdOf(context);
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);

if (!screenshotMode) {
  const page = await context.newPage();
  await page.goto(`${EPUAP}/fixtures/epuap/`);
  console.log('Demo: dodaj gminę w karcie z oknem rozszerzenia, potem otwórz Pismo ogólne w replice ePUAP.');
  console.log('Zamknij przeglądarkę, aby zakończyć.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  mkdirSync(OUT, { recursive: true });
  await popup.setViewportSize({ width: 460, height: 760 });
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, {
    ...BRUDZEW,
    epuapLogin: '',
    epuapOrgId: '',
    signatoryRole: 'wojt',
    platformDomain: 'eurzad.brudzew.pl',
  });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await popup.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();

  const banner = await context.newPage();
  await banner.goto(fixtureUrl('banner-a.html'));
  await banner.getByRole('button', { name: 'Zapisz w profilu' }).waitFor();
  await banner.screenshot({ path: path.join(OUT, '1-baner.png') });
  await banner.getByRole('button', { name: 'Zapisz w profilu' }).click();

  for (const file of ['pismo-ogolne-a.html', 'pismo-ogolne-c.html', 'pismo-ogolne-bez-tytulu.html']) {
    const page = await context.newPage();
    await page.goto(fixtureUrl(file));
    await page.getByRole('button', { name: 'Wypełnij wniosek o certyfikat' }).click();
    await page.getByRole('heading', { name: 'Raport wypełnienia' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(OUT, `2-${file.replace('.html', '')}.png`), fullPage: true });
  }
  await popup.reload();
  await popup.screenshot({ path: path.join(OUT, '3-popup.png'), fullPage: true });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.waitForTimeout(500);
  await panel.screenshot({ path: path.join(OUT, '4-sidepanel.png'), fullPage: true });
  console.log(`Zrzuty ekranu zapisane w ${OUT}`);
  await context.close();
}
