import type { Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { centreOf, clickUi, expectUiText, findButton, HOSTS, snapshot, waitForLauncher } from './in-page';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality, SHOTS } from './setup';

test.beforeEach(async ({ context, openPopup }) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  await popup.close();
});

async function filledBoxes(page: Page) {
  const boxes = [];
  for (const selector of ['input[id*="tytul" i], input[name*="tytul" i]', 'textarea', 'select'])
    for (const box of await page.locator(selector).evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    ))
      if (box.width && box.height) boxes.push(box);
  return boxes;
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const file of ['wake-own-late.html', 'pismo-ogolne-a.html'])
  for (const viewport of [
    { width: 1024, height: 640 },
    { width: 960, height: 640 },
  ])
    test(`at ${viewport.width}×${viewport.height} the report covers no filled field: ${file}`, async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(fixtureUrl(file));
      await waitForLauncher(page);
      // A double click starts one fill: the launcher is disabled while it runs.
      const launcher = await waitForLauncher(page);
      const { x, y } = await centreOf(page, launcher.backendNodeId);
      await page.mouse.dblclick(x, y);
      await expectUiText(page, 'Raport', { timeout: 20_000 });
      expect((await snapshot(page)).text.notice ?? '').not.toContain('trwa');
      const panel = await page.locator(HOSTS.panel).boundingBox();
      expect(panel).not.toBeNull();
      for (const field of await filledBoxes(page)) expect(overlaps(field, panel ?? field)).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { __submitted: number }).__submitted)).toBe(0);
    });

test('the report folds to a badge and back, and its close button at the top closes it', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-late.html'));
  await waitForLauncher(page);
  await clickUi(page, 'Wypełnij wniosek o certyfikat', { host: 'launcher' });
  await expectUiText(page, 'Raport wypełnienia', { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/in-page-report-open.png` });
  expect(await findButton(page, 'Zwiń raport do plakietki', 'panel')).toBeTruthy();
  await clickUi(page, 'Zwiń raport do plakietki', { host: 'panel' });
  await expect.poll(async () => (await findButton(page, /Rozwiń raport/, 'panel'))?.name).toMatch(/Raport/);
  await page.screenshot({ path: `${SHOTS}/in-page-report-folded.png` });
  await clickUi(page, /Rozwiń raport/, { host: 'panel' });
  await clickUi(page, 'Zamknij', { host: 'panel' });
  await expect(page.locator(HOSTS.panel)).toHaveCount(0);
  // The launcher stays for the next fill.
  await waitForLauncher(page);
});

test('the launcher comes before the page\'s "Podpisz i wyślij" in Tab order', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-late.html'));
  await waitForLauncher(page);
  const order = await page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const sign = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Podpisz i wyślij');
    return host && sign ? host.compareDocumentPosition(sign) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  }, HOSTS.launcher);
  expect(order).toBeTruthy();
  // The launcher's host is exactly the button's box (tests and people click its centre).
  const host = await page.locator(HOSTS.launcher).boundingBox();
  const button = await waitForLauncher(page);
  const centre = await centreOf(page, button.backendNodeId);
  expect(host && Math.abs(host.x + host.width / 2 - centre.x)).toBeLessThan(1);
  expect(host && Math.abs(host.y + host.height / 2 - centre.y)).toBeLessThan(1);
});
