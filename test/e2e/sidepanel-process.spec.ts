import type { BrowserContext, Locator, Page } from '@playwright/test';
import { emptyProfileInput } from '../../lib/profile/schema';
import { expect, test } from './extension';
import { BRUDZEW } from './sample-profiles';
import {
  COMPLETE,
  expectNoAxeViolations,
  fillProfileForm,
  recordEventVia,
  request,
  saveProfileVia,
} from './setup';

/** The service worker's global: Playwright evaluates these callbacks inside the extension. */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
};

const MC_LINK = 'https://formularz.mc.gov.pl/wniosek/7f3a9c?token=abc';
const SHOTS = 'docs/screenshots';

async function badgeText(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

const step = (page: Page, id: string): Locator => page.locator(`li[data-step-id="${id}"]`);

/** The day `days` before today, as a date input holds it (the clerk's own calendar). */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('a manual tick with a date survives a reload, moves the badge, and can be undone', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, COMPLETE);
  await expect.poll(() => badgeText(context)).toBe('2/10');

  const application = step(panel, 'application');
  await expect(application).toHaveAttribute('aria-current', 'step');
  await application.getByLabel('Data wykonania').fill('2026-03-02');
  await application.getByLabel('Notatka (opcjonalnie)').fill('podpisał wójt');
  await application.getByRole('button', { name: 'Zaznacz jako zrobione' }).click();
  await expect(application.locator('.step-status')).toHaveText('Zrobione');
  await expect(application).toContainText('02.03.2026 · zaznaczono ręcznie – podpisał wójt');
  await expect(step(panel, 'pismo')).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => badgeText(context)).toBe('3/10');

  await panel.reload();
  await expect(application.locator('.step-status')).toHaveText('Zrobione');
  await expect(application).toContainText('02.03.2026 · zaznaczono ręcznie – podpisał wójt');
  await expect(panel.locator('.timeline')).toContainText(
    'Zaznaczono: Wniosek o wydanie certyfikatu (data: 02.03.2026) – podpisał wójt',
  );

  await application.getByRole('button', { name: /^Cofnij/ }).click();
  await expect(application.locator('.step-status')).toHaveText('Do zrobienia');
  await expect(application).toHaveAttribute('aria-current', 'step');
  await expect(panel.locator('.timeline li').first()).toContainText(
    'Cofnięto zaznaczenie: Wniosek o wydanie certyfikatu.',
  );
  await expect.poll(() => badgeText(context)).toBe('2/10');
});

test('a tick with a future date is refused in Polish and the typed note stays', async ({ openSidePanel }) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, COMPLETE);
  const application = step(panel, 'application');
  await application.getByLabel('Data wykonania').fill('2099-01-01');
  await application.getByLabel('Notatka (opcjonalnie)').fill('skan w teczce');
  await application.getByRole('button', { name: 'Zaznacz jako zrobione' }).click();
  await expect(application.getByRole('alert')).toHaveText(
    'Data nie może być z przyszłości. Wybierz dzień, w którym krok wykonano.',
  );
  await expect(application.getByLabel('Notatka (opcjonalnie)')).toHaveValue('skan w teczce');
  await expect(application.locator('.step-status')).toHaveText('Do zrobienia');
});

