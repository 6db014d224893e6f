import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { clickLauncher, expectReportLine } from './in-page';
import { BRUDZEW } from './sample-profiles';
import { fillProfileForm } from './setup';

const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';

test('page handlers calling form.submit() and requestSubmit() during the fill send nothing, and the fill finishes', async ({
  context,
  openPopup,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, BRUDZEW);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status')).toContainText('Zapisano');

  const submitted: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('wyslane=')) submitted.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(fixtureUrl('hostile-submit.html'));
  await expect(page.frameLocator('#druga').locator('#f')).toBeAttached();
  await clickLauncher(page);
  await expectReportLine(page, 'Tytuł pisma', '✓');
  await expectReportLine(page, 'Treść pisma', '✓');
  await expect(page.getByLabel('Tytuł pisma')).toHaveValue(TITLE);
  await page.waitForTimeout(300); // the handlers' timers have run
  const attempts = await page.evaluate(() => (window as unknown as { __attempts: number }).__attempts);
  expect(attempts, 'the page tried to submit while the assistant filled').toBeGreaterThan(0);
  expect(submitted).toEqual([]);
  expect(new URL(page.url()).pathname).toBe('/fixtures/epuap/hostile-submit.html');

  // The guard lasts for the fill only: afterwards the page's own form.submit() works again.
  await expect
    .poll(
      async () => {
        await page
          .evaluate(() => (document.getElementById('pismo') as HTMLFormElement).submit())
          .catch(() => undefined);
        return submitted.length;
      },
      { timeout: 10_000, intervals: [500] },
    )
    .toBeGreaterThan(0);
});
