import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureUrl, serveEpuapFixtures } from './epuap-fixtures';
import { EXTENSION_DIR, expect, test } from './extension';
import { clickLauncher, expectUiText } from './in-page';
import { BRUDZEW } from './sample-profiles';
import { addMunicipality } from './setup';

test('the built manifest asks for exactly the permissions the extension uses', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // Widening any of these lists is a decision: change this test on purpose, with the reason in the commit.
  // alarms + notifications: the daily reminder when MC has not answered for the configured number of days.
  // scripting + optional https hosts: the MC form's host is known only from MC's e-mail; mc.html asks for that
  // one origin on the clerk's click and injects the fill script there.
  // https://epuap.gov.pl/* (the only site granted at install): the ePUAP fill engine is injected there on
  // demand (lib/service/inject.ts), so only a small script runs on every ePUAP page.
  expect(manifest.permissions ?? []).toEqual(['sidePanel', 'alarms', 'notifications', 'scripting']);
  expect(manifest.host_permissions ?? []).toEqual(['https://epuap.gov.pl/*']);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual(['https://*/*']);
  expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
});

test('the extension pages make no network requests of their own', async ({
  openPopup,
  openSidePanel,
  requests,
}) => {
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const panel = await openSidePanel();
  await expect(panel.getByText('Aktywna gmina: Gmina Brudzew')).toBeVisible();
  await popup.reload();
  await expect(popup.locator('.profile-card')).toHaveCount(1);

  expect(requests.length).toBeGreaterThan(0); // the pages' own files are seen, so the listener works
  const offSite = requests.map((r) => r.url()).filter((url) => !url.startsWith('chrome-extension://'));
  expect(offSite).toEqual([]);
});

test('on ePUAP the assistant talks to nobody but the page it fills', async ({
  context,
  openPopup,
  requests,
}) => {
  await serveEpuapFixtures(context);
  const popup = await openPopup();
  await addMunicipality(popup, BRUDZEW);
  const page = await context.newPage();
  await page.goto(fixtureUrl('pismo-ogolne-a.html'));
  await clickLauncher(page);
  await expectUiText(page, 'Raport wypełnienia', { timeout: 20_000 });
  const urls = requests.map((r) => r.url());
  expect(urls).toContain(fixtureUrl('pismo-ogolne-a.html'));
  const elsewhere = urls.filter(
    (url) =>
      !url.startsWith('chrome-extension://') && !url.startsWith(fixtureUrl('')) && !url.startsWith('data:'),
  );
  expect(elsewhere).toEqual([]);
});
