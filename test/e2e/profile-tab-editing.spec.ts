import { expect, test } from './extension';
import { COMPLETE, expectNoAxeViolations, SHOTS, saveProfileVia } from './setup';

const step = (page: import('@playwright/test').Page, id: string) => page.locator(`li[data-step-id="${id}"]`);

test('"Wpisz identyfikatory ręcznie" opens the municipality in a tab, editing, on the ePUAP login', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, { ...COMPLETE, epuapLogin: '', epuapOrgId: '' });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    step(panel, 'epuap-ids').getByRole('button', { name: 'Wpisz identyfikatory ręcznie' }).click(),
  ]);
  await tab.setViewportSize({ width: 1100, height: 800 });
  await expect(tab).toHaveURL(/\/profile\.html\?.*focus=epuap-ids/);
  await expect(tab.getByRole('heading', { name: 'Dane gminy', exact: true })).toBeVisible();
  await expect(tab.getByLabel('Login ePUAP', { exact: true })).toBeFocused();
  await expect(tab.getByLabel('Nazwa gminy', { exact: true })).toHaveValue('Gmina Brudzew');
  // Laid out for a tab: the form uses the width, it is not a 440-px popup in a corner.
  const width = await tab.locator('.profile-form').evaluate((form) => form.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(600);
  await expectNoAxeViolations(tab);
  await tab.screenshot({ path: `${SHOTS}/profile-tab-epuap-ids.png`, fullPage: false });

  await tab.getByLabel('Login ePUAP', { exact: true }).fill('jnowak_ug');
  await tab.getByLabel('Identyfikator podmiotu publicznego (ePUAP)').fill('UGBrudzew');
  await tab.getByRole('button', { name: 'Zapisz' }).click();
  const saved = tab.getByRole('status').filter({ hasText: 'Zapisano: Gmina Brudzew.' });
  await expect(saved).toBeInViewport();
  await expect(tab.locator('.status-anchor')).toBeFocused();
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Zrobione');
});

test('"Uzupełnij dane gminy" puts the cursor on the first missing field', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, { ...COMPLETE, nip: '' });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    step(panel, 'profile').getByRole('button', { name: 'Uzupełnij dane gminy' }).click(),
  ]);
  await expect(tab).toHaveURL(/\/profile\.html\?.*focus=missing/);
  await expect(tab.getByLabel('NIP', { exact: true })).toBeFocused();
  await tab.getByRole('button', { name: 'Odrzuć zmiany' }).click();
  await expect(tab.getByRole('button', { name: 'Edytuj dane gminy' })).toBeFocused();
});

test('without any municipality the side panel opens the same tab for a new one', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Dodaj dane gminy' }).click(),
  ]);
  await expect(tab.getByRole('heading', { name: 'Nowa gmina' })).toBeVisible();
  await expect(tab.getByLabel('Nazwa gminy', { exact: true })).toBeFocused();
});
