// @vitest-environment happy-dom
// Issue 14 §8 on MC forms the engine has not seen: a form mounted late that asks for the first name and
// surname apart, password fields inside an open shadow root, passwords generated to fit the rules the
// page states, and a password the field refuses is never typed.
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import { fillMcForm, readPasswordConstraints, readPasswordConstraintsWhenShown } from '../../../lib/sites/mc';
import { generatePasswordPairFitting, satisfiesConstraints } from '../../../lib/vault';
import { BRUDZEW_COMPLETE } from '../../fixtures/sample-profiles';

const FAST = { timeoutMs: 2000, settleMs: 30 };
const snapshot = snapshotForApplication(BRUDZEW_COMPLETE, { now: new Date('2026-11-20T10:00:00Z') });

afterEach(() => {
  document.body.innerHTML = '';
});

const RULES = 'Hasło musi mieć od 8 do 16 znaków i może zawierać tylko litery i cyfry.';
const PW_ATTRS = 'minlength="8" maxlength="16" pattern="[A-Za-z0-9]{8,16}" required';

const FORM = `<form novalidate>
  <h2>Dane wnioskodawcy</h2>
  <div><h3>Nazwa jednostki samorządu terytorialnego</h3><label for="a">Wpisz</label><input id="a" required></div>
  <div>Numer budynku <span title="Pomoc">?</span> <input id="b" required></div>
  <div>Kod pocztowy <input id="c" pattern="[0-9]{2}-[0-9]{3}" required></div>
  <div>Miejscowość <input id="d" required></div>
  <div>REGON <input id="e" required></div>
  <div>Adres e-mail <input id="f" type="email" required></div>
  <h2>Dane systemu</h2>
  <div>Adres domeny lub stały numer IP systemu <input id="g" required></div>
  <div>Identyfikator użytkownika (login) <input id="h" required></div>
  <div>Identyfikator podmiotu publicznego <input id="i" required></div>
  <h2>Osoba reprezentująca wnioskodawcę</h2>
  <div>Imię <input id="first" required></div>
  <div>Nazwisko <input id="last" required></div>
  <div>Stanowisko <input id="role" required></div>
</form>`;

const PASSWORDS = `<section><h2>Hasła</h2><p>${RULES}</p>
  <fieldset><legend>Hasło do unieważnienia certyfikatu</legend>
    <label for="r1">Hasło</label><input type="password" id="r1" ${PW_ATTRS}>
    <label for="r2">Powtórz hasło</label><input type="password" id="r2" ${PW_ATTRS}></fieldset>
  <fieldset><legend>Hasło do pliku p12</legend>
    <label for="p1">Hasło</label><input type="password" id="p1" ${PW_ATTRS}>
    <label for="p2">Powtórz hasło</label><input type="password" id="p2" ${PW_ATTRS}></fieldset></section>`;

const value = (root: Document | ShadowRoot, id: string): string =>
  (root.getElementById(id) as HTMLInputElement).value;

describe('an MC form mounted late that asks for the name apart', () => {
  it('waits for the form, then splits the whole name and says so', async () => {
    document.body.innerHTML = '<div id="app" role="progressbar">Wczytywanie…</div>';
    setTimeout(() => {
      (document.getElementById('app') as HTMLElement).outerHTML = FORM + PASSWORDS;
    }, 300);
    const constraints = await readPasswordConstraintsWhenShown(document, FAST.timeoutMs);
    expect(constraints).toMatchObject({ minLength: 8, maxLength: 16, noSymbols: true });
    const pair = generatePasswordPairFitting(constraints);
    const { report } = await fillMcForm(document, snapshot, pair, FAST);

    expect(value(document, 'first')).toBe('Jan');
    expect(value(document, 'last')).toBe('Nowak');
    const first = report.fields.find((f) => f.key === 'signatoryFirstName');
    expect(first?.status).toBe('filled');
    expect(first?.message).toContain('rozdzielono imię „Jan” i nazwisko „Nowak”');
    expect(value(document, 'a')).toBe(snapshot.fields.municipality);
    expect(value(document, 'b')).toBe(snapshot.fields.buildingNumber);
    // The pair fits: typed, and every field is valid as the page checks it.
    expect(value(document, 'r1')).toBe(pair.revocation);
    expect(value(document, 'r2')).toBe(pair.revocation);
    expect(value(document, 'p1')).toBe(pair.p12);
    expect(value(document, 'p2')).toBe(pair.p12);
    for (const el of Array.from(document.querySelectorAll('input')))
      expect([el.id, el.checkValidity()]).toEqual([el.id, true]);
  });
});

