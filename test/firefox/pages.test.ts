import { expect, test } from 'vitest';
import { snapshotForApplication } from '../../lib/documents/snapshot';
import { STEP_DEFINITIONS } from '../../lib/process/steps';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import { pdfText } from '../unit/documents/helpers';
import {
  ask,
  clickButton,
  downloaded,
  firefoxPerTest,
  goTo,
  pollForSelector,
  pollUntil,
  reopen,
  typeInto,
  waitForText,
} from './firefox';

const firefox = firefoxPerTest();

const BRZEZNICA = {
  ...BRUDZEW_COMPLETE,
  municipality: 'Gmina Brzeźnica',
  officeName: 'Urząd Gminy w Brzeźnicy',
  town: 'Brzeźnica',
  signatoryName: 'Łucja Żółkiewska',
  platformDomain: 'eurzad.brzeznica.pl',
};

test('the sidebar page shows the ten steps, and a step ticked by hand stays ticked after reopening', async () => {
  const { tab } = firefox();
  await goTo(tab, '/sidepanel.html');
  await ask(tab, 'profile.save', { id: null, input: BRUDZEW_COMPLETE });
  await waitForText(tab, 'Gmina Brudzew');
  // The municipality's name shows before its steps have loaded: wait for the last step itself.
  const shown = await waitForText(tab, STEP_DEFINITIONS[STEP_DEFINITIONS.length - 1]?.title ?? '');
  for (const step of STEP_DEFINITIONS) expect(shown).toContain(step.title);

  const application = 'li[data-step-id="application"]';
  await pollForSelector(tab, `${application}[aria-current="step"]`);
  await typeInto(tab, 'Notatka (opcjonalnie)', 'podpisał wójt', application);
  await clickButton(tab, 'Zaznacz jako zrobione', application);
  await pollUntil(
    tab,
    (s) => document.querySelector(`${s} .step-status`)?.textContent === 'Zrobione',
    {},
    application,
  );
  await reopen(tab);
  await waitForText(tab, 'zaznaczono ręcznie – podpisał wójt');
  expect(await tab.$eval(`${application} .step-status`, (e) => e.textContent)).toBe('Zrobione');
  expect(await tab.$eval('li[data-step-id="pismo"]', (e) => e.getAttribute('aria-current'))).toBe('step');
});

test('the documents page makes the application PDF with the Polish letters of the municipality', async () => {
  const { tab } = firefox();
  await goTo(tab, '/popup.html');
  await ask(tab, 'profile.save', { id: null, input: BRZEZNICA });
  await goTo(tab, '/documents.html#wniosek');
  await waitForText(tab, 'Wniosek o wydanie certyfikatu');
  await typeInto(tab, 'Miejscowość na wniosku', 'Łódź');
  await typeInto(tab, 'Data na wniosku (dd.mm.rrrr)', '1.2.2027');
  await clickButton(tab, 'Przygotuj wniosek i pobierz PDF');

  const bytes = await downloaded(
    firefox(),
    /^wniosek-certyfikat-ePUAP-gmina-brzeznica-2027-02-01\.pdf$/,
    30_000,
  );
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [page1 = '', page2 = ''] = (await pdfText(new Uint8Array(bytes))).map((t) => t.replace(/\s+/g, ' '));
  expect(page1).toContain('Gmina Brzeźnica');
  expect(page1).toContain('eurzad.brzeznica.pl');
  expect(page2).toContain('Łódź, dnia 01.02.2027 r.');
  expect(page2).toContain('Łucja Żółkiewska');
  await waitForText(tab, 'Wniosek gotowy');
});

test('the MC page creates the password vault, and after reopening only the right passphrase opens it', async () => {
  const { tab } = firefox();
  await goTo(tab, '/popup.html');
  const saved = await ask<{ profile: { id: string } }>(tab, 'profile.save', {
    id: null,
    input: BRUDZEW_COMPLETE,
  });
  const profileId = saved.profile.id;
  const snapshot = snapshotForApplication(
    { ...BRUDZEW_COMPLETE, id: profileId },
    { now: new Date('2026-11-02T09:00:00Z') },
  );
  await ask(tab, 'documents.saveSnapshots', { snapshots: [snapshot] });
  await ask(tab, 'process.event', {
    profileId,
    event: {
      type: 'mc-approved',
      at: new Date().toISOString(),
      link: 'https://formularz-mc.example.gov.pl/wniosek/7f3a',
    },
  });

  await goTo(tab, '/mc.html');
  const passphrase = 'zielony most nad Wartą';
  await typeInto(tab, 'Hasło do sejfu', passphrase);
  await typeInto(tab, 'Powtórz hasło do sejfu', passphrase);
  await clickButton(tab, 'Wygeneruj hasła i zapisz w sejfie');
  await waitForText(tab, 'Sejf otwarty.', 30_000);
  await clickButton(tab, 'Pokaż hasło do unieważnienia certyfikatu');
  const secret = await pollUntil(
    tab,
    () => document.querySelector('[data-password="revocation"]')?.textContent,
  );
  const revocation = (await secret.jsonValue()) as string;
  expect(revocation).toHaveLength(20);

  await reopen(tab);
  await typeInto(tab, 'Hasło do sejfu', 'niebieski most nad Wartą');
  await clickButton(tab, 'Otwórz sejf');
  await waitForText(tab, 'Nieprawidłowe hasło do sejfu', 30_000);
  await typeInto(tab, 'Hasło do sejfu', passphrase);
  await clickButton(tab, 'Otwórz sejf');
  await waitForText(tab, 'Sejf otwarty.', 30_000);
  await clickButton(tab, 'Pokaż hasło do unieważnienia certyfikatu');
  await pollUntil(
    tab,
    (r) => document.querySelector('[data-password="revocation"]')?.textContent === r,
    {},
    revocation,
  );
});
