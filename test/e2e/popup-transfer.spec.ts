import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality, importText, readDownload } from './setup';

const exportNow = (popup: Page) =>
  readDownload(popup, () => popup.getByRole('button', { name: 'Eksportuj' }).click());

test('export, delete everything, import: the municipalities come back identical', async ({ openPopup }) => {
  const popup = await openPopup();
  await addMunicipality(popup, { ...BRUDZEW, signatoryRole: 'wojt', platformDomain: 'eurzad.brudzew.pl' });
  await addMunicipality(popup, { municipality: 'Gmina Łężyce', teryt: '2206022' });
  const before = JSON.parse(await exportNow(popup));
  expect(before.format).toBe('asystent-epuap/eksport');
  expect(before.version).toBe(3);
  expect(before.profiles).toHaveLength(2);

  for (const name of ['Gmina Brudzew', 'Gmina Łężyce']) {
    const card = popup.locator('.profile-card', { hasText: name });
    await card.getByRole('button', { name: 'Usuń' }).click();
    await card.getByRole('button', { name: 'Tak, usuń' }).click();
  }
  await expect(popup.getByText('Nie ma jeszcze żadnej gminy')).toBeVisible();

  await importText(popup, JSON.stringify(before));
  await expect(popup.getByText('Nowe (zostaną dodane): Gmina Brudzew, Gmina Łężyce')).toBeVisible();
  await popup.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText(
    'Zaimportowano: dodano 2, zastąpiono 0, pominięto 0.',
  );

  const after = JSON.parse(await exportNow(popup));
  const byId = (file: { profiles: Array<{ id: string }> }) =>
    [...file.profiles].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(after)).toEqual(byId(before));
  expect(after.activeProfileId).toBe(before.activeProfileId);
});

for (const [what, text, message] of [
  ['not JSON at all', 'REGON;NIP\n311019349;6681002396', 'nie jest poprawnym plikiem JSON'],
  [
    'a foreign JSON file',
    '{"name":"package","version":"1.0.0"}',
    'To nie jest plik eksportu Asystenta ePUAP',
  ],
  [
    'a file from a newer version',
    '{"format":"asystent-epuap/eksport","version":7,"exportedAt":"2026-11-20T10:00:00.000Z","profiles":[]}',

    'nowszej wersji Asystenta ePUAP',
  ],
  [
    'a file whose municipality lacks its required fields',
    JSON.stringify({
      format: 'asystent-epuap/eksport',
      version: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      profiles: [{ municipality: 'Gmina Zła' }],
    }),
    'Plik eksportu jest uszkodzony',
  ],
] as const) {
  test(`importing ${what} gives a clear Polish error and changes nothing`, async ({ openPopup }) => {
    const popup = await openPopup();
    await addMunicipality(popup, BRUDZEW);
    const before = JSON.parse(await exportNow(popup));
    await importText(popup, text);
    await expect(popup.getByRole('alert')).toContainText(message);
    await expect(popup.getByRole('button', { name: 'Importuj', exact: true })).toHaveCount(0);
    const after = JSON.parse(await exportNow(popup));
    expect(after.profiles).toEqual(before.profiles);
  });
}

test('importing a municipality that already exists (same REGON) asks before replacing it', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const file = JSON.parse(await exportNow(popup));
  const incoming = {
    ...file,
    profiles: [
      { ...file.profiles[0], id: 'from-coordinator', officeName: 'Urząd Gminy Brudzew (od koordynatora)' },
      { ...file.profiles[0], id: 'other', regon: '', municipality: 'Gmina Nowa', officeName: '' },
    ],
  };

  // First the clerk keeps their own data: nothing is replaced.
  await importText(popup, JSON.stringify(incoming));
  await expect(popup.getByText('Te gminy już są na liście')).toBeVisible();
  await expect(popup.getByLabel('Zastąp „Gmina Brudzew” (REGON 311019349)')).not.toBeChecked();
  await popup.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('dodano 1, zastąpiono 0, pominięto 1');
  let stored = JSON.parse(await exportNow(popup));
  expect(stored.profiles.find((p: { regon: string }) => p.regon === BRUDZEW.regon).officeName).toBe(
    BRUDZEW.officeName,
  );

  // Then they choose to replace it.
  await importText(popup, JSON.stringify(incoming));
  await popup.getByLabel('Zastąp „Gmina Brudzew” (REGON 311019349)').check();
  await popup.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('zastąpiono 1');
  stored = JSON.parse(await exportNow(popup));
  expect(stored.profiles).toHaveLength(2);
  expect(stored.profiles.find((p: { regon: string }) => p.regon === BRUDZEW.regon).officeName).toBe(
    'Urząd Gminy Brudzew (od koordynatora)',
  );
});