describe('password fields inside an open shadow root', () => {
  it('are found, their rules read, and filled', async () => {
    const host = document.createElement('mc-formularz');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = PASSWORDS;
    const constraints = readPasswordConstraints(document);
    expect(constraints).toMatchObject({ maxLength: 16, noSymbols: true, patterns: ['[A-Za-z0-9]{8,16}'] });
    const pair = generatePasswordPairFitting(constraints);
    const { report } = await fillMcForm(document, snapshot, pair, FAST);
    const passwords = report.fields.filter((f) => /Password/.test(f.key));
    expect(passwords.map((f) => f.status)).toEqual(['filled', 'filled', 'filled', 'filled']);
    expect(value(shadow, 'r1')).toBe(pair.revocation);
    expect(value(shadow, 'p2')).toBe(pair.p12);
    expect(JSON.stringify(report)).not.toContain(pair.revocation);
  });
});

describe('a vault password the field refuses', () => {
  it('is not typed, and the report says to make new passwords with the form open', async () => {
    document.body.innerHTML = PASSWORDS;
    // 16 characters (fits maxlength) but with symbols: the pattern refuses it.
    const refused = { revocation: 'Ab3!Cd4@Ef5#Gh6$', p12: 'Zx9!Yw8@Vu7#Ts6$' };
    expect(satisfiesConstraints(refused.revocation, readPasswordConstraints(document))).toBe(false);
    const { report } = await fillMcForm(document, snapshot, refused, FAST);
    const revocation = report.fields.find((f) => f.key === 'revocationPassword');
    expect(revocation?.status).toBe('error');
    expect(revocation?.message).toContain('nie spełnia wymagań pola');
    expect(revocation?.message).not.toContain(refused.revocation);
    expect(value(document, 'r1')).toBe('');
  });
});

describe('the rule text a form states is read as a person reads it', () => {
  const read = (text: string) => {
    document.body.innerHTML = `<p>${text}</p><label for="x">Hasło</label><input type="password" id="x">`;
    return readPasswordConstraints(document);
  };

  it('kinds listed in one clause, in any case form', () => {
    expect(
      read('Hasło: od 12 do 64 znaków, co najmniej jedna mała i wielka litera, cyfra i znak specjalny.'),
    ).toMatchObject({ minLength: 12, maxLength: 64, requires: ['upper', 'lower', 'digits', 'symbols'] });
    expect(
      read('Hasło powinno mieć minimum 10 znaków, zawierać cyfrę oraz znak specjalny (np. ! @ # %).'),
    ).toMatchObject({ minLength: 10, requires: ['digits', 'symbols'] });
  });

  it('the special characters listed after "spośród:" or "znaki specjalne:" are the ones allowed; examples are not a list', () => {
    expect(read('co najmniej jeden znak specjalny spośród: ! @ # % *').allowedSymbols).toBe('!@#%*');
    expect(read('Dozwolone znaki specjalne: ! $ &').allowedSymbols).toBe('!$&');
    expect(read('zawierać znak specjalny (np. ! @ # %)').allowedSymbols).toBeUndefined();
  });

  it('"wyłącznie litery łacińskie i cyfry" forbids symbols too', () => {
    expect(read('Hasło: od 8 do 16 znaków, wyłącznie litery łacińskie i cyfry.').noSymbols).toBe(true);
  });

  it('"tylko litery i cyfry" forbids symbols and never requires one', () => {
    const c = read('Hasło musi mieć od 8 do 16 znaków i może zawierać tylko litery i cyfry.');
    expect(c).toMatchObject({ minLength: 8, maxLength: 16, noSymbols: true });
    expect(c.requires).not.toContain('symbols');
  });
});
