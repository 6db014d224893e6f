import type { Page } from '@playwright/test';
import type { ProfileFieldName } from '../../lib/profile/schema';
import { EPUAP, fixtureUrl, PISMO_PATH, serveEpuapFixtures } from './epuap-fixtures';
import { test as base, expect } from './extension';
import {
  clickLauncher,
  clickUi,
  expectReportLine,
  expectUiText,
  reportLine,
  waitForLauncher,
} from './in-page';
import { BRUDZEW } from './sample-profiles';

type Municipality = Partial<Record<ProfileFieldName, string>>;

import { addMunicipality, storeSignedScan } from './setup';

const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';
const BODY =
  'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP';

/** The replica ePUAP pages served; `openEpuap` adds the municipality in the popup, then opens a page. */
const test = base.extend<{
  openEpuap: (file: string, municipality: Municipality) => Promise<{ popup: Page; page: Page }>;
}>({
  openEpuap: async ({ context, openPopup }, use) => {
    await use(async (file, municipality) => {
      const popup = await openPopup();
      await addMunicipality(popup, municipality);
      const page = await context.newPage();
      await page.goto(fixtureUrl(file));
      return { popup, page };
    });
  },
});

test.beforeEach(async ({ context }) => {
  await serveEpuapFixtures(context);
});

const { epuapLogin: _login, epuapOrgId: _org, ...WITHOUT_IDS } = BRUDZEW;

test('the banner is read, and stored in the profile only after the clerk confirms its values in the popup', async ({
  context,
  openEpuap,
}) => {
  const { popup, page } = await openEpuap('banner-a.html', WITHOUT_IDS);
  const tabId = await activeTabId(popup);
  // The page is told only that the banner differs: no stored value is written into it.
  const notice = await expectUiText(page, 'Baner ePUAP pokazuje dane inne niż profil gminy', {
    host: 'notice',
  });
  expect(notice).not.toContain('Gmina Brudzew');

  await popup.reload();
  await popup.locator('.profile-card').getByRole('button', { name: 'Edytuj' }).click();
  await expect(popup.getByLabel('Login ePUAP', { exact: true })).toHaveValue(''); // not written silently
  await popup.getByRole('button', { name: 'Odrzuć zmiany' }).click();

  const confirm = await context.newPage();
  await confirm.goto(`${popup.url().replace(/\?.*$/, '')}?tab=${tabId}`);
  const changes = confirm.getByRole('table', { name: 'Zmiany z banera ePUAP' });
  await expect(confirm.getByRole('region', { name: 'Dane z banera ePUAP' })).toContainText('Gmina Brudzew');
  await expect(changes.getByRole('row', { name: /Login ePUAP/ })).toContainText('(brak)');
  await expect(changes.getByRole('row', { name: /Login ePUAP/ })).toContainText('jkowalski');
  await expect(changes.getByRole('row', { name: /Identyfikator podmiotu/ })).toContainText('UGBrudzew');
  await confirm.getByRole('button', { name: 'Zapisz w profilu' }).click();
  await expect(confirm.getByRole('status')).toContainText('Zapisano dane z banera w profilu gminy.');
  await popup.reload();
  await popup.locator('.profile-card').getByRole('button', { name: 'Edytuj' }).click();
  await expect(popup.getByLabel('Login ePUAP', { exact: true })).toHaveValue('jkowalski');
  await expect(popup.getByLabel('Identyfikator podmiotu publicznego (ePUAP)')).toHaveValue('UGBrudzew');
});

test("a banner of another organisation than the active profile is pointed out, without the profile's values", async ({
  openEpuap,
}) => {
  const { page } = await openEpuap('banner-b.html', { ...BRUDZEW, epuapOrgId: 'UGKaweczyn' });
  const text = await expectUiText(page, 'inna organizacja', { host: 'notice' });
  expect(text).not.toContain('UGKaweczyn');
  expect(text).not.toContain('Gmina Brudzew');
});

/** The tab opened last is the active one; the extension has no right to read tab addresses. */
async function activeTabId(extensionPage: Page): Promise<number> {
  const tabId = await extensionPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
    };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  expect(tabId).toBeGreaterThan(0);
  return tabId as number;
}