test('the missing NIP disappears from the panel when the profile is completed in the popup', async ({
  openPopup,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await saveProfileVia(panel, { ...COMPLETE, nip: '' });
  const profileStep = step(panel, 'profile');
  await expect(profileStep.locator('.step-missing')).toHaveText('Brakujące dane: brak NIP');
  await expect(step(panel, 'application').locator('.step-missing')).toContainText('brak NIP');
  await expect(profileStep.locator('.step-status')).toHaveText('W toku');

  const popup = await openPopup();
  await popup
    .locator('.profile-card')
    .getByRole('button', { name: /^Edytuj/ })
    .click();
  await fillProfileForm(popup, { nip: COMPLETE.nip });
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status')).toContainText('Zapisano');

  // No reload: the background's broadcast makes the panel re-read.
  await expect(profileStep.locator('.step-status')).toHaveText('Zrobione');
  await expect(panel.getByText('brak NIP')).toHaveCount(0);
  await expect(panel.locator('.timeline')).toContainText('Dane gminy są kompletne.');
});

test('MC approval: an invalid link is refused in Polish, a valid one is kept for the MC form step', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const id = await saveProfileVia(panel, COMPLETE);
  await recordEventVia(panel, id, { type: 'pismo-sent', sentAt: daysAgo(3), documentNumber: 'UPP-2026-77' });

  const decision = step(panel, 'mc-decision');
  await expect(decision).toHaveAttribute('aria-current', 'step');
  await expect(decision.locator('.step-status')).toHaveText('Czeka na odpowiedź');
  await expect(decision).toContainText('Pismo wysłano 3 dni temu.');
  await decision.getByLabel('Link z e-maila od MC').fill('http://formularz.mc.gov.pl/x');
  await decision.getByRole('button', { name: 'Zapisz odpowiedź MC' }).click();
  await expect(decision.getByRole('alert')).toHaveText(
    'Link od MC musi być pełnym adresem zaczynającym się od https://',
  );
  await expect(decision.getByLabel('Link z e-maila od MC')).toHaveValue('http://formularz.mc.gov.pl/x');

  await decision.getByLabel('Link z e-maila od MC').fill(MC_LINK);
  await decision.getByRole('button', { name: 'Zapisz odpowiedź MC' }).click();
  await expect(decision.locator('.step-status')).toHaveText('Zrobione');
  const form = step(panel, 'mc-form');
  await expect(form).toHaveAttribute('aria-current', 'step');
  await expect(form).toContainText(`Link od MC: ${MC_LINK}`);

  // The button opens the MC form page, which already holds exactly the kept link.
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    form.getByRole('button', { name: 'Otwórz formularz MC' }).click(),
  ]);
  await expect.poll(() => new URL(opened.url()).pathname).toBe('/mc.html');
  await expect(opened.getByRole('textbox', { name: /Link/ }).first()).toHaveValue(MC_LINK);

  await form.getByRole('button', { name: 'Formularz MC wypełniony i wysłany' }).click();
  await expect(form.locator('.step-status')).toHaveText('W toku');
  await form.getByRole('button', { name: /Oba hasła zapisane/ }).click();
  await expect(form.locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'sigillum-files')).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => badgeText(context)).toBe('6/10');
});

test('MC refusal: the panel explains what to check and a restart keeps the municipality data', async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const id = await saveProfileVia(panel, COMPLETE);
  await recordEventVia(panel, id, { type: 'pismo-sent', sentAt: daysAgo(5) });

  const decision = step(panel, 'mc-decision');
  await decision.getByLabel('Odmowa').check();
  await decision.getByLabel('Powód odmowy z e-maila (opcjonalnie)').fill('Niezgodny adres domeny.');
  await decision.getByRole('button', { name: 'Zapisz odpowiedź MC' }).click();
  await expect(decision.locator('.step-status')).toHaveText('Zablokowane');
  await expect(decision).toContainText('Ministerstwo Cyfryzacji odmówiło wydania certyfikatu.');
  await expect(decision).toContainText('Powód podany przez MC: „Niezgodny adres domeny.”');
  await expect(decision.locator('.refusal-checks li')).toHaveCount(4);

  await decision.getByRole('button', { name: 'Zacznij od nowa (dane gminy zostają)' }).click();
  await expect(panel.locator('.attempt')).toHaveText('Podejście 2');
  await expect(step(panel, 'application')).toHaveAttribute('aria-current', 'step');
  await expect(step(panel, 'mc-decision').locator('.step-status')).toHaveText('Do zrobienia');
  await expect(step(panel, 'profile').locator('.step-status')).toHaveText('Zrobione');
  await expect(step(panel, 'epuap-ids').locator('.step-status')).toHaveText('Zrobione');
  await expect(panel.getByText('Aktywna gmina: Gmina Brudzew')).toBeVisible();
  await expect(panel.locator('.timeline li').first()).toContainText('Rozpoczęto od nowa po odmowie MC');
});

