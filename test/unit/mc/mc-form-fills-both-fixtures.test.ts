// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { SIGNATORY_ROLE_LABELS } from '../../../lib/profile/schema';
import { fillMcForm, MC_PASSWORD_FIELDS } from '../../../lib/sites/mc';
import { ROLE_LABELS } from '../../../lib/sites/mc/form-recipe';
import { brzeznica, lezyce } from '../../fixtures/documents/profiles';
import { type LoadedMcFixture, openMcFixture } from './load-mc-fixture';

const FAST = { timeoutMs: 2000, settleMs: 50 };
const PASSWORDS = { revocation: 'Rv7!kQ2#mZ9pX4@wL8sT', p12: 'P1$aB2^cD3&eF4*gH5(j' };
const snapshot = snapshotForApplication(brzeznica, { now: new Date('2026-11-20T10:00:00Z') });

let page: LoadedMcFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** What the form's fields hold, by the label a person reads next to them. */
function valuesByLabel(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of Array.from(doc.querySelectorAll<HTMLInputElement>('input'))) {
    const label =
      (input.id && doc.querySelector(`label[for="${input.id}"]`)?.textContent) ||
      doc.getElementById(input.getAttribute('aria-labelledby') ?? '')?.textContent ||
      input.getAttribute('aria-label') ||
      input.getAttribute('placeholder') ||
      input.name;
    out[(label ?? '').trim()] = input.type === 'checkbox' ? String(input.checked) : input.value;
  }
  return out;
}

