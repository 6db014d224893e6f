import type { Page } from '@playwright/test';
import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { clickLauncher, expectUiText, snapshot } from './in-page';
import { BRUDZEW_COMPLETE } from './sample-profiles';
import { addMunicipality } from './setup';

const step = (panel: Page, id: string) => panel.locator(`li[data-step-id="${id}"]`);

test('reading the banner, filling the Pismo ogólne and sending it tick their steps live in the open side panel', async ({
  context,
  extensionId,
  openPopup,
  openSidePanel,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  const { epuapLogin: _login, epuapOrgId: _org, teryt: _teryt, ...withoutIds } = BRUDZEW_COMPLETE;
  await addMunicipality(popup, withoutIds);

  const panel = await openSidePanel();
  await expect(step(panel, 'epuap-ids')).toContainText('brak loginu ePUAP');
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Do zrobienia');

  // The banner: stored after the clerk's confirmation, and the panel follows without a reload.
  const epuap = await context.newPage();
  await epuap.goto(fixtureUrl('banner-a.html'));
  const tabId = await panel.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
    };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const confirm = await context.newPage();
  await confirm.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await confirm.getByRole('button', { name: 'Zapisz w profilu' }).click();
  await confirm.close();
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'epuap-ids')).not.toContainText('brak loginu');

  // The letter: filled (work in progress), then sent (done, and MC's answer awaited).
  await epuap.goto(fixtureUrl('pismo-ogolne-a.html'));
  await clickLauncher(epuap);
  await expectUiText(epuap, 'Pismo jest przygotowane', { timeout: 20_000 });
  await expect(step(panel, 'pismo').locator('.step-status')).toHaveText('W toku');

  await epuap.goto(fixtureUrl('wyslano.html'));
  // The confirmation page, in the tab where the assistant filled the letter.
  await expectUiText(epuap, 'Zapisano wysłanie wniosku do MC', { host: 'notice' });
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
  await addMunicipality(popup, BRUDZEW_COMPLETE);
  const panel = await openSidePanel();
  const page = await context.newPage();
  await page.goto(fixtureUrl('wyslano.html'));
  await expect(page.locator('body')).toContainText('Dokument został wysłany');
  // The positive signal first: the assistant ran on this page and the background answered it (the
  // banner's different login is offered as usual, the panel shows the banner step). Only then the absence.
  await expectUiText(page, 'dane z banera', { host: 'notice' });
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'pismo').locator('.step-status')).toHaveText('Do zrobienia');
  expect((await snapshot(page)).text.notice).not.toContain('Zapisano wysłanie');
  await expect(panel.locator('.timeline')).not.toContainText('Wysłano Pismo ogólne do MC');
});
