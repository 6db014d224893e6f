import { expect, test } from './extension';
import { COMPLETE, saveProfileVia } from './setup';

const focusedIsBody = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

test('after "Edytuj", "Odrzuć zmiany" and a deletion the focus is on a control, never on <body>', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await saveProfileVia(popup, COMPLETE);
  await saveProfileVia(popup, { municipality: 'Gmina Łężyce' });
  await popup.reload();
  const brudzew = popup.locator('.profile-card', { hasText: 'Gmina Brudzew' });

  await brudzew.getByRole('button', { name: /^Edytuj/ }).click();
  await expect(popup.getByLabel('Nazwa gminy', { exact: true })).toBeFocused();
  await popup.getByRole('button', { name: 'Odrzuć zmiany' }).click();
  await expect(brudzew.getByRole('button', { name: /^Edytuj/ })).toBeFocused();

  const lezyce = popup.locator('.profile-card', { hasText: 'Gmina Łężyce' });
  await lezyce.getByRole('button', { name: /^Usuń/ }).click();
  await expect(lezyce.getByRole('button', { name: 'Anuluj' })).toBeFocused();
  // Escape cancels the confirmation, and the focus returns to "Usuń".
  await popup.keyboard.press('Escape');
  await expect(lezyce.getByRole('alertdialog')).toHaveCount(0);
  await expect(lezyce.getByRole('button', { name: /^Usuń/ })).toBeFocused();

  await lezyce.getByRole('button', { name: /^Usuń/ }).click();
  await popup.getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(popup.locator('.profile-card')).toHaveCount(1);
  await expect.poll(() => focusedIsBody(popup)).toBe(false);
  await expect(brudzew.getByRole('button', { name: /^Edytuj/ })).toBeFocused();
});

test('"Teraz: krok N" moves the focus to that step', async ({ openSidePanel }) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, COMPLETE);
  await panel.setViewportSize({ width: 400, height: 500 });
  await panel.getByRole('link', { name: /^krok 3 –/ }).click();
  const current = panel.locator('li[data-step-id="application"]');
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport();
});