test('waiting for MC past the threshold shows a reminder; the threshold is a setting', async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const id = await saveProfileVia(panel, COMPLETE);
  await recordEventVia(panel, id, { type: 'pismo-sent', sentAt: daysAgo(20) });
  await expect(panel.locator('.reminder')).toContainText('Czekasz na odpowiedź MC od 20 dni.');

  await panel.getByText('Ustawienia przypomnień').click();
  const days = panel.getByLabel('Przypomnij o braku odpowiedzi MC po (dniach)');
  await expect(days).toHaveValue('14');
  await days.fill('0');
  await panel.getByRole('button', { name: 'Zapisz ustawienie' }).click();
  await expect(panel.locator('.settings').getByRole('alert')).toHaveText(
    'Przypomnienie najwcześniej po 1 dniu.',
  );
  await days.fill('30');
  await panel.getByRole('button', { name: 'Zapisz ustawienie' }).click();
  await expect(panel.locator('.settings').getByRole('status')).toHaveText(
    'Zapisano: przypomnienie po 30 dniach.',
  );
  await expect(panel.locator('.reminder')).toHaveCount(0);
  await panel.reload();
  await panel.getByText('Ustawienia przypomnień').click();
  await expect(days).toHaveValue('30');
});

test('the coordinator sees every municipality with its current step and switches the active one', async ({
  context,
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  const brudzew = await saveProfileVia(panel, COMPLETE);
  await saveProfileVia(panel, { municipality: 'Gmina Łężyce', email: 'ug@lezyce.pl' });
  await recordEventVia(panel, brudzew, { type: 'pismo-sent', sentAt: daysAgo(2) });
  await expect.poll(() => badgeText(context)).toBe('4/10');

  await panel.getByText('Wszystkie gminy (2)').click();
  const list = panel.getByRole('list', { name: 'Wszystkie gminy' });
  await expect(list.locator('li', { hasText: 'Gmina Brudzew' })).toContainText(
    'Teraz: Odpowiedź Ministerstwa Cyfryzacji',
  );
  await expect(list.locator('li', { hasText: 'Gmina Łężyce' })).toContainText('Teraz: Dane gminy');
  await expect(list.locator('li', { hasText: 'Gmina Brudzew' })).toContainText('aktywna');

  await list.getByRole('button', { name: 'Przełącz na: Gmina Łężyce' }).click();
  await expect(panel.getByText('Aktywna gmina: Gmina Łężyce')).toBeVisible();
  await expect(step(panel, 'profile')).toHaveAttribute('aria-current', 'step');
  await expect(step(panel, 'profile').locator('.step-missing')).toContainText('brak NIP');
  await expect(list.locator('li', { hasText: 'Gmina Łężyce' })).toContainText('aktywna');
  await expect.poll(() => badgeText(context)).toBe('0/10');
});

test('the side panel in three states passes axe-core and is photographed for the README', async ({
  openSidePanel,
}) => {
  const panel = await openSidePanel();
  await panel.setViewportSize({ width: 400, height: 900 });
  const id = await saveProfileVia(panel, { ...BRUDZEW, nip: '' });
  await expect(step(panel, 'profile').locator('.step-missing')).toContainText(
    'brak NIP · brak domeny platformy',
  );
  await expectNoAxeViolations(panel);
  await panel.screenshot({ path: `${SHOTS}/sidepanel-fresh.png`, fullPage: true });

  await request(panel, 'profile.save', { id, input: { ...emptyProfileInput(), ...COMPLETE } });
  await recordEventVia(panel, id, { type: 'manual-tick', stepId: 'application', date: daysAgo(19) });
  await recordEventVia(panel, id, { type: 'pismo-sent', sentAt: daysAgo(16), documentNumber: 'UPP-2026-77' });
  await expect(panel.locator('.reminder')).toBeVisible();
  await expect(step(panel, 'mc-decision')).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(panel);
  await panel.screenshot({ path: `${SHOTS}/sidepanel-waiting-for-mc.png`, fullPage: true });

  await recordEventVia(panel, id, { type: 'mc-refused', reason: 'Niezgodny adres domeny we wniosku.' });
  await expect(step(panel, 'mc-decision').locator('.step-status')).toHaveText('Zablokowane');
  await expectNoAxeViolations(panel);
  await panel.screenshot({ path: `${SHOTS}/sidepanel-refused.png`, fullPage: true });
});
