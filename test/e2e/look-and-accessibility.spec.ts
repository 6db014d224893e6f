import { expect, test } from './extension';
import { BRUDZEW } from './sample-profiles';
import { expectNoAxeViolations, fillProfileForm, SHOTS } from './setup';

test('the popup list, the form with errors and the side panel pass axe-core and are photographed', async ({
  openPopup,
  openSidePanel,
}) => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 460, height: 640 });
  await expectNoAxeViolations(popup);
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { ...BRUDZEW, regon: '311019340', postalCode: '62720' });
  await expect(popup.getByText('Błędna cyfra kontrolna REGON')).toBeVisible();
  await expectNoAxeViolations(popup);
  await popup.screenshot({ path: `${SHOTS}/popup-form-errors.png`, fullPage: true });

  await fillProfileForm(popup, {
    regon: BRUDZEW.regon,
    postalCode: BRUDZEW.postalCode,
    signatoryRole: 'wojt',
  });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, { municipality: 'Gmina Łężyce', email: 'ug@lezyce.pl' });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.locator('.profile-card')).toHaveCount(2);
  await expectNoAxeViolations(popup);
  await popup.screenshot({ path: `${SHOTS}/popup-list.png`, fullPage: true });

  const panel = await openSidePanel();
  await panel.setViewportSize({ width: 400, height: 700 });
  await expect(panel.getByText('Aktywna gmina: Gmina Brudzew')).toBeVisible();
  await expectNoAxeViolations(panel);
  await panel.screenshot({ path: `${SHOTS}/sidepanel.png`, fullPage: true });
});

test('the popup form can be used with the keyboard alone', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Dodaj gminę' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('Nazwa gminy')).toBeVisible();
  await popup.getByLabel('Nazwa gminy').focus();
  await popup.keyboard.type('Gmina Brudzew');
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Nazwa urzędu')).toBeFocused();
  await popup.keyboard.press('Enter'); // Enter in a field submits the form, like any form
  await expect(popup.getByRole('status')).toContainText('Zapisano: Gmina Brudzew.');
});
