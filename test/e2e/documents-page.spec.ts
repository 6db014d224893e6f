import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { ProfileFieldName } from '../../lib/profile/schema';
import { pdfText } from '../unit/documents/helpers';
import { test as base, expect } from './extension';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality, expectNoAxeViolations, fillProfileForm, request, SHOTS } from './setup';

const KB = 1024;
const MB = 1024 * KB;

/** The documents page is laid out for a desktop tab. */
const DESKTOP = { width: 1000, height: 900 };

type Municipality = Partial<Record<ProfileFieldName, string>>;

/** A complete municipality with Polish letters (REGON and NIP are BRUDZEW's valid ones). */
const BRZEZNICA: Municipality = {
  ...BRUDZEW,
  municipality: 'Gmina Brzeźnica',
  officeName: 'Urząd Gminy w Brzeźnicy',
  town: 'Brzeźnica',
  signatoryName: 'Łucja Żółkiewska',
  signatoryRole: 'wojt',
  platformDomain: 'eurzad.brzeznica.pl',
};

/** The municipalities added in the popup as a clerk adds them, then the documents page at `hash`. */
const test = base.extend<{
  openDocuments: (hash: string, ...municipalities: Municipality[]) => Promise<{ popup: Page; page: Page }>;
}>({
  openDocuments: async ({ openPage, openPopup }, use) => {
    await use(async (hash, ...municipalities) => {
      const popup = await openPopup();
      for (const values of municipalities) await addMunicipality(popup, values);
      return { popup, page: await openPage(`documents.html#${hash}`, DESKTOP) };
    });
  },
});

async function downloaded(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = await download.path();
  return { download, bytes: readFileSync(file) };
}

/** A small file that really is a PDF: header, one empty page, end marker. */
function smallPdf(padding = 0): Buffer {
  const body =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n';
  return Buffer.concat([Buffer.from(body), Buffer.alloc(padding, 0x20), Buffer.from('%%EOF\n')]);
}

test('the application PDF carries the municipality with Polish letters and the place and date typed', async ({
  openDocuments,
}) => {
  const { popup, page } = await openDocuments('wniosek', BRZEZNICA);
  await expect(page.getByRole('heading', { name: 'Wniosek o wydanie certyfikatu' })).toBeVisible();
  await expect(page.getByLabel('Miejscowość na wniosku')).toHaveValue('Brzeźnica');

  await page.getByLabel('Data na wniosku (dd.mm.rrrr)').fill('31.02.2027');
  await expect(page.getByText('Data „31.02.2027” nie jest poprawna')).toBeVisible();
  await page.getByLabel('Miejscowość na wniosku').fill('Łódź');
  await page.getByLabel('Data na wniosku (dd.mm.rrrr)').fill('1.2.2027');

  const started = Date.now();
  const { download, bytes } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' }).click(),
  );
  const took = Date.now() - started;
  expect(download.suggestedFilename()).toBe('wniosek-certyfikat-ePUAP-gmina-brzeznica-2027-02-01.pdf');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeLessThan(150 * KB);
  const [page1 = '', page2 = ''] = (await pdfText(new Uint8Array(bytes))).map((t) => t.replace(/\s+/g, ' '));
  expect(page1).toContain('Gmina Brzeźnica');
  expect(page1).toContain('Urząd Gminy w Brzeźnicy');
  expect(page1).toContain('eurzad.brzeznica.pl');
  expect(page2).toContain('Łódź, dnia 01.02.2027 r.');
  expect(page2).toContain('Łucja Żółkiewska');
  test
    .info()
    .annotations.push({ type: 'measure', description: `PDF ${bytes.length} B in ${took} ms (click → file)` });

  await expect(page.getByRole('status')).toContainText('Wniosek gotowy');
  await expect(page.getByText('Data na wniosku: 01.02.2027')).toBeVisible();
  await expect(page.getByText('Dane gminy są takie same jak na tym wniosku.')).toBeVisible();

  // The profile changes after the application was printed: the page shows what differs, and asks.
  await popup.getByRole('button', { name: /^Edytuj/ }).click();
  await fillProfileForm(popup, { email: 'urzad@brzeznica.pl' });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Od tego wniosku zmieniono dane gminy.')).toBeVisible();
  const changes = page.locator('.doc-card table.changes');
  await expect(changes).toContainText('sekretariat@brudzew.pl');
  await expect(changes).toContainText('urzad@brzeznica.pl');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-application.png`, fullPage: true });

  await page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Dane gminy zmieniły się od wniosku z 01.02.2027');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-application-changed.png`, fullPage: true });

  // Keeping the old application prints it exactly as it was, and keeps its snapshot.
  const kept = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Zachowaj wniosek z 01.02.2027' }).click(),
  );
  const keptText = (await pdfText(new Uint8Array(kept.bytes))).join(' ');
  expect(keptText).toContain('sekretariat@brudzew.pl');
  expect(keptText).not.toContain('urzad@brzeznica.pl');
  await expect(page.getByText('Od tego wniosku zmieniono dane gminy.')).toBeVisible();

  // A new application replaces the snapshot; the page no longer reports changes.
  await page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' }).click();
  const fresh = await downloaded(page, () =>
    page.getByRole('button', { name: 'Wygeneruj nowy wniosek z aktualnymi danymi' }).click(),
  );
  expect((await pdfText(new Uint8Array(fresh.bytes))).join(' ')).toContain('urzad@brzeznica.pl');
  await expect(page.getByText('Dane gminy są takie same jak na tym wniosku.')).toBeVisible();
});

