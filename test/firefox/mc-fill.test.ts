import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { snapshotForApplication } from '../../lib/documents/snapshot';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import { ask, clickButton, firefoxPerTest, goTo, typeInto, waitForText } from './firefox';

const MC_HOST = 'https://formularz-mc.example.gov.pl';
const LINK = `${MC_HOST}/wniosek/7f3a9c2e`;
const PASSPHRASE = 'zielony most nad Wartą';

const firefox = firefoxPerTest({ allowSiteAccess: true });

test("the MC form is filled in Firefox after asking for that one site's access from the clerk's click", async () => {
  const { tab, browser } = firefox();
  await goTo(tab, '/popup.html');
  const saved = await ask<{ profile: { id: string } }>(tab, 'profile.save', {
    id: null,
    input: BRUDZEW_COMPLETE,
  });
  const profileId = saved.profile.id;
  const snapshot = snapshotForApplication({ ...BRUDZEW_COMPLETE, id: profileId }, { now: new Date() });
  await ask(tab, 'documents.saveSnapshots', { snapshots: [snapshot] });
  await ask(tab, 'process.event', {
    profileId,
    event: { type: 'mc-approved', at: new Date().toISOString(), link: LINK },
  });

  // The clerk clicked the link in MC's e-mail: the form is open in a tab (a replica, nothing reaches a real site).
  const form = await browser.newPage();
  await form.setRequestInterception(true);
  form.on('request', (request) => {
    if (!request.url().startsWith(`${MC_HOST}/`)) return void request.continue();
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.resolve('test/fixtures/mc/formularz-a.html')),
    });
  });
  await form.goto(LINK);
  // Nothing of the extension runs there before the clerk asks for the fill.
  expect(await form.$('asystent-epuap-launcher, asystent-epuap-panel, asystent-epuap-notice')).toBeNull();

  await tab.bringToFront();
  await goTo(tab, '/mc.html');
  await typeInto(tab, 'Hasło do sejfu', PASSPHRASE);
  await typeInto(tab, 'Powtórz hasło do sejfu', PASSPHRASE);
  await clickButton(tab, 'Wygeneruj hasła i zapisz w sejfie');
  await waitForText(tab, 'Sejf otwarty.', 30_000);
  // The button names the host the passwords go to.
  await clickButton(tab, `Wypełnij formularz MC na ${new URL(MC_HOST).host}`);
  await waitForText(tab, 'Formularz wypełniony ·', 30_000);

  const onForm = await form.evaluate(() => {
    const v = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    return {
      name: v('nazwa'),
      regon: v('regon'),
      domain: v('domena'),
      h1: v('h1'),
      h2: v('h2'),
      submitted: (window as unknown as { __submitted: number }).__submitted,
    };
  });
  expect(onForm).toMatchObject({ name: 'Gmina Brudzew', regon: '311019349', domain: 'eurzad.brudzew.pl' });
  expect(onForm.h1).toHaveLength(20);
  expect(onForm.h2).toHaveLength(20);
  expect(onForm.h1).not.toBe(onForm.h2);
  expect(onForm.submitted).toBe(0);
});