for (const [variant, file] of [
  ['labels bound by for, a select and a search dialog', 'pismo-ogolne-a.html'],
  ['wrapping labels, radios and bare text', 'pismo-ogolne-b.html'],
  ['a framework that only accepts events, with a custom list box', 'pismo-ogolne-c.html'],
  ['a form inside a frame', 'pismo-ogolne-frame.html'],
] as const) {
  test(`one click fills the Pismo ogólne: ${variant}`, async ({ openEpuap }) => {
    const { page } = await openEpuap(file, BRUDZEW);
    await clickLauncher(page);
    await expectUiText(page, 'Pismo jest przygotowane', { timeout: 20_000 });
    for (const label of ['Adresat', 'Rodzaj pisma', 'Tytuł pisma', 'Treść pisma'])
      expect(await reportLine(page, label)).toContain('✓');
    expect(await reportLine(page, 'Załącznik')).toContain('→ do zrobienia');

    // What a person sees on the form: its visible text and what its fields hold.
    const frame = file === 'pismo-ogolne-frame.html' ? page.frames()[1] : page.mainFrame();
    const shown = await frame?.evaluate(() => {
      const fields = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select'),
      ];
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees.
      return [document.body.innerText, ...fields.map((f) => f.value)].join('\n');
    });
    expect(shown).toContain('Ministerstwo Cyfryzacji');
    expect(shown).toContain(TITLE);
    expect(shown).toContain(BODY);
    // Nothing was submitted: the extension prepares, the person signs and sends.
    expect(await page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0)).toBe(
      0,
    );
  });
}

test('the fill report says which field was not found, and a taught field is used after a reload', async ({
  openEpuap,
}) => {
  const { page } = await openEpuap('pismo-ogolne-bez-tytulu.html', BRUDZEW);
  await clickLauncher(page);
  await expectUiText(page, 'Nie wszystko udało się wypełnić', { timeout: 20_000 });
  expect(await reportLine(page, 'Tytuł pisma')).toContain('✗ nie znaleziono');
  expect(await reportLine(page, 'Treść pisma')).toContain('✓');

  await clickUi(page, 'Wskaż pole Tytuł pisma na stronie');
  await expectUiText(page, 'Kliknij na stronie pole „Tytuł pisma”');
  const unlabelled = page.locator('input[type="text"]').filter({ hasNot: page.locator('[aria-label]') });
  const titleInput = page.locator('#f_7c1d_a9');
  await ((await titleInput.count()) ? titleInput : unlabelled.first()).click();
  await expectReportLine(page, 'Tytuł pisma', '✓');

  await page.reload();
  await clickLauncher(page);
  await expectReportLine(page, 'Tytuł pisma', '✓ wypełniono');
});

test('a different title typed by the clerk is not overwritten without asking', async ({ openEpuap }) => {
  const { page } = await openEpuap('pismo-ogolne-a.html', BRUDZEW);
  await page.getByLabel(/Tytuł/).first().fill('Mój własny tytuł');
  await clickLauncher(page);
  await expectReportLine(page, 'Tytuł pisma', '! inna wartość');
  await expect(page.getByLabel(/Tytuł/).first()).toHaveValue('Mój własny tytuł');
  await clickUi(page, 'Zastąp wartość pola Tytuł pisma');
  await expect(page.getByLabel(/Tytuł/).first()).toHaveValue(TITLE);
});

test('the popup fills the open ePUAP tab and shows the same report', async ({ context, extensionId }) => {
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/popup.html`);
  await addMunicipality(setup, BRUDZEW);
  const page = await context.newPage();
  await page.goto(`${EPUAP}${PISMO_PATH}`);
  await waitForLauncher(page);
  const tabId = await activeTabId(setup);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Wypełnij wniosek o certyfikat' }).click();
  await expect(popup.locator('.fill-report')).toContainText('Pismo przygotowane', { timeout: 20_000 });
  await expect(popup.locator('.fill-report li', { hasText: 'Tytuł pisma' })).toContainText('wypełniono');
  await expect(page.getByLabel(/Tytuł/).first()).toHaveValue(TITLE);
});

test('a signed scan stored on the documents page is attached to the Pismo ogólne', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const scan = await storeSignedScan(context, extensionId);

  const page = await context.newPage();
  await page.goto(fixtureUrl('pismo-ogolne-frame.html'));
  await clickLauncher(page);
  await expectReportLine(page, 'Załącznik', '✓');
  const attached = await page.frames()[1]?.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    const file = input?.files?.[0];
    return file ? { name: file.name, size: file.size, type: file.type } : null;
  });
  expect(attached).toEqual({ name: 'wniosek-podpisany.pdf', size: scan.length, type: 'application/pdf' });
});

for (const [scenario, hash, status] of [
  ['two offices named exactly "Ministerstwo Cyfryzacji"', '#dwa', '? do wyboru'],
  ['only departments and other ministries', '#brak', '✗ nie znaleziono'],
] as const) {
  test(`with ${scenario} the fill picks no recipient and says what to choose`, async ({ openEpuap }) => {
    const { page } = await openEpuap(`pismo-ogolne-a.html${hash}`, BRUDZEW);
    await clickLauncher(page);
    const recipient = await expectReportLine(page, 'Adresat', status, 30_000);
    expect(recipient).toContain('Ministerstwo Cyfryzacji');
    await expect(page.locator('#adresat-id')).toHaveValue('');
  });
}
