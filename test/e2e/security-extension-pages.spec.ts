import type { Page } from '@playwright/test';
import { initialProcessState } from '../../lib/process/state';
import { emptyProfileInput } from '../../lib/profile/schema';
import { EPUAP, fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { ask } from './protocol';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality, importText, readDownload } from './setup';

// A script inside an ePUAP page's content-script world cannot be planted from a test; the sender rules
// it would meet are proven in test/unit/messaging/compromised-content-script.test.ts. Here: extension
// pages still work end to end through the one messenger, and what the clerk sees when a link or file
// is hostile.

test('extension pages still work end to end through the messenger; an ePUAP page script cannot reach it', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);

  // The documents page (a tab) reads what the popup saved, through the background.
  const documents = await context.newPage();
  await documents.goto(`chrome-extension://${extensionId}/documents.html`);
  const exported = await ask<{ profiles: Array<{ municipality: string }> }>(
    documents,
    'transfer.export',
    undefined,
  );
  expect(exported.profiles.map((p) => p.municipality)).toEqual([BRUDZEW.municipality]);
  // Data that do not have the request's shape are refused in Polish.
  await expect(
    ask(documents, 'mc.storeVault', { profileId: 'x', envelope: {}, replace: 'tak' }),
  ).rejects.toThrow('nieprawidłowe dane');

  // The page's own script on ePUAP has no way to the background (no externally_connectable).
  const page = await context.newPage();
  await page.goto(fixtureUrl('pismo-ogolne-a.html'));
  expect(page.url().startsWith(EPUAP)).toBe(true);
  const reached = await page.evaluate(async (id) => {
    const runtime = (
      globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }
    ).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no runtime';
    try {
      return await runtime.sendMessage(id, { id: 1, type: 'transfer.export', timestamp: Date.now() });
    } catch {
      return 'refused';
    }
  }, extensionId);
  expect(['no runtime', 'refused']).toContain(reached);
});

test('extension pages cannot connect anywhere: the CSP allows their own files only', async ({
  context,
  openPopup,
}) => {
  await context.route('https://example.org/**', (route) => route.fulfill({ body: 'odpowiedź' }));
  const probe = (page: Page) =>
    page.evaluate(() =>
      fetch('https://example.org/dane').then(
        (r) => r.text(),
        () => 'zablokowane',
      ),
    );
  const web = await context.newPage();
  await web.goto('https://example.org/');
  expect(await probe(web)).toBe('odpowiedź'); // the route answers: only the CSP can block it
  const popup = await openPopup();
  expect(await probe(popup)).toBe('zablokowane');
});

test('importing an oversize file, a pathological pattern or a foreign MC link: Polish messages, nothing changed', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const before = JSON.parse(
    await readDownload(popup, () => popup.getByRole('button', { name: 'Eksportuj' }).click()),
  );

  await importText(popup, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
  await expect(popup.getByRole('alert')).toContainText('Plik jest za duży');

  const stars = `/${'a*'.repeat(10)}b`;
  const hostile = {
    ...before,
    mappings: [
      {
        id: `epuap.gov.pl${stars}#title`,
        site: 'epuap.gov.pl',
        pathPattern: stars,
        fieldKey: 'title',
        locator: { framePath: [], tag: 'input' },
        learnedAt: '2026-11-24T12:00:00.000Z',
      },
    ],
  };
  await importText(popup, JSON.stringify(hostile));
  await expect(popup.getByRole('alert')).toContainText('jednym „/*”');
  await expect(popup.getByRole('button', { name: 'Importuj', exact: true })).toHaveCount(0);

  const profileId = before.profiles[0].id;
  const foreign = {
    ...before,
    progress: [
      {
        profileId,
        state: {
          ...initialProcessState(),
          mcDecision: { approvalLink: 'https://mc-formularz.example.com/wniosek' },
        },
      },
    ],
  };
  await importText(popup, JSON.stringify(foreign));
  await expect(
    popup.getByRole('note').filter({ hasText: 'mc-formularz.example.com, spoza domeny gov.pl' }),
  ).toBeVisible();
  await popup.getByRole('button', { name: 'Anuluj' }).click();

  const after = JSON.parse(
    await readDownload(popup, () => popup.getByRole('button', { name: 'Eksportuj' }).click()),
  );
  expect(after.profiles).toEqual(before.profiles);
  expect(after.mappings).toEqual(before.mappings);
});

test('mc.html: a link outside gov.pl needs an explicit confirmation, the fill button names the host, a guessable passphrase is refused', async ({
  context,
  extensionId,
}) => {
  const mc = await context.newPage();
  await mc.goto(`chrome-extension://${extensionId}/mc.html`);
  await ask(mc, 'profile.save', { id: null, input: { ...emptyProfileInput(), ...BRUDZEW } });
  await mc.reload();
  const link = mc.getByLabel('Link z e-maila od MC');

  await link.fill('https://formularz.mc.gov.pl/wniosek/7f3a');
  await expect(mc.getByText('nie należy do administracji rządowej')).toHaveCount(0);
  await expect(
    mc.getByRole('button', { name: 'Wypełnij formularz MC na formularz.mc.gov.pl' }),
  ).toBeVisible();

  await link.fill('https://formularz-mc.example.com/wniosek/7f3a');
  await expect(
    mc.getByRole('alert').filter({ hasText: 'link prowadzi do strony formularz-mc.example.com' }),
  ).toBeVisible();
  await expect(
    mc.getByRole('button', { name: 'Wypełnij formularz MC na formularz-mc.example.com' }),
  ).toBeVisible();
  const pages = context.pages().length;
  await mc.getByRole('button', { name: 'Otwórz formularz MC' }).click();
  await expect(mc.getByRole('alert').filter({ hasText: 'potwierdź, że to strona MC' })).toBeVisible();
  expect(context.pages().length).toBe(pages); // nothing opened, no access asked
  const confirm = mc.getByLabel(/Potwierdzam: ten link pochodzi z e-maila od MC/);
  await confirm.check();
  await expect(confirm).toBeChecked();
  // Another host typed afterwards needs its own confirmation.
  await link.fill('https://inny.example.net/wniosek');
  await expect(mc.getByLabel(/Potwierdzam: ten link pochodzi z e-maila od MC/)).not.toBeChecked();

  await mc.getByLabel('Hasło do sejfu', { exact: true }).fill('aaaaaaaaaa');
  await expect(mc.getByText('Siła hasła: bardzo słabe.')).toBeVisible();
  await mc.getByLabel('Powtórz hasło do sejfu').fill('aaaaaaaaaa');
  await mc.getByRole('button', { name: 'Wygeneruj hasła i zapisz w sejfie' }).click();
  await expect(mc.getByRole('alert').filter({ hasText: 'zbyt łatwe do odgadnięcia' })).toBeVisible();
  expect((await ask<{ vault: unknown }>(mc, 'mc.context', {})).vault).toBeNull();
});
