import type { Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { clickLauncher, expectReportLine, HOSTS, hasLauncher, waitForLauncher } from './in-page';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality } from './setup';

const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';

test.beforeEach(async ({ context, openPopup }) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  await popup.close();
});

/** The page itself notes when the launcher's host enters and leaves it (the host is in its light DOM). */
async function watchLauncher(page: Page): Promise<void> {
  await page.evaluate((tag) => {
    const w = window as unknown as { __launcherAt?: number; __launcherGoneAt?: number };
    new MutationObserver(() => {
      const present = document.querySelector(tag) !== null;
      if (present && w.__launcherAt === undefined) w.__launcherAt = performance.now();
      if (!present && w.__launcherAt !== undefined && w.__launcherGoneAt === undefined)
        w.__launcherGoneAt = performance.now();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, HOSTS.launcher);
}

const times = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, number | undefined>;
    return {
      mounted: w.__mountedAt,
      removed: w.__removedAt,
      shown: w.__launcherAt,
      gone: w.__launcherGoneAt,
    };
  });

async function expectFilled(page: Page, frame = page.mainFrame()): Promise<void> {
  await clickLauncher(page);
  await expectReportLine(page, 'Tytuł pisma', '✓');
  await expectReportLine(page, 'Treść pisma', '✓');
  await expect(frame.getByLabel(/Tytuł/).first()).toHaveValue(TITLE);
  expect(await page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0)).toBe(0);
}

test('an app that mounts the form after load gets the launcher within 500 ms, and it fills', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-late.html'));
  await watchLauncher(page);
  expect(await hasLauncher(page)).toBe(false);
  await waitForLauncher(page);
  const t = await times(page);
  expect((t.shown ?? Number.POSITIVE_INFINITY) - (t.mounted ?? 0)).toBeLessThanOrEqual(500);
  await expectFilled(page);
});

test('"Załatw sprawę" switching to the form route by pushState shows the launcher; Back takes it away', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-route.html'));
  await watchLauncher(page);
  await page.waitForTimeout(700);
  expect(await hasLauncher(page)).toBe(false); // the description of the service is not the form
  await page.getByRole('button', { name: 'Załatw sprawę' }).click();
  await waitForLauncher(page);
  const t = await times(page);
  expect((t.shown ?? Number.POSITIVE_INFINITY) - (t.mounted ?? 0)).toBeLessThanOrEqual(500);
  await expectFilled(page);
  await page.goBack();
  await expect.poll(() => hasLauncher(page), { timeout: 2000 }).toBe(false);
});

test('a frame whose src is set late gets the launcher, and the form in it fills', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-frame.html'));
  await watchLauncher(page);
  expect(await hasLauncher(page)).toBe(false);
  await waitForLauncher(page);
  const frame = page.frames().find((f) => f.url().includes('pismo-ogolne-frame-inner.html'));
  expect(frame).toBeDefined();
  if (frame) await expectFilled(page, frame);
});

test('a form replaced by new elements keeps the launcher and fills; a removed form takes it away within 500 ms', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('wake-own-replaced.html'));
  await waitForLauncher(page);
  await page.getByRole('button', { name: 'Przebuduj formularz' }).click();
  await page.waitForTimeout(600);
  await expectFilled(page);
  await watchLauncher(page);
  await page.evaluate(() => {
    (window as unknown as { __launcherAt: number }).__launcherAt = 0; // present already
  });
  await page.getByRole('button', { name: 'Zamknij formularz' }).click();
  await expect.poll(() => hasLauncher(page), { timeout: 2000 }).toBe(false);
  const t = await times(page);
  expect((t.gone ?? Number.POSITIVE_INFINITY) - (t.removed ?? 0)).toBeLessThanOrEqual(500);
});

for (const file of ['wake-own-catalogue.html', 'wake-own-inbox.html', 'banner-a.html', 'wyslano.html'])
  test(`a page that is not the form never shows the launcher: ${file}`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(file));
    await watchLauncher(page);
    await page.waitForTimeout(1500);
    expect(await hasLauncher(page)).toBe(false);
    expect((await times(page)).shown).toBeUndefined();
  });