test('an incomplete profile shows what is missing and makes no PDF', async ({ openDocuments }) => {
  const { page } = await openDocuments('wniosek', {
    municipality: 'Gmina Ślesin',
    email: 'urzad@slesin.pl',
    town: 'Ślesin',
  });
  let downloads = 0;
  page.on('download', () => downloads++);

  const missing = page.locator('#application-missing');
  await expect(missing).toContainText('Do wniosku brakuje:');
  for (const label of ['REGON', 'NIP', 'Domena platformy', 'Identyfikator podmiotu publicznego (ePUAP)'])
    await expect(missing).toContainText(label);
  const download = page.getByRole('button', { name: 'Przygotuj wniosek i pobierz PDF' });
  await download.click();
  await expect(page.getByRole('alert')).toContainText('Nie przygotowano wniosku: brakuje danych gminy.');
  await expect(page.locator('#application-missing')).toBeFocused();
  // Whatever the click started has ended: the button is disabled while a PDF is made and its snapshot
  // kept. Only then the absence: no PDF, no snapshot in the background, none shown.
  await expect(download).toBeEnabled();
  const edit = page.getByRole('link', { name: 'otwórz dane gminy w nowej karcie' });
  await expect(edit).toHaveAttribute('href', /^\/profile\.html\?focus=missing&id=/);
  const context = (await request(page, 'documents.context', {})) as { snapshots: object };
  expect(context.snapshots).toEqual({});
  expect(downloads).toBe(0);
  await expect(page.getByText('Ostatnio wygenerowany wniosek')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-application-missing.png`, fullPage: true });
});

test('the signed scan is kept across reloads, and a wrong or too large file is refused while the old one stays', async ({
  openDocuments,
}) => {
  const { page } = await openDocuments('skan', BRZEZNICA);
  await expect(page.getByText('Nie zapisano jeszcze skanu')).toBeVisible();

  const input = page.getByLabel('Wybierz plik skanu (PDF lub JPG, do 5 MB)');
  await input.setInputFiles({
    name: 'wniosek-podpisany.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf(2000),
  });
  await expect(page.getByRole('status')).toContainText('Zapisano skan: wniosek-podpisany.pdf');
  const card = page.locator('.scan-card');
  await expect(card).toContainText('wniosek-podpisany.pdf');
  await expect(card).toContainText('2 KB');

  await page.reload();
  await expect(card).toContainText('wniosek-podpisany.pdf');

  const replace = page.getByLabel('Zastąp skan innym plikiem (PDF lub JPG, do 5 MB)');
  await replace.setInputFiles({ name: 'skan.pdf', mimeType: 'application/pdf', buffer: smallPdf(6 * MB) });
  await expect(page.getByRole('alert')).toContainText(
    'Plik ma 6,0 MB; urzędy przyjmują załączniki do 3–5 MB',
  );
  await expect(page.getByRole('alert')).toContainText('Zachowano poprzedni skan: wniosek-podpisany.pdf.');
  await expect(card).toContainText('wniosek-podpisany.pdf');

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  await replace.setInputFiles({ name: 'skan.pdf', mimeType: 'application/pdf', buffer: png });
  await expect(page.getByRole('alert')).toContainText('w środku nie jest dokumentem PDF (to obraz PNG)');
  await replace.setInputFiles({ name: 'skan.docx', mimeType: 'application/octet-stream', buffer: png });
  await expect(page.getByRole('alert')).toContainText('nie jest plikiem PDF ani JPG');
  await expect(card).toContainText('wniosek-podpisany.pdf');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-scan-refused.png`, fullPage: true });

  // Drag and drop replaces it; "Pobierz" gives back the very bytes given.
  const jpg = [
    0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
  ];
  await page.locator('.dropzone').evaluate((zone, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'skan-strona-1.jpg', { type: 'image/jpeg' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, jpg);
  await expect(card).toContainText('skan-strona-1.jpg');
  await expect(page.locator('.notice')).toContainText('Wniosek ma dwie strony');
  const saved = await downloaded(page, () => card.getByRole('button', { name: /^Pobierz/ }).click());
  expect(saved.download.suggestedFilename()).toBe('skan-strona-1.jpg');
  expect([...saved.bytes]).toEqual(jpg);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-scan.png`, fullPage: true });

  await card.getByRole('button', { name: /^Usuń/ }).click();
  await page.getByRole('button', { name: 'Tak, usuń skan' }).click();
  await expect(page.getByText('Nie zapisano jeszcze skanu')).toBeVisible();
});

test('the hand-over e-mail goes to the coordinator set here and carries no password', async ({
  openDocuments,
}) => {
  const { page } = await openDocuments('przekazanie', BRZEZNICA);
  await expect(page.locator('.draft-value').first()).toHaveText('koordynator@e-instytucja.pl');
  await expect(page.getByRole('note')).toContainText('Hasło do pliku .p12 – tylko innym kanałem');

  const field = page.getByLabel('Adres e-mail koordynatora');
  await field.fill('koordynator(at)wokiss.pl');
  await page.getByRole('button', { name: 'Zapisz adres' }).click();
  await expect(page.getByText('Podaj adres e-mail koordynatora w postaci nazwa@domena.pl')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.draft-value').first()).toHaveText('koordynator@e-instytucja.pl');

  await field.fill('Jan.Kowalski@wokiss.pl');
  await page.getByRole('button', { name: 'Zapisz adres' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Zapisano adres koordynatora: jan.kowalski@wokiss.pl.',
  );
  await expect(page.locator('.draft-value').first()).toHaveText('jan.kowalski@wokiss.pl');
  const body = await page.getByLabel('Treść:').inputValue();
  expect(body).toContain('eurzad.brzeznica.pl');
  expect(body).toContain('Hasło do pliku .p12 przekażę innym kanałem');
  expect(body).not.toMatch(/hasło\s*(do pliku \.p12)?\s*:/i);
  const mailto = await page.getByRole('link', { name: 'Otwórz w programie pocztowym' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:jan\.kowalski@wokiss\.pl\?subject=/);

  await page.reload();
  await expect(page.getByLabel('Adres e-mail koordynatora')).toHaveValue('jan.kowalski@wokiss.pl');

  const cover = await downloaded(page, () =>
    page.getByRole('button', { name: 'Pobierz pismo przewodnie (PDF)' }).click(),
  );
  expect(cover.download.suggestedFilename()).toMatch(/^pismo-przewodnie-raport-certyfikatu-gmina-brzeznica-/);
  const coverText = (await pdfText(new Uint8Array(cover.bytes))).join(' ').replace(/\s+/g, ' ');
  expect(coverText).toContain('Sigillum CUP');
  expect(coverText).toContain('ul. Rodziny Hiszpańskich 6');
  expect(coverText).toContain('Urząd Gminy w Brzeźnicy');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-handover.png`, fullPage: true });
});

