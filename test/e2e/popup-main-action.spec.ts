import type { Page } from '@playwright/test';
import { PISMO_OGOLNE_URL } from '../../lib/process/steps';
import { EPUAP, PISMO_PATH, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { waitForLauncher } from './in-page';
import {
  COMPLETE,
  expectNoAxeViolations,
  fillProfileForm,
  recordEventVia,
  SHOTS,
  saveProfileVia,
} from './setup';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

/** The id of the tab the clerk looks at (the page opened last). */
async function activeTabId(extensionPage: Page): Promise<number> {
  const id = await extensionPage.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (!id) throw new Error('no active tab');
  return id;
}

const mainButton = (popup: Page) =>
  popup.locator('.next-step-card').locator('button.primary.big, a.primary.big');

test('first run: the empty popup says where to start and leads to the welcome page', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 460, height: 600 });
  await expect(popup.getByText('Nie ma jeszcze żadnej gminy.')).toBeVisible();
  const welcome = popup.getByRole('link', { name: 'Jak działa Asystent – 10 kroków w skrócie' });
  await expect(welcome).toHaveAttribute('href', /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/);
  await expect(popup.getByRole('button', { name: 'Dodaj gminę' })).toHaveClass(/primary/);
  // Nothing to fill yet: no fill button pretends to be the next step.
  await expect(popup.getByRole('button', { name: 'Wypełnij wniosek o certyfikat' })).toHaveCount(0);
  await expectNoAxeViolations(popup);
  await popup.screenshot({ path: `${SHOTS}/popup-first-run.png`, fullPage: true });
});

test("the popup's big button is the current step's, not always the Pismo ogólne fill", async ({
  openPopup,
}) => {
  const popup = await openPopup();
  const id = await saveProfileVia(popup, { municipality: 'Gmina Brudzew' });
  await popup.reload();
  await expect(popup.locator('.next-step-card')).toContainText('Teraz: krok 1 z 10 – Dane gminy');
  await expect(mainButton(popup)).toHaveText('Uzupełnij dane gminy');
  await mainButton(popup).click();
  // Step 1 edits in place, with the cursor on the first missing field.
  await expect(popup.getByLabel('Nazwa urzędu', { exact: true })).toBeFocused();
  await popup.getByRole('button', { name: 'Odrzuć zmiany' }).click();

  await saveProfileVia(popup, COMPLETE, id);
  await popup.reload();
  await expect(popup.locator('.next-step-card')).toContainText(
    'Teraz: krok 3 z 10 – Wniosek o wydanie certyfikatu',
  );
  await expect(mainButton(popup)).toHaveText('Przygotuj wniosek do druku');
  // The fill is no primary button while it is not the step.
  await expect(popup.locator('button.primary', { hasText: 'Wypełnij wniosek o certyfikat' })).toHaveCount(0);
  await popup.screenshot({ path: `${SHOTS}/popup-main-action-step3.png`, fullPage: true });
});

test('step 4 fills the Pismo ogólne on its ePUAP tab and gives the link on any other tab', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await serveEpuapFixtures(context);
  const setup = await openPopup();
  const id = await saveProfileVia(setup, COMPLETE);
  await recordEventVia(setup, id, { type: 'scan-stored', fileName: 'skan.pdf' });

  // A tab that is not ePUAP: the main action is the link to the form, with its real address.
  const other = await context.newPage();
  await other.goto('data:text/html,<title>Poczta</title><p>Poczta urzędu</p>');
  const otherTab = await activeTabId(setup);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${otherTab}`);
  await expect(popup.locator('.next-step-card')).toContainText('Teraz: krok 4 z 10');
  await expect(popup.locator('.next-step-card')).toContainText('Ta karta nie jest stroną ePUAP.');
  await expect(mainButton(popup)).toHaveText('Otwórz Pismo ogólne na ePUAP');
  await expect(mainButton(popup)).toHaveAttribute('href', PISMO_OGOLNE_URL);
  await expect(popup.getByRole('button', { name: 'Wypełnij wniosek o certyfikat' })).toHaveCount(0);
  await expectNoAxeViolations(popup);
  await popup.screenshot({ path: `${SHOTS}/popup-step4-other-tab.png`, fullPage: true });

  // The Pismo ogólne tab: the main action is the fill itself.
  const epuap = await context.newPage();
  await epuap.goto(`${EPUAP}${PISMO_PATH}`);
  // The page's own launcher is up (in its closed shadow root): the always-on script has recognised the form.
  await waitForLauncher(epuap);
  const epuapTab = await activeTabId(setup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${epuapTab}`);
  await expect(mainButton(popup)).toHaveText('Wypełnij wniosek o certyfikat');
  await popup.screenshot({ path: `${SHOTS}/popup-step4-epuap-tab.png`, fullPage: true });
  await mainButton(popup).click();
  await expect(popup.locator('.fill-report')).toContainText('Pismo przygotowane', { timeout: 20_000 });
});

test('after saving, the confirmation is at the top, in view and focused', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 460, height: 500 });
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, COMPLETE);
  // The clerk typed down to the last field: the page is scrolled far down.
  await popup.getByLabel('Identyfikator podmiotu publicznego (ePUAP)').focus();
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  const status = popup.getByRole('status').filter({ hasText: 'Zapisano: Gmina Brudzew.' });
  await expect(status).toBeInViewport();
  await expect(popup.locator('#popup-status')).toBeFocused();
});

test('an empty form is not saved as "Gmina bez nazwy": the name is the minimum', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByText(/Wpisz nazwę gminy \(albo urzędu\)/)).toBeVisible();
  await expect(popup.getByLabel('Nazwa gminy', { exact: true })).toBeFocused();
  await popup.getByRole('button', { name: 'Odrzuć zmiany' }).click();
  await expect(popup.locator('.profile-card')).toHaveCount(0);
  await expect(popup.getByText('Gmina bez nazwy')).toHaveCount(0);
});
