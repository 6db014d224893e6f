import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { expect, test } from './extension';
import { clickLauncher, expectReportLine, snapshot, waitForLauncher } from './in-page';
import { ask } from './protocol';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality, storeSignedScan } from './setup';

interface Hostile {
  shadowRoots: string[];
  texts: string[];
  files: string[];
  marks: string[];
  messages: string[];
  clicks: number;
}

const STORED = [BRUDZEW.municipality, BRUDZEW.epuapLogin, BRUDZEW.epuapOrgId];

test('a hostile page can neither drive nor read the assistant: nothing stored, leaked or attached', async ({
  context,
  extensionId,
  openPopup,
  openSidePanel,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  await storeSignedScan(context, extensionId);
  const panel = await openSidePanel();
  const before = await ask<{ profiles: unknown[] }>(popup, 'state.get', undefined);

  const page = await context.newPage();
  await page.goto(fixtureUrl('hostile.html'));
  await waitForLauncher(page);
  await page.waitForTimeout(2500); // 25 rounds of synthetic clicks on every in-page element
  const hostile = await page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile);
  expect(hostile.clicks).toBeGreaterThan(20); // the attack did run
  expect(hostile.shadowRoots).toEqual([]); // closed roots, and no way to attach another
  expect(hostile.texts).toEqual([]); // nothing of ours is light-DOM text
  expect(hostile.marks).toEqual([]); // no performance mark betrays the extension
  expect(hostile.messages.filter((m) => /wxt|asystent|chrome-extension/i.test(m))).toEqual([]);
  // Not filled, nothing attached to the planted input.
  expect(hostile.files).toEqual([]);
  await expect(page.locator('#tytul')).toHaveValue('');
  await expect(page.locator('#plik')).toHaveJSProperty('files.length', 0);

  // The fake banner changed nothing; its values are not stored, and no stored value is in the page.
  const shown = await snapshot(page);
  for (const value of STORED) {
    expect(JSON.stringify(shown.text)).not.toContain(value);
    expect(await page.content()).not.toContain(value);
  }
  expect(await ask(popup, 'state.get', undefined)).toEqual(before);
  expect(await ask<{ removed: number }>(popup, 'epuap.forgetMappings', undefined)).toEqual({ removed: 0 });

  // A fake "sent" confirmation in a tab where the assistant filled nothing counts for nothing.
  await page.evaluate(() => {
    location.hash = '#wyslano';
  });
  await expect(page.locator('h2')).toHaveText('Dokument został wysłany');
  await page.waitForTimeout(1500);
  await expect(panel.locator('li[data-step-id="pismo"] .step-status')).toHaveText('Do zrobienia');
  expect((await snapshot(page)).text.notice ?? '').not.toContain('Zapisano wysłanie');
});

test("on the same hostile page the clerk's own click still fills the letter", async ({
  context,
  openPopup,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const page = await context.newPage();
  await page.goto(fixtureUrl('hostile.html'));
  await clickLauncher(page);
  await expectReportLine(page, 'Tytuł pisma', '✓');
  await expect(page.locator('#tytul')).toHaveValue(
    'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego',
  );
  expect(await page.evaluate(() => (window as unknown as { __submitted: number }).__submitted)).toBe(0);
});