test('a coordinator gets one ZIP with the complete municipalities and a list of the skipped ones', async ({
  openDocuments,
}) => {
  const { page } = await openDocuments('zbiorczo', BRZEZNICA, {
    municipality: 'Gmina Ślesin',
    email: 'urzad@slesin.pl',
  });
  await expect(page.locator('.batch-table')).toContainText('Brakuje:');
  await page.getByLabel('Data na wnioskach (dd.mm.rrrr)').fill('15.12.2026');
  const { download, bytes } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Przygotuj ZIP z wnioskami (1 z 2)' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^wnioski-certyfikat-ePUAP-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files)).toEqual(['wniosek-certyfikat-ePUAP-gmina-brzeznica-2026-12-15.pdf']);
  const [pdf] = Object.values(files);
  expect((await pdfText(pdf ?? new Uint8Array())).join(' ')).toContain('Brzeźnica, dnia 15.12.2026 r.');
  await expect(page.locator('.skipped')).toContainText('Gmina Ślesin');
  await expect(page.locator('.skipped')).toContainText('REGON');
  // The batch keeps what it printed, like a single application.
  await expect(page.locator('.batch-table')).toContainText('15.12.2026');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/documents-batch.png`, fullPage: true });
});

test('the popup opens the documents page in a tab', async ({ context, openPopup }) => {
  const popup = await openPopup();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Dokumenty' }).click(),
  ]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/documents.html');
  await expect(tab.getByText('Nie ma jeszcze żadnej gminy.')).toBeVisible();
});