describe('the MC form is filled from the application snapshot', () => {
  it('variant A (classic labels): every data field, both passwords twice, consent left to the clerk', async () => {
    page = await openMcFixture('formularz-a.html');
    const { report } = await fillMcForm(page.document, snapshot, PASSWORDS, FAST);
    expect(report.fields.filter((f) => !['filled', 'hint'].includes(f.status))).toEqual([]);
    expect(report.ok).toBe(true);
    const v = valuesByLabel(page.document);
    expect(v['Nazwa jednostki']).toBe('Gmina Brzeźnica');
    expect(v.Ulica).toBe('Krakowska');
    expect(v['Numer budynku']).toBe('45');
    expect(v['Kod pocztowy']).toBe('34-114');
    expect(v.Miejscowość).toBe('Brzeźnica');
    expect(v.REGON).toBe('072182539');
    expect(v.NIP).toBe('5511004214');
    expect(v['Adres e-mail']).toBe('sekretariat@brzeznica.pl');
    expect(v.Telefon).toBe('33 879 30 01');
    expect(v['Identyfikator użytkownika (login) ePUAP']).toBe('l.zolkiewska');
    expect(v['Identyfikator podmiotu publicznego']).toBe('UGBrzeznica');
    expect(v['Imię i nazwisko osoby podpisującej']).toBe('Łucja Żółkiewska-Ćwięk');
    expect(v.Stanowisko).toBe('Wójt');
    expect(v['Adres domeny lub stały numer IP systemu, który będzie uzyskiwał dostęp do ePUAP']).toBe(
      'eurzad.brzeznica.pl',
    );
    expect(v['Hasło do unieważnienia certyfikatu']).toBe(PASSWORDS.revocation);
    expect(v['Powtórz hasło do unieważnienia certyfikatu']).toBe(PASSWORDS.revocation);
    expect(v['Hasło do pliku p12']).toBe(PASSWORDS.p12);
    expect(v['Powtórz hasło do pliku p12']).toBe(PASSWORDS.p12);
    const consent = page.document.getElementById('zgoda') as HTMLInputElement;
    expect(consent.checked).toBe(false);
    expect(report.fields.find((f) => f.key === 'consent')).toMatchObject({ status: 'hint' });
    expect(page.window.__submitted).toBe(0);
  });

  it('variant B (framework, ARIA names, an unnamed "Powtórz hasło"): the state holds every value', async () => {
    page = await openMcFixture('formularz-b.html');
    const { report } = await fillMcForm(page.document, snapshot, PASSWORDS, FAST);
    expect(report.fields.filter((f) => !['filled', 'hint'].includes(f.status))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const state = page.window.__state as { values: Record<string, string>; zgoda: boolean };
    expect(state.values).toEqual({
      nazwa: 'Gmina Brzeźnica',
      ulica: 'Krakowska',
      budynek: '45',
      kod: '34-114',
      miasto: 'Brzeźnica',
      regon: '072182539',
      nip: '5511004214',
      email: 'sekretariat@brzeznica.pl',
      telefon: '33 879 30 01',
      domena: 'eurzad.brzeznica.pl',
      login: 'l.zolkiewska',
      podmiot: 'UGBrzeznica',
      osoba: 'Łucja Żółkiewska-Ćwięk',
      stanowisko: 'Wójt',
      haslo1: PASSWORDS.revocation,
      haslo1b: PASSWORDS.revocation,
      haslo2: PASSWORDS.p12,
      haslo2b: PASSWORDS.p12,
    });
    expect(state.zgoda).toBe(false);
    expect(page.document.querySelector('[role="checkbox"]')?.getAttribute('aria-checked')).toBe('false');
    expect(page.window.__submitted).toBe(0);
  });

  it('the report never quotes a password, so storing or showing it leaks nothing', async () => {
    page = await openMcFixture('formularz-a.html');
    const { report } = await fillMcForm(page.document, snapshot, PASSWORDS, FAST);
    const text = JSON.stringify(report);
    expect(text).not.toContain(PASSWORDS.revocation);
    expect(text).not.toContain(PASSWORDS.p12);
    expect(report.fields.map((f) => f.key)).toEqual(
      expect.arrayContaining(MC_PASSWORD_FIELDS.map((f) => f.key)),
    );
  });

  it('a password the clerk typed is not replaced without asking, and the report does not show it', async () => {
    page = await openMcFixture('formularz-a.html');
    (page.document.getElementById('h2') as HTMLInputElement).value = 'mojeWlasneHaslo!1';
    const { report } = await fillMcForm(page.document, snapshot, PASSWORDS, FAST);
    expect(report.fields.find((f) => f.key === 'p12Password')?.status).toBe('conflict');
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).not.toContain('mojeWlasneHaslo');
    expect((page.document.getElementById('h2') as HTMLInputElement).value).toBe('mojeWlasneHaslo!1');
    const again = await fillMcForm(page.document, snapshot, PASSWORDS, {
      ...FAST,
      overwrite: ['p12Password'],
    });
    expect(again.report.ok).toBe(true);
    expect((page.document.getElementById('h2') as HTMLInputElement).value).toBe(PASSWORDS.p12);
  });

  it('a field shorter than the password is reported with the length to choose, not silently cut', async () => {
    page = await openMcFixture('formularz-a.html');
    const long = { revocation: `${PASSWORDS.revocation}${'x'.repeat(60)}`, p12: PASSWORDS.p12 };
    const { report } = await fillMcForm(page.document, snapshot, long, FAST);
    const field = report.fields.find((f) => f.key === 'revocationPassword');
    expect(field?.status).toBe('error');
    expect(field?.message).toContain('najwyżej 64 znaków');
    expect((page.document.getElementById('h1') as HTMLInputElement).value).toBe('');
  });

  it('an application without street and phone leaves those fields empty and still fills the rest', async () => {
    page = await openMcFixture('formularz-a.html');
    const village = snapshotForApplication(lezyce, { now: new Date('2026-11-20T10:00:00Z') });
    const { report } = await fillMcForm(page.document, village, PASSWORDS, FAST);
    expect(report.ok).toBe(true);
    expect(report.fields.map((f) => f.key)).not.toContain('street');
    expect((page.document.getElementById('ulica') as HTMLInputElement).value).toBe('');
    expect((page.document.getElementById('nazwa') as HTMLInputElement).value).toBe('Gmina Łężyce');
    expect((page.document.getElementById('stanowisko') as HTMLInputElement).value).toBe('Osoba upoważniona');
  });
});

it('the form prints the signatory role with the same words as the application', () => {
  expect(ROLE_LABELS).toEqual(SIGNATORY_ROLE_LABELS);
});
