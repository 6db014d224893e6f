import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import {
  button,
  clickButton,
  fillProfileForm,
  firefoxPerTest,
  goTo,
  pollForSelector,
  pollUntil,
  reopen,
  waitForText,
} from './firefox';

const firefox = firefoxPerTest();

test('the popup adds a municipality, and it is still there after the popup is reopened (IndexedDB in Firefox)', async () => {
  const { tab } = firefox();
  await goTo(tab, '/popup.html');
  await waitForText(tab, 'Nie ma jeszcze żadnej gminy');
  await clickButton(tab, 'Dodaj gminę');
  const { epuapLogin: _l, epuapOrgId: _o, teryt: _t, ...values } = BRUDZEW_COMPLETE;
  await fillProfileForm(tab, { ...values, regon: '311019340' });
  await waitForText(tab, 'Błędna cyfra kontrolna REGON');
  await fillProfileForm(tab, { regon: BRUDZEW_COMPLETE.regon });
  await clickButton(tab, 'Zapisz');
  await waitForText(tab, 'Zapisano: Gmina Brudzew.');

  await reopen(tab);
  const shown = await waitForText(tab, 'REGON 311019349');
  expect(shown).toContain('Gmina Brudzew');
  expect(shown).not.toContain('Nie ma jeszcze żadnej gminy');
  // Firefox has no side panel: the popup's button opens the same page as the sidebar.
  const sidebarOpen = () =>
    tab.evaluate(() =>
      (
        globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
      ).browser.sidebarAction.isOpen({}),
    );
  expect(await sidebarOpen()).toBe(false);
  await clickButton(tab, 'Otwórz listę kroków');
  await pollUntil(tab, () =>
    (
      globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
    ).browser.sidebarAction.isOpen({}),
  );

  // Reopened from elsewhere in the extension, the municipality is still kept.
  await goTo(tab, '/welcome.html');
  await waitForText(tab, 'Zapisano: Gmina Brudzew');
});

test('an export file is imported in the popup: the municipality appears, a foreign file is refused in Polish', async () => {
  const { tab } = firefox();
  await goTo(tab, '/popup.html');
  await waitForText(tab, 'Nie ma jeszcze żadnej gminy');
  const dir = mkdtempSync(path.join(tmpdir(), 'asystent-ff-import-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const foreign = path.join(dir, 'obcy.json');
  writeFileSync(foreign, '{"name":"package","version":"1.0.0"}');
  const ours = path.join(dir, 'eksport.json');
  writeFileSync(
    ours,
    JSON.stringify({
      format: 'asystent-epuap/eksport',
      version: 2,
      exportedAt: '2026-11-24T12:00:00.000Z',
      activeProfileId: 'p-brudzew',
      profiles: [
        {
          ...BRUDZEW_COMPLETE,
          id: 'p-brudzew',
          createdAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      progress: [],
      snapshots: [],
      mappings: [],
    }),
  );

  const input = await pollForSelector<HTMLInputElement>(
    tab,
    'input[type="file"][aria-label="Plik eksportu do zaimportowania"]',
  );
  await input.uploadFile(foreign);
  await waitForText(tab, 'To nie jest plik eksportu Asystenta ePUAP');

  await input.uploadFile(ours);
  await waitForText(tab, 'Nowe (zostaną dodane): Gmina Brudzew');
  await (await button(tab, 'Importuj')).click();
  await waitForText(tab, 'Zaimportowano: dodano 1, zastąpiono 0, pominięto 0.');
  await reopen(tab);
  await waitForText(tab, 'REGON 311019349');
});
