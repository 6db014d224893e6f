// @vitest-environment happy-dom
// A multi-step MC form whose first step shows the data fields alone: the fill (and mc.html's reading of
// the password rules) ends once that step is quiet, instead of waiting out the bound for password fields
// that come only on a later step; a last step with the passwords alone is not waited on for data fields.
// Password fields that appear while the page is still changing are awaited.
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { fillMcForm, mcFormShown, readPasswordConstraintsWhenShown } from '../../../lib/sites/mc';
import { BRUDZEW_COMPLETE } from '../../fixtures/sample-profiles';

// A bound far beyond the test's own timeout (5 s): a fill that waits it out fails the test.
const LONG = { timeoutMs: 60_000, settleMs: 30 };
const snapshot = snapshotForApplication(BRUDZEW_COMPLETE, { now: new Date('2026-11-20T10:00:00Z') });
const PAIR = { revocation: 'Abcdefgh12', p12: 'Zyxwvuts98' };

afterEach(() => {
  document.body.innerHTML = '';
});

const STEP_ONE = `<form novalidate><h2>Krok 1: Dane jednostki</h2>
  <label for="a">Pełna nazwa jednostki samorządu terytorialnego</label><input id="a" required>
  <label for="r">Numer REGON</label><input id="r" required>
  <label for="m">Miejscowość</label><input id="m" required>
  <button type="button">Dalej</button></form>`;

const PASSWORDS = `<fieldset><legend>Hasło do unieważnienia certyfikatu</legend>
  <label for="r1">Hasło</label><input type="password" id="r1"><label for="r2">Powtórz hasło</label><input type="password" id="r2"></fieldset>
  <fieldset><legend>Hasło do pliku p12</legend>
  <label for="p1">Hasło</label><input type="password" id="p1"><label for="p2">Powtórz hasło</label><input type="password" id="p2"></fieldset>`;

describe('an MC wizard step without password fields', () => {
  it('is filled, and the passwords reported missing, once the step is quiet', async () => {
    document.body.innerHTML = STEP_ONE;
    const { report } = await fillMcForm(document, snapshot, PAIR, LONG);
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('Gmina Brudzew');
    expect((document.getElementById('r') as HTMLInputElement).value).toBe(BRUDZEW_COMPLETE.regon);
    const passwords = report.fields.filter((f) => /Password/.test(f.key));
    expect(passwords.length).toBeGreaterThan(0);
    expect(passwords.every((f) => f.status === 'not-found')).toBe(true);
  });

  it('gives mc.html no rules once the step is quiet, where a loading page is still waited for', async () => {
    document.body.innerHTML = STEP_ONE;
    expect(mcFormShown(document)).toBe(true);
    const rules = await readPasswordConstraintsWhenShown(document, 60_000, () => mcFormShown(document));
    expect(rules).toEqual(await readPasswordConstraintsWhenShown(document, 0));

    // A page still loading (quiet for longer than a step would be) is waited for, its rules then read.
    document.body.innerHTML = '<p role="progressbar">Wczytywanie formularza…</p>';
    expect(mcFormShown(document)).toBe(false);
    setTimeout(() => {
      document.body.innerHTML =
        STEP_ONE + PASSWORDS.replaceAll('type="password"', 'type="password" minlength="12"');
    }, 900);
    const late = await readPasswordConstraintsWhenShown(document, 60_000, () => mcFormShown(document));
    expect(late.minLength).toBe(12);
  });

  it('has a last step with the passwords alone filled without waiting for data fields', async () => {
    document.body.innerHTML = `<form novalidate><h2>Krok 3: Hasła</h2>${PASSWORDS}</form>`;
    const { report } = await fillMcForm(document, snapshot, PAIR, LONG);
    expect((document.getElementById('r2') as HTMLInputElement).value).toBe(PAIR.revocation);
    expect((document.getElementById('p1') as HTMLInputElement).value).toBe(PAIR.p12);
    expect(report.fields.find((f) => f.key === 'applicant')?.status).toBe('not-found');
  });

  it('waits for password fields shown while the page is still changing after the data', async () => {
    document.body.innerHTML = `${STEP_ONE}<div id="status"></div>`;
    const status = document.getElementById('status') as HTMLElement;
    // A spinner ticking for 900 ms (the page checks the REGON), then the password section.
    let ticks = 0;
    const timer = setInterval(() => {
      status.textContent = `Sprawdzanie danych${'.'.repeat(++ticks % 4)}`;
      if (ticks === 9) {
        clearInterval(timer);
        status.innerHTML = PASSWORDS;
      }
    }, 100);
    const { report } = await fillMcForm(document, snapshot, PAIR, LONG);
    expect((document.getElementById('r1') as HTMLInputElement).value).toBe(PAIR.revocation);
    expect((document.getElementById('p2') as HTMLInputElement).value).toBe(PAIR.p12);
    expect(report.fields.filter((f) => /Password/.test(f.key)).map((f) => f.status)).toContain('filled');
  });
});
