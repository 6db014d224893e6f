import type { BrowserContext, Page } from '@playwright/test';
import { STEP_DEFINITIONS } from '../../lib/process/steps';
import { expect, test, welcomePage } from './extension';
import { BRUDZEW } from './sample-profiles';
import { expectNoAxeViolations, fillProfileForm, SHOTS } from './setup';

/** The tab the extension opened by itself on install. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const page = await welcomePage(context);
  await page.waitForLoadState();
  return page;
}

test('on install a welcome page says what the assistant does, the ten steps and where its buttons are; axe-clean', async ({
  context,
}) => {
  const page = await welcomeTab(context);
  await expect(page).toHaveTitle('Asystent ePUAP – pierwsze kroki');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asystent ePUAP: pierwsze kroki');
  const steps = page.getByRole('region', { name: 'Dziesięć kroków w skrócie' }).getByRole('listitem');
  await expect(steps).toHaveText(STEP_DEFINITIONS.map((s) => s.title));
  const where = page.getByRole('region', { name: 'Gdzie są przyciski Asystenta' });
  await expect(where).toContainText('Okno Asystenta');
  await expect(where).toContainText('Lista kroków (panel boczny)');
  await expect(where).toContainText('Wypełnij wniosek o certyfikat');
  // One primary action: add the municipality.
  await expect(page.locator('button.primary')).toHaveText(['Dodaj dane gminy']);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  // The README shows it.
  await page.screenshot({ path: 'docs/screenshots/welcome.png', fullPage: true });
});

test('the welcome page works with the keyboard alone: add the municipality, then the list of steps is the primary action', async ({
  context,
}) => {
  const page = await welcomeTab(context);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Dodaj dane gminy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nazwa gminy')).toBeFocused();
  await fillProfileForm(page, { ...BRUDZEW, platformDomain: 'eurzad.brudzew.pl', signatoryRole: 'wojt' });
  await page.getByRole('button', { name: 'Zapisz' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    'Zapisano: Gmina Brudzew. Teraz można otworzyć listę kroków.',
  );
  const openSteps = page.getByRole('button', { name: 'Otwórz listę kroków' });
  await expect(openSteps).toBeFocused();
  await expect(page.locator('button.primary')).toHaveText(['Otwórz listę kroków']);
  await expect(page.getByRole('region', { name: 'Od czego zacząć' })).toContainText(
    'Zapisano: Gmina Brudzew.',
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/welcome-after-adding.png`, fullPage: true });

  // Chrome opens its side panel from the click (a user gesture) and says so.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Otwarto listę kroków (panel boczny przeglądarki).');
});

test('at 200% zoom the welcome page reflows: nothing cut off, no sideways scrolling', async ({ context }) => {
  const page = await welcomeTab(context);
  // A 1280-px-wide window at 200% zoom: 640 CSS pixels, each two device pixels.
  const zoomed = await context.newPage();
  await page.close();
  await zoomed.setViewportSize({ width: 640, height: 720 });
  await zoomed.goto(page.url());
  await expect(zoomed.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await zoomed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await zoomed.getByRole('button', { name: 'Dodaj dane gminy' }).click();
  await expect(zoomed.getByLabel('Nazwa gminy')).toBeVisible();
  expect(
    await zoomed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await zoomed.screenshot({ path: `${SHOTS}/welcome-200-percent.png`, fullPage: true });
});
