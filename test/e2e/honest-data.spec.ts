import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { COMPLETE, fillProfileForm, recordEventVia, SHOTS, saveProfileVia } from './setup';

const step = (page: Page, id: string) => page.locator(`li[data-step-id="${id}"]`);

/** The day `days` from today as dd.mm.rrrr. */
function polishDay(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

test('completeness counts only valid fields; a phone with "w. 12" is accepted', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { ...COMPLETE, nip: '6681002397', phone: '63 272 10 00 w. 12' });
  await expect(popup.locator('.completeness')).toContainText('Do wniosku brakuje: NIP (do poprawy).');
  await expect(popup.locator('.completeness label')).not.toHaveText('Dane do wniosku: 100%');
  await expect(popup.locator('#f-phone-error')).toHaveText('');
  await popup.getByLabel('Telefon').fill('63 272 10 00 wew. 12');
  await expect(popup.locator('#f-phone-error')).toHaveText('');
  await fillProfileForm(popup, { nip: COMPLETE.nip });
  await expect(popup.locator('.completeness label')).toHaveText('Dane do wniosku: 100%');
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  const card = popup.locator('.profile-card');
  await expect(card).toContainText('wypełniono 100%');
  await expect(card).toContainText('Dane do wniosku kompletne.');
});

test('our own unsigned application PDF is refused as the signed scan', async ({
  extensionId,
  openPage,
  openPopup,
}) => {
  await saveProfileVia(await openPopup(), COMPLETE);
  const page = await openPage('documents.html#wniosek', { width: 1000, height: 900 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' }).click(),
  ]);
  const printout = readFileSync(await download.path());
  await page.goto(`chrome-extension://${extensionId}/documents.html#skan`);
  await page.getByLabel('Wybierz plik skanu (PDF lub JPG, do 5 MB)').setInputFiles({
    name: 'skan-podpisany.pdf',
    mimeType: 'application/pdf',
    buffer: printout,
  });
  await expect(page.getByRole('alert').filter({ hasText: 'niepodpisany' })).toContainText(
    'To jest niepodpisany wydruk – zeskanuj podpisany wniosek',
  );
  await expect(page.getByText('Nie zapisano jeszcze skanu')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/documents-unsigned-printout-refused.png`, fullPage: true });
});

test('the documents page date accepts ISO, says what it understood, and a stale error clears', async ({
  openPage,
  openPopup,
}) => {
  await saveProfileVia(await openPopup(), COMPLETE);
  const page = await openPage('documents.html#wniosek');
  const date = page.getByLabel('Data na wniosku (dd.mm.rrrr)');
  await date.fill('31.02.2027');
  await page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' }).click();
  const error = page.getByRole('alert').filter({ hasText: 'nie jest poprawna' });
  await expect(error).toContainText('31.02.2027');
  await date.fill('2027-02-01');
  await expect(error).toHaveCount(0);
  await expect(page.locator('#application-date-hint')).toContainText('Rozumiem: poniedziałek, 01.02.2027.');
});

test('implausible "sent" dates warn: earlier than the printing, or in the future; ISO and dd.mm.rrrr are read', async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const id = await saveProfileVia(panel, COMPLETE);
  await recordEventVia(panel, id, { type: 'application-generated' });
  await recordEventVia(panel, id, { type: 'scan-stored', fileName: 'skan.pdf' });
  const pismo = step(panel, 'pismo');
  const date = pismo.getByLabel('Data wykonania (dd.mm.rrrr)');
  await expect(date).toHaveValue(polishDay(0));
  await date.fill(polishDay(-3));
  await expect(pismo.locator('.date-warning')).toContainText('wcześniejsza niż data wydruku wniosku');
  await date.fill(polishDay(5));
  await expect(pismo.locator('.date-warning')).toContainText('w przyszłości');
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await date.fill(iso);
  await expect(pismo.locator('.date-warning')).toHaveCount(0);
  await expect(pismo.locator('.date-understood')).toContainText(`Rozumiem: `);
  await expect(pismo.locator('.date-understood')).toContainText(polishDay(0));
  await date.fill('32.13.2026');
  await pismo.getByRole('button', { name: 'Zaznacz jako zrobione' }).click();
  const error = pismo.locator('.tick-form .error');
  await expect(error).toContainText('dd.mm.rrrr');
  await date.fill(polishDay(0));
  await expect(error).toHaveText('');
});

test("the MC answer's error clears when the clerk switches from approval to refusal", async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const id = await saveProfileVia(panel, COMPLETE);
  await recordEventVia(panel, id, { type: 'pismo-sent' });
  const decision = step(panel, 'mc-decision');
  await decision.getByRole('button', { name: 'Zapisz odpowiedź MC' }).click();
  await expect(decision.locator('#mc-decision-error')).toContainText('Wklej link');
  await decision.getByLabel('Odmowa').check();
  await expect(decision.locator('#mc-decision-error')).toHaveText('');
});

test('one vocabulary: the seed menu path, the real platform domain, neutral forms', async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, COMPLETE);
  await expect(step(panel, 'pismo')).toContainText('Katalog Spraw → Sprawy obywatelskie → Pismo ogólne.');
  await expect(step(panel, 'platform-login')).toContainText('eurzad.brudzew.pl');
  await expect(step(panel, 'platform-login')).not.toContainText('<domena-gminy>');
  await expect(step(panel, 'sigillum-files')).toContainText('Pliki otrzymane');
  await expect(step(panel, 'handover')).toContainText('telefonicznie albo SMS-em');
  // biome-ignore lint/performance/useDomNodeTextContent: what the clerk reads is the rendered text.
  const text = await panel.locator('main').innerText();
  expect(text).not.toMatch(/Otrzymałem|dostałeś|osob\w+ upoważnion/);
});
