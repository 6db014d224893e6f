import type { Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { fillProfileForm } from './popup-helpers';
import { BRUDZEW_COMPLETE } from './sample-profiles';

const step = (panel: Page, id: string) => panel.locator(`li[data-step-id="${id}"]`);

test('reading the banner, filling the Pismo ogólne and sending it tick their steps live in the open side panel', async ({
  context,
  openPopup,
  openSidePanel,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  const { epuapLogin: _login, epuapOrgId: _org, teryt: _teryt, ...withoutIds } = BRUDZEW_COMPLETE;
  await fillProfileForm(popup, withoutIds);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status')).toContainText('Zapisano');

  const panel = await openSidePanel();
  await expect(step(panel, 'epuap-ids')).toContainText('brak loginu ePUAP');
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Do zrobienia');

  // The banner: stored after the clerk's confirmation, and the panel follows without a reload.
  const epuap = await context.newPage();
  await epuap.goto(fixtureUrl('banner-a.html'));
  await epuap.getByRole('button', { name: 'Zapisz w profilu' }).click();
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'epuap-ids')).not.toContainText('brak loginu');

  // The letter: filled (work in progress), then sent (done, and MC's answer awaited).
  await epuap.goto(fixtureUrl('pismo-ogolne-a.html'));
  await epuap.getByRole('button', { name: 'Wypełnij wniosek o certyfikat' }).click();
  await expect(epuap.getByRole('region', { name: 'Asystent ePUAP' })).toContainText(
    'Pismo jest przygotowane',
    {
      timeout: 20_000,
    },
  );
  await expect(step(panel, 'pismo').locator('.step-status')).toHaveText('W toku');

  await epuap.goto(fixtureUrl('wyslano.html'));
  await expect(epuap.getByRole('region', { name: 'Asystent ePUAP' })).toContainText(
    'Zapisano wysłanie wniosku do MC',
  );
  await expect(step(panel, 'pismo').locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'mc-decision').locator('.step-status')).toHaveText('Czeka na odpowiedź');
  await expect(step(panel, 'mc-decision')).toHaveAttribute('aria-current', 'step');
  await expect(panel.locator('.timeline')).toContainText('Wysłano Pismo ogólne do MC');
});

test('a "sent" page of some other letter does not tick the application as sent', async ({
  context,
  openPopup,
  openSidePanel,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, BRUDZEW_COMPLETE);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status')).toContainText('Zapisano');
  const panel = await openSidePanel();
  const page = await context.newPage();
  await page.goto(fixtureUrl('wyslano.html'));
  await expect(page.locator('body')).toContainText('Dokument został wysłany');
  await page.waitForTimeout(500); // the assistant has answered by now; nothing may change
  await expect(step(panel, 'pismo').locator('.step-status')).toHaveText('Do zrobienia');
  // The banner's different login is offered as usual; the sending is not recorded.
  await expect(page.getByRole('region', { name: 'Asystent ePUAP' })).toContainText('dane z banera');
  await expect(page.getByRole('region', { name: 'Asystent ePUAP' })).not.toContainText('Zapisano wysłanie');
});
