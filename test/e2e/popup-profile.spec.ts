import { expect, test } from './extension';
import { BRUDZEW } from './sample-profiles';
import { fillProfileForm } from './setup';

test('a wrong REGON is explained in Polish, and once fixed the municipality is saved and survives a reload', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { ...BRUDZEW, regon: '311019340', signatoryRole: 'wojt' });

  await expect(popup.getByText('Błędna cyfra kontrolna REGON')).toBeVisible();
  await expect(popup.getByLabel('REGON', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('alert').filter({ hasText: 'Popraw zaznaczone pola: REGON' })).toBeVisible();
  await expect(popup.getByLabel('REGON', { exact: true })).toBeFocused();

  await popup.getByLabel('REGON', { exact: true }).fill(BRUDZEW.regon);
  await expect(popup.getByText('Błędna cyfra kontrolna REGON')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Zapisano: Gmina Brudzew.' })).toBeVisible();
  const card = popup.locator('.profile-card', { hasText: 'Gmina Brudzew' });
  await expect(card).toContainText('REGON 311019349');
  await expect(card).toContainText('aktywna');

  await popup.reload();
  await expect(popup.locator('.profile-card', { hasText: 'Gmina Brudzew' })).toContainText('REGON 311019349');
});

test('every identifier check speaks Polish as the clerk types', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, {
    nip: '123-456-78-90',
    postalCode: '62720',
    email: 'sekretariat(at)brudzew.pl',
    platformDomain: 'https://eurzad.brudzew.pl',
    teryt: '3102021',
  });
  await expect(popup.getByText('Błędna cyfra kontrolna NIP')).toBeVisible();
  await expect(popup.getByText('Kod pocztowy ma postać 00-000')).toBeVisible();
  await expect(popup.getByText('Podaj adres e-mail w postaci')).toBeVisible();
  await expect(popup.getByText('bez http://')).toBeVisible();
  await expect(popup.getByText('parzystej liczby od 02 do 32')).toBeVisible();
});

test('the platform domain is suggested from the official e-mail address', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { email: 'sekretariat@brudzew.pl' });
  await expect(popup.getByText('Podpowiedź z adresu e-mail: eurzad.brudzew.pl')).toBeVisible();
  await popup.getByRole('button', { name: 'Użyj' }).click();
  await expect(popup.getByLabel('Domena platformy e-Urząd')).toHaveValue('eurzad.brudzew.pl');
});

test('half a profile typed, the popup closed and reopened: the typed text is still there', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { municipality: 'Gmina Łężyce', regon: '31101934', street: 'ul. Źródlana' });
  await popup.close();

  const reopened = await openPopup();
  await expect(reopened.getByText('Przywrócono niezapisane zmiany')).toBeVisible();
  await expect(reopened.getByLabel('Nazwa gminy')).toHaveValue('Gmina Łężyce');
  await expect(reopened.getByLabel('Ulica')).toHaveValue('ul. Źródlana');
  await expect(reopened.getByLabel('REGON', { exact: true })).toHaveValue('31101934');
  await expect(reopened.getByText('REGON ma 9 albo 14 cyfr, a wpisano 8')).toBeVisible();
});

test('an incomplete profile can be saved and the popup says what the application still lacks', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { municipality: 'Gmina Brudzew', regon: BRUDZEW.regon });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  const card = popup.locator('.profile-card', { hasText: 'Gmina Brudzew' });
  await expect(card).toContainText('Do wniosku brakuje: Numer budynku, Kod pocztowy');
  await expect(card).toContainText('NIP');
  await expect(card).toContainText(/wypełniono 17%/); // 2 of the 12 things the application needs
});

test('editing, switching the active municipality and deleting with confirmation', async ({ openPopup }) => {
  const popup = await openPopup();
  for (const [name, regon] of [
    ['Gmina Brudzew', BRUDZEW.regon],
    ['Gmina Kawęczyn', ''],
  ]) {
    await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
    await fillProfileForm(popup, { municipality: name ?? '', regon: regon ?? '' });
    await popup.getByRole('button', { name: 'Zapisz' }).click();
    await expect(popup.getByRole('status')).toContainText(`Zapisano: ${name}.`);
  }
  const kaweczyn = popup.locator('.profile-card', { hasText: 'Gmina Kawęczyn' });
  await kaweczyn.getByRole('button', { name: 'Ustaw jako aktywną' }).click();
  await expect(kaweczyn).toContainText('aktywna');

  await kaweczyn.getByRole('button', { name: 'Edytuj' }).click();
  await fillProfileForm(popup, { officeName: 'Urząd Gminy Kawęczyn' });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status')).toContainText('Zapisano: Gmina Kawęczyn.');

  await kaweczyn.getByRole('button', { name: 'Usuń' }).click();
  await expect(kaweczyn.getByRole('alertdialog')).toContainText('Usunąć gminę „Gmina Kawęczyn”');
  await kaweczyn.getByRole('button', { name: 'Anuluj' }).click();
  await expect(popup.locator('.profile-card')).toHaveCount(2);
  await kaweczyn.getByRole('button', { name: 'Usuń' }).click();
  await kaweczyn.getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(popup.locator('.profile-card')).toHaveCount(1);
  // The remaining municipality becomes the active one, so ePUAP pages still have data to fill.
  await expect(popup.locator('.profile-card', { hasText: 'Gmina Brudzew' })).toContainText('aktywna');
});

test('a change saved in the popup appears in the open side panel without a reload', async ({
  openPopup,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await expect(panel.getByText('brak — dodaj gminę')).toBeVisible();
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { municipality: 'Gmina Brudzew' });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(panel.getByText('Aktywna gmina: Gmina Brudzew')).toBeVisible();
});
