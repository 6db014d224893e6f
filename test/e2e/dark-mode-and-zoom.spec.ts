import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { COMPLETE, expectNoAxeViolations, expectNoSidewaysScroll, SHOTS, saveProfileVia } from './setup';

const PAGES = ['popup.html', 'sidepanel.html', 'documents.html', 'mc.html', 'profile.html'] as const;

async function open(page: Page, extensionId: string, path: string) {
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.getByText(/^Wczytywanie/)).toHaveCount(0);
}

test('every extension page has a dark scheme and passes axe-core in both schemes', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await saveProfileVia(page, { ...COMPLETE, nip: '' });
  await page.setViewportSize({ width: 900, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await open(page, extensionId, path);
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      // Dark means a dark background, not only dark text on white.
      expect(background, `${path} in ${scheme}`).toBe(
        scheme === 'dark' ? 'rgb(20, 24, 29)' : 'rgb(255, 255, 255)',
      );
      await expectNoAxeViolations(page);
    }
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 460, height: 600 });
  await open(page, extensionId, 'popup.html');
  await page.screenshot({ path: `${SHOTS}/popup-dark.png`, fullPage: true });
  await page.setViewportSize({ width: 400, height: 800 });
  await open(page, extensionId, 'sidepanel.html');
  await page.screenshot({ path: `${SHOTS}/sidepanel-dark.png` });
  await page.setViewportSize({ width: 1000, height: 800 });
  await open(page, extensionId, 'documents.html');
  await page.screenshot({ path: `${SHOTS}/documents-dark.png` });
});

test('at 200% zoom the popup fits its window and the side panel works at 320 px', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await saveProfileVia(page, COMPLETE);
  // Chrome's popup is at most 800 device pixels wide: 400 CSS pixels at 200%.
  await page.setViewportSize({ width: 400, height: 300 });
  await open(page, extensionId, 'popup.html');
  expect(await page.locator('.popup').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(
    400,
  );
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/popup-zoom-200.png` });
  // Without zoom it keeps its 440 px.
  await page.setViewportSize({ width: 800, height: 600 });
  expect(await page.locator('.popup').evaluate((el) => el.getBoundingClientRect().width)).toBe(440);

  // A 320-px side panel at 200% is 160 CSS pixels wide.
  await page.setViewportSize({ width: 160, height: 700 });
  await open(page, extensionId, 'sidepanel.html');
  await expectNoSidewaysScroll(page);
  const button = page
    .locator('li[data-step-id="application"]')
    .getByRole('button', { name: 'Przygotuj wniosek do druku' });
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(160);
  await page.screenshot({ path: `${SHOTS}/sidepanel-320px-at-200.png`, fullPage: true });
});

test('hints and errors are at least 14 px on every page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await saveProfileVia(page, { ...COMPLETE, nip: '' });
  for (const path of PAGES) {
    await open(page, extensionId, path);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.hint, .error, .notice, .meta, .step-missing, .date-understood',
        ),
      ]
        .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < 14)
        .map((el) => `${el.className}: ${getComputedStyle(el).fontSize}`),
    );
    expect(small, path).toEqual([]);
  }
});
