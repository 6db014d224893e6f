import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { snapshotForApplication } from '../../lib/documents/snapshot';
import { BRUDZEW_COMPLETE as BRUDZEW } from '../fixtures/sample-profiles';
import { expect, extensionIdOf, launchWithExtension, test } from './extension';
import { expectUiText } from './in-page';
import { ask } from './protocol';
import { SHOTS } from './setup';

const MC_HOST = 'https://formularz-mc.example.gov.pl';
const LINK = `${MC_HOST}/wniosek/7f3a9c2e`;
const LINK_B = `${MC_HOST}/wniosek-b/51d0`;
const PASSPHRASE = 'zielony most nad Wartą';
const FIXTURES = path.resolve('test/fixtures/mc');

/** The replica MC form for a made-up host: variant A under /wniosek/, variant B under /wniosek-b/. Nothing reaches a real site. */
async function serveMcForm(context: BrowserContext): Promise<void> {
  await context.route(`${MC_HOST}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.startsWith('/wniosek-b/')
      ? 'formularz-b.html'
      : 'formularz-a.html';
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.join(FIXTURES, file)),
    });
  });
}

/**
 * A person answers the browser's "allow access to formularz-mc.example.gov.pl?" prompt; headless automation
 * cannot click it (probed: permissions.request stays pending). chrome://extensions' own API grants the site
 * the way a person adding it under "Site access" does; after that the extension's real
 * `permissions.request` call resolves true without a prompt, so the product's code path runs unchanged.
 */
async function grantSiteLikeAPerson(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id as string, host as string),
    [extensionId, `${MC_HOST}/*`],
  );
  await page.close();
}

/** A municipality whose application was printed and approved by MC, with the approval link recorded. */
async function approvedMunicipality(page: Page): Promise<string> {
  const saved = await ask<{ ok: true; profile: { id: string } }>(page, 'profile.save', {
    id: null,
    input: BRUDZEW,
  });
  const profileId = saved.profile.id;
  const snapshot = snapshotForApplication(
    { ...BRUDZEW, id: profileId },
    { now: new Date('2026-11-02T09:00:00Z') },
  );
  await ask(page, 'documents.saveSnapshots', { snapshots: [snapshot] });
  await ask(page, 'process.event', {
    profileId,
    event: { type: 'mc-approved', at: new Date().toISOString(), link: LINK },
  });
  return profileId;
}

async function openMcPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/mc.html`);
  return page;
}

async function createVault(mc: Page): Promise<void> {
  await mc.getByLabel('Hasło do sejfu', { exact: true }).fill(PASSPHRASE);
  await mc.getByLabel('Powtórz hasło do sejfu').fill(PASSPHRASE);
  await mc.getByRole('button', { name: 'Wygeneruj hasła i zapisz w sejfie' }).click();
  await expect(mc.getByText('Sejf otwarty.')).toBeVisible({ timeout: 20_000 });
}

async function revealed(mc: Page): Promise<{ revocation: string; p12: string }> {
  await mc.getByRole('button', { name: 'Pokaż hasło do unieważnienia certyfikatu' }).click();
  await mc.getByRole('button', { name: 'Pokaż hasło do pliku p12' }).click();
  return {
    revocation: (await mc.locator('[data-password="revocation"]').textContent()) ?? '',
    p12: (await mc.locator('[data-password="p12"]').textContent()) ?? '',
  };
}

test.beforeEach(async ({ context }) => {
  await serveMcForm(context);
});

test('the MC form is filled from the printed application with the vault passwords, and the vault survives a restart', async ({
  context,
  extensionId,
  userDataDir,
}) => {
  let mc = await openMcPage(context, extensionId);
  const profileId = await approvedMunicipality(mc);
  await grantSiteLikeAPerson(context, extensionId);
  await mc.reload();
  await expect(mc.getByLabel('Link z e-maila od MC')).toHaveValue(LINK); // from the process state

  // The clerk clicked the link in MC's e-mail: the form is open in a tab already.
  const form = await context.newPage();
  await form.goto(LINK);
  await mc.bringToFront();
  await mc.getByRole('button', { name: 'Otwórz formularz MC' }).click();
  await expect(mc.getByRole('status').filter({ hasText: 'Formularz MC jest otwarty' })).toBeVisible();

  // A weak or mistyped passphrase is refused in Polish, and nothing is stored.
  await mc.getByLabel('Hasło do sejfu', { exact: true }).fill('krótkie');
  await mc.getByLabel('Powtórz hasło do sejfu').fill('inne');
  await mc.getByRole('button', { name: 'Wygeneruj hasła i zapisz w sejfie' }).click();
  await expect(mc.getByRole('alert').filter({ hasText: 'co najmniej 10 znaków' })).toBeVisible();
  await expect(mc.getByRole('alert').filter({ hasText: 'Hasła do sejfu różnią się' })).toBeVisible();
  expect((await ask<{ vault: unknown }>(mc, 'mc.context', {})).vault).toBeNull();

  await createVault(mc);
  // The form is open in its tab: the new pair was made to fit what the form states (variant A: "od 12 do 64
  // znaków, co najmniej jedna mała i wielka litera, cyfra i znak specjalny"), read there by the injected
  // script; the clerk is told.
  await expect(
    mc.getByRole('status').filter({
      hasText:
        'Hasła dopasowano do wymagań formularza MC: od 12 do 64 znaków, co najmniej: wielka litera, mała litera, cyfra, znak specjalny.',
    }),
  ).toBeVisible();
  await mc.screenshot({ path: `${SHOTS}/mc-vault-open.png`, fullPage: true });
  // Opened but not revealed: the passwords are not in the page's DOM.
  const html = await mc.content();

  await mc.getByRole('button', { name: 'Wypełnij formularz MC' }).click();
  await expect(mc.getByText('Formularz wypełniony ·')).toBeVisible({ timeout: 20_000 });
  const report = await expectUiText(form, 'Formularz MC jest wypełniony danymi z wysłanego wniosku');
  expect(report).toContain('Oświadczenie / zgoda');
  // The long report folds the fine lines and lists what needs the clerk.
  expect(report).toMatch(/✓ wypełniono \d+ pól/);

  const onForm = await form.evaluate(() => {
    const v = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    return {
      name: v('nazwa'),
      regon: v('regon'),
      domain: v('domena'),
      role: v('stanowisko'),
      h1: v('h1'),
      h1b: v('h1b'),
      h2: v('h2'),
      h2b: v('h2b'),
      consent: (document.getElementById('zgoda') as HTMLInputElement).checked,
      submitted: (window as unknown as { __submitted: number }).__submitted,
    };
  });
  expect(onForm).toMatchObject({
    name: 'Gmina Brudzew',
    regon: '311019349',
    domain: 'eurzad.brudzew.pl',
    role: 'Wójt',
  });
  expect(onForm.consent).toBe(false);
  expect(onForm.submitted).toBe(0);
  const secrets = await revealed(mc);
  expect(secrets.revocation).toHaveLength(20);
  expect(secrets.revocation).not.toBe(secrets.p12);
  expect([onForm.h1, onForm.h1b, onForm.h2, onForm.h2b]).toEqual([
    secrets.revocation,
    secrets.revocation,
    secrets.p12,
    secrets.p12,
  ]);
  expect(html).not.toContain(secrets.revocation);
  expect(html).not.toContain(secrets.p12);
  // The stored report and the vault record hold no password.
  const stored = JSON.stringify(await ask(mc, 'mc.context', {}));
  expect(stored).not.toContain(secrets.revocation);
  expect(stored).not.toContain(secrets.p12);

  await mc.getByLabel(/Hasła zapisane i przechowane/).check();
  await expect(mc.getByText('Krok „Formularz MC i hasła” zakończony')).toBeVisible();
  const process = await ask<{ state: { steps: Record<string, { status: string }> } }>(mc, 'process.get', {
    profileId,
  });
  expect(process.state.steps['mc-form']?.status).toBe('done');
  await mc.screenshot({ path: `${SHOTS}/mc-filled.png`, fullPage: true });
  await form.screenshot({ path: `${SHOTS}/mc-form-page.png`, fullPage: true });

  // Restart the browser with the same profile directory: the vault is still there, and only the passphrase opens it.
  await context.close();
  const again = await launchWithExtension(userDataDir);
  try {
    mc = await openMcPage(again, await extensionIdOf(again));
    await mc.getByLabel('Hasło do sejfu').fill('niebieski most nad Wartą');
    await mc.getByRole('button', { name: 'Otwórz sejf' }).click();
    await expect(mc.getByRole('alert').filter({ hasText: 'Nieprawidłowe hasło do sejfu' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(mc.getByLabel('Hasło do sejfu')).toHaveValue('niebieski most nad Wartą'); // nothing typed is lost
    await mc.screenshot({ path: `${SHOTS}/mc-wrong-passphrase.png`, fullPage: true });
    await mc.getByLabel('Hasło do sejfu').fill(PASSPHRASE);
    await mc.getByRole('button', { name: 'Otwórz sejf' }).click();
    await expect(mc.getByText('Sejf otwarty.')).toBeVisible({ timeout: 20_000 });
    expect(await revealed(mc)).toEqual(secrets);
  } finally {
    await again.close();
  }
});

test('a profile changed after printing shows the differences, and the form still gets the printed data', async ({
  context,
  extensionId,
}) => {
  const mc = await openMcPage(context, extensionId);
  const profileId = await approvedMunicipality(mc);
  await ask(mc, 'profile.save', { id: profileId, input: { ...BRUDZEW, email: 'urzad@brudzew.pl' } });
  await ask(mc, 'process.event', {
    profileId,
    event: { type: 'mc-approved', at: new Date().toISOString(), link: LINK_B },
  });
  await grantSiteLikeAPerson(context, extensionId);
  await mc.reload();
  const changes = mc.getByRole('table', { name: 'Różnice między wnioskiem a obecnymi danymi gminy' });
  await expect(changes.getByRole('row', { name: /Oficjalny e-mail urzędu/ })).toContainText(
    'sekretariat@brudzew.pl',
  );
  await expect(changes.getByRole('row', { name: /Oficjalny e-mail urzędu/ })).toContainText(
    'urzad@brudzew.pl',
  );
  await expect(mc.getByRole('link', { name: 'przygotuj nowy wniosek' })).toHaveAttribute(
    'href',
    '/documents.html#wniosek',
  );

  const form = await context.newPage();
  await form.goto(LINK_B);
  await mc.bringToFront();
  await createVault(mc);
  await mc.getByRole('button', { name: 'Wypełnij formularz MC' }).click();
  await expect(mc.getByText('Formularz wypełniony ·')).toBeVisible({ timeout: 20_000 });
  const values = await form.evaluate(
    () => (window as unknown as { __state: { values: Record<string, string>; zgoda: boolean } }).__state,
  );
  expect(values.values.email).toBe('sekretariat@brudzew.pl');
  expect(values.zgoda).toBe(false);
  await mc.screenshot({ path: `${SHOTS}/mc-changed-profile.png`, fullPage: true });

  const results = await new AxeBuilder({ page: mc }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('without a printed application the page says to generate it first, and is accessible', async ({
  context,
  extensionId,
}) => {
  const mc = await openMcPage(context, extensionId);
  await ask(mc, 'profile.save', { id: null, input: BRUDZEW });
  await mc.reload();
  await expect(mc.getByRole('alert').filter({ hasText: 'Najpierw wygeneruj wniosek.' })).toBeVisible();
  await expect(mc.getByRole('link', { name: 'Przejdź do wniosku' })).toHaveAttribute(
    'href',
    '/documents.html#wniosek',
  );
  await mc.getByRole('button', { name: 'Wypełnij formularz MC' }).click();
  await expect(mc.getByRole('alert').filter({ hasText: 'Wklej link do formularza' })).toBeVisible();
  await mc.getByLabel('Link z e-maila od MC').fill('formularz-mc.example.gov.pl/wniosek');
  await mc.getByRole('button', { name: 'Otwórz formularz MC' }).click();
  await expect(mc.getByRole('alert').filter({ hasText: 'To nie jest pełny adres strony' })).toBeVisible();
  await mc.screenshot({ path: `${SHOTS}/mc-no-application.png`, fullPage: true });
  const results = await new AxeBuilder({ page: mc }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
