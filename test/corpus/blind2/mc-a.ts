// MC certificate form pages: Angular Material with masks, a Bootstrap wizard, the gov.pl design system,
// a table with th labels and aria-labelledby of two ids.

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { click, doc, fill, js, MC, mcExpected, PW_A, PW_A_SPECIAL, PW_B, PW_B_SPECIAL, press } from './page';

const PW_KEYS = ['revokePassword', 'revokePasswordRepeat', 'p12Password', 'p12PasswordRepeat'];

function keysOf(keys: McKey[], consent = true): string[] {
  return [...keys, ...PW_KEYS, ...(consent ? ['consent'] : [])];
}

function validJs(keys: string[], rule: string, roots = '[document]'): string {
  const req = keys.filter((k) => k !== 'consent');
  return `function () { return B2.filled(S, ${js(req)}) && B2.validAll(${roots}) && B2.pwOk(S, ${rule}); }`;
}

/** Angular Material MC form: masks (NIP shown 668-100-23-96, stored as digits; postal; phone), mat-select role, split name, rules with pattern. */
function mcMaterial(): CorpusVariant {
  const keys: McKey[] = [
    'applicant',
    'regon',
    'nip',
    'street',
    'buildingNumber',
    'postalCode',
    'town',
    'email',
    'phone',
    'signatoryFirstName',
    'signatoryLastName',
    'signatoryRole',
    'platformDomain',
    'epuapLogin',
    'epuapOrgId',
  ];
  const labels: Record<string, [string, string]> = {
    applicant: ['Nazwa wnioskodawcy', ''],
    regon: ['REGON', 'inputmode="numeric" pattern="[0-9]{9}"'],
    nip: ['NIP', 'inputmode="numeric" placeholder="___-___-__-__"'],
    street: ['Ulica', ''],
    buildingNumber: ['Numer domu', ''],
    postalCode: ['Kod pocztowy', 'placeholder="__-___" pattern="[0-9]{2}-[0-9]{3}"'],
    town: ['Miejscowość', ''],
    email: ['Adres e-mail do korespondencji', 'type="email"'],
    phone: ['Numer telefonu', 'type="tel" placeholder="__ ___ __ __"'],
    signatoryFirstName: ['Imię', ''],
    signatoryLastName: ['Nazwisko', ''],
    platformDomain: ['Domena systemu teleinformatycznego', ''],
    epuapLogin: ['Login konta ePUAP', ''],
    epuapOrgId: ['Identyfikator podmiotu publicznego (ePUAP)', ''],
  };
  let n = 0;
  const ids: Record<string, string> = {};
  const ff = (key: string, label: string, control: string, hint = '') => {
    const i = n++;
    ids[key] = `mat-input-${i}`;
    return `<mat-form-field class="mat-mdc-form-field mat-form-field-appearance-fill"><div class="mat-mdc-text-field-wrapper"><label class="mdc-floating-label" id="mat-mdc-form-field-label-${i}" for="mat-input-${i}"><mat-label>${label}</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker"> *</span></label><div class="mat-mdc-form-field-infix">${control.replace('%ID%', `mat-input-${i}`)}</div></div><div class="mat-mdc-form-field-subscript-wrapper"><div class="mat-mdc-form-field-hint-wrapper" id="mat-mdc-hint-${i}">${hint}</div></div></mat-form-field>`;
  };
  const text = (k: string) => {
    const [label, attrs] = labels[k] as [string, string];
    return ff(
      k,
      label,
      `<input matinput class="mat-mdc-input-element" id="%ID%" ${attrs.includes('type=') ? '' : 'type="text" '}${attrs} required aria-required="true">`,
    );
  };
  const roles = [
    'Wójt',
    'Burmistrz',
    'Prezydent Miasta',
    'Starosta',
    'Marszałek Województwa',
    'Zastępca Wójta',
  ];
  const pw = (k: string, label: string) =>
    ff(
      k,
      label,
      `<input matinput class="mat-mdc-input-element" id="%ID%" type="password" autocomplete="new-password" minlength="12" maxlength="20" pattern="(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{12,20}" required>`,
    );
  const body = `<app-root ng-version="16.2.12"><mat-toolbar class="mat-toolbar">Ministerstwo Cyfryzacji · Integracja z ePUAP</mat-toolbar>
<main><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<form novalidate id="wniosek" class="ng-untouched ng-pristine ng-invalid">
<mat-card><mat-card-title>Dane jednostki</mat-card-title>
${['applicant', 'regon', 'nip', 'street', 'buildingNumber', 'postalCode', 'town', 'email', 'phone'].map(text).join('\n')}
</mat-card>
<mat-card><mat-card-title>Osoba upoważniona do podpisania wniosku</mat-card-title>
${text('signatoryFirstName')}${text('signatoryLastName')}
<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><label class="mdc-floating-label" id="mat-mdc-form-field-label-99"><mat-label>Stanowisko</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker"> *</span></label><div class="mat-mdc-form-field-infix"><mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select" id="mat-select-2" tabindex="0" aria-expanded="false" aria-required="true" aria-labelledby="mat-mdc-form-field-label-99 mat-select-value-2"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-2"><span class="mat-mdc-select-placeholder"></span></div><div class="mat-mdc-select-arrow-wrapper">▾</div></div></mat-select></div></div></mat-form-field>
</mat-card>
<mat-card><mat-card-title>System teleinformatyczny</mat-card-title>
${text('platformDomain')}${text('epuapLogin')}${text('epuapOrgId')}</mat-card>
<mat-card><mat-card-title>Hasła</mat-card-title>
<p class="zasady" id="zasady-hasel">Hasło musi mieć od 12 do 20 znaków i zawierać małą literę, wielką literę, cyfrę oraz znak specjalny (np. ! @ # $ %).</p>
<h3>Hasło do unieważnienia certyfikatu</h3>${pw('revokePassword', 'Hasło')}${pw('revokePasswordRepeat', 'Powtórz hasło')}
<h3>Hasło do pliku .p12</h3>${pw('p12Password', 'Hasło')}${pw('p12PasswordRepeat', 'Powtórz hasło')}
</mat-card>
<mat-checkbox class="mat-mdc-checkbox" id="mat-mdc-checkbox-1"><div class="mdc-form-field"><div class="mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="mat-mdc-checkbox-1-input"><div class="mdc-checkbox__background"></div></div><label for="mat-mdc-checkbox-1-input">Oświadczam, że dane w formularzu są zgodne z danymi we wniosku przesłanym przez ePUAP.</label></div></mat-checkbox>
<p><button type="submit" class="mat-mdc-raised-button" id="wyslij">Wyślij formularz</button></p>
</form></main></app-root>
<div class="cdk-overlay-container"></div>`;
  const allKeys = keysOf(keys);
  const masks: Record<string, string> = { nip: 'nip', postalCode: 'postal', phone: 'phone', regon: 'regon' };
  const fields = Object.entries(ids).map(([key, id]) => ({
    key,
    id,
    o: masks[key] ? { mask: masks[key] } : {},
  }));
  const boot = `
var S = B2.store(${js(allKeys)});
B2.guardForms(document, S);
var FIELDS = ${js(fields)};
function touched(el, msg) { var w = el.closest('mat-form-field').querySelector('.mat-mdc-form-field-hint-wrapper'); w.innerHTML = msg ? '<mat-error>' + B2.esc(msg) + '</mat-error>' : ''; }
FIELDS.forEach(function (f) { f.o.check = function (v, el) { return !v ? 'To pole jest wymagane' : (!el.checkValidity() ? 'Nieprawidłowy format' : ''); }; f.o.error = touched; });
B2.bindAll(S, FIELDS, document);
B2.check(document.getElementById('mat-mdc-checkbox-1-input'), S, 'consent');
var ROLES = ${js(roles.map((r) => ({ v: r, t: r })))};
var sel = document.getElementById('mat-select-2');
B2.popup({
  trigger: sel, options: ROLES, controls: 'mat-select-2-panel',
  host: function () { return document.querySelector('.cdk-overlay-container'); },
  panel: function () { var p = document.createElement('div'); p.className = 'cdk-overlay-pane'; p.innerHTML = '<div role="listbox" id="mat-select-2-panel" class="mat-mdc-select-panel"></div>'; return p; },
  itemsIn: '[role=listbox]',
  item: function (x, i, on) { return '<mat-option role="option" id="mat-option-' + (60 + i) + '" class="mat-mdc-option" aria-selected="' + on + '" data-b2-v="' + B2.esc(x.v) + '"><span class="mdc-list-item__primary-text">' + B2.esc(x.t) + '</span></mat-option>'; },
  current: function () { return S.get('signatoryRole'); },
  pick: function (x) { S.set('signatoryRole', x.v); document.getElementById('mat-select-value-2').textContent = x.t; }
});
var RULE = function (v) { return /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v) && v.length >= 12 && v.length <= 20; };
B2.expose(S, ${validJs(allKeys, 'RULE')});
`;
  const css = `body{font-family:Roboto,Arial,sans-serif;margin:0;background:#f5f5f5}.mat-toolbar{background:#3f51b5;color:#fff;padding:16px}
main{max-width:820px;margin:0 auto;padding:16px 24px 80px}mat-card{display:block;background:#fff;padding:16px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.2)}
mat-card-title{display:block;font-size:20px;margin-bottom:8px}.mat-mdc-form-field{display:block;margin:10px 0;max-width:560px}
.mat-mdc-text-field-wrapper{background:#f0f0f0;padding:20px 12px 6px;position:relative;border-bottom:1px solid #666}
.mdc-floating-label{position:absolute;top:4px;left:12px;font-size:12px;color:#555}.mat-mdc-input-element{border:0;background:transparent;width:100%;font:inherit;outline:0}
mat-error{color:#f44336;font-size:12px}.cdk-overlay-container{position:fixed;inset:0;pointer-events:none;z-index:1000}.cdk-overlay-pane{pointer-events:auto;background:#fff;box-shadow:0 4px 8px rgba(0,0,0,.3)}
.mat-mdc-option{display:block;padding:10px 16px;cursor:pointer}.mat-mdc-select{display:block;cursor:pointer;min-height:1.2em}`;
  const values: Record<string, string> = { ...MC };
  const script: ScriptStep[] = [];
  for (const [key, id] of Object.entries(ids)) {
    if (PW_KEYS.includes(key)) continue;
    script.push(fill(`#${id}`, values[key] as string), press(`#${id}`, 'Tab'));
  }
  script.push(click('#mat-select-2'), click('.cdk-overlay-container mat-option >> text="Wójt"'));
  script.push(
    fill(`#${ids.revokePassword}`, PW_A_SPECIAL),
    fill(`#${ids.revokePasswordRepeat}`, PW_A_SPECIAL),
    fill(`#${ids.p12Password}`, PW_B_SPECIAL),
    fill(`#${ids.p12PasswordRepeat}`, PW_B_SPECIAL),
  );
  return {
    id: 'blind2-mc-material-masks',
    form: 'mc',
    description:
      'Angular Material MC form: fill-appearance fields in cards, input masks (NIP shown 668-100-23-96 but stored as digits, postal code, phone "63 288 40 02", REGON digits only) that reformat on input, touched mat-errors, Imię/Nazwisko split, Stanowisko as mat-select in the cdk overlay, two "Hasło"/"Powtórz hasło" pairs told apart by h3, rules 12–20 with upper, lower, digit, special.',
    dimensions: {
      framework: 'angular-material',
      masks: 'nip+postal+phone',
      signatory: 'split',
      role: 'mat-select',
      passwords: 'pattern-special',
    },
    origin: 'hand',
    files: { 'index.html': doc('Formularz wniosku o certyfikat – Ministerstwo Cyfryzacji', css, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** Bootstrap 5 wizard in three steps (the clerk clicks "Dalej"), floating labels, steps re-rendered, consent on the last step. */
function mcWizard(): CorpusVariant {
  const steps: [McKey, string, string][][] = [
    [
      ['applicant', 'Pełna nazwa jednostki samorządu terytorialnego', 'text'],
      ['regon', 'Numer REGON', 'text'],
      ['nip', 'Numer NIP', 'text'],
      ['street', 'Ulica', 'text'],
      ['buildingNumber', 'Numer budynku', 'text'],
      ['postalCode', 'Kod pocztowy', 'text'],
      ['town', 'Miejscowość', 'text'],
    ],
    [
      ['email', 'E-mail', 'email'],
      ['phone', 'Telefon', 'tel'],
      ['signatoryName', 'Imię i nazwisko osoby podpisującej wniosek', 'text'],
      ['signatoryRole', 'Funkcja osoby podpisującej', 'text'],
      ['platformDomain', 'Adres domeny systemu', 'text'],
      ['epuapLogin', 'Login użytkownika w ePUAP', 'text'],
      ['epuapOrgId', 'Identyfikator podmiotu w ePUAP', 'text'],
    ],
  ];
  const keys = steps.flat().map((r) => r[0]);
  const allKeys = keysOf(keys);
  const stepHtml = steps.map((rows, i) =>
    rows
      .map(
        ([k, l, t]) =>
          `<div class="form-floating mb-3"><input type="${t}" class="form-control" id="k${i + 1}-${k}" name="${k}" placeholder="${l}" required><label for="k${i + 1}-${k}">${l}</label><div class="invalid-feedback">Uzupełnij pole.</div></div>`,
      )
      .join(''),
  );
  const pwStep = `<div class="alert alert-info" role="note">Hasło: 8–16 znaków, tylko litery i cyfry, co najmniej jedna cyfra. Hasła do unieważnienia i do pliku p12 muszą się różnić.</div>
<fieldset><legend>Hasło do unieważnienia certyfikatu</legend>
<div class="form-floating mb-3"><input type="password" class="form-control" id="k3-hu1" placeholder="Hasło" minlength="8" maxlength="16" pattern="[A-Za-z0-9]*[0-9][A-Za-z0-9]*" required><label for="k3-hu1">Hasło</label></div>
<div class="form-floating mb-3"><input type="password" class="form-control" id="k3-hu2" placeholder="Powtórz hasło" minlength="8" maxlength="16" required><label for="k3-hu2">Powtórz hasło</label></div></fieldset>
<fieldset><legend>Hasło zabezpieczające plik .p12</legend>
<div class="form-floating mb-3"><input type="password" class="form-control" id="k3-hp1" placeholder="Hasło" minlength="8" maxlength="16" pattern="[A-Za-z0-9]*[0-9][A-Za-z0-9]*" required><label for="k3-hp1">Hasło</label></div>
<div class="form-floating mb-3"><input type="password" class="form-control" id="k3-hp2" placeholder="Powtórz hasło" minlength="8" maxlength="16" required><label for="k3-hp2">Powtórz hasło</label></div></fieldset>
<div class="form-check"><input class="form-check-input" type="checkbox" id="k3-zgoda"><label class="form-check-label" for="k3-zgoda">Potwierdzam, że dane są zgodne z wnioskiem złożonym przez ePUAP.</label></div>`;
  const titles = ['Dane jednostki', 'Kontakt i system', 'Hasła'];
  const css = `body{font-family:system-ui,sans-serif;margin:0}.container{max-width:720px;margin:0 auto;padding:16px 20px 90px}
.steps{display:flex;gap:8px;list-style:none;padding:0}.steps li{flex:1;border-bottom:3px solid #ccc;padding:4px}.steps li.active{border-color:#0d6efd;font-weight:600}
.form-floating{position:relative;margin:12px 0}.form-floating>.form-control{width:100%;padding:26px 12px 8px;box-sizing:border-box;border:1px solid #ced4da;border-radius:6px}
.form-floating>label{position:absolute;top:0;left:0;padding:6px 12px;font-size:12px;color:#6c757d;pointer-events:none}.form-control::placeholder{color:transparent}
.invalid-feedback{display:none;color:#dc3545;font-size:13px}.was-validated .form-control:invalid~.invalid-feedback{display:block}
.btn{border:1px solid #0d6efd;background:#0d6efd;color:#fff;border-radius:6px;padding:6px 14px}.btn-secondary{background:#6c757d;border-color:#6c757d}`;
  const body = `<div class="container"><h1 class="h3">Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<ol class="steps" id="kroki">${titles.map((t, i) => `<li class="${i === 0 ? 'active' : ''}" aria-current="${i === 0 ? 'step' : 'false'}">Krok ${i + 1}: ${t}</li>`).join('')}</ol>
<form id="kreator" novalidate><div id="krok"></div>
<div class="mt-3"><button type="button" class="btn btn-secondary" id="wstecz" hidden>Wstecz</button> <button type="button" class="btn" id="dalej">Dalej</button> <button type="submit" class="btn" id="wyslij" hidden>Wyślij wniosek</button></div></form></div>`;
  const fields = [
    ...steps.flatMap((rows, i) =>
      rows.map(([k]) => ({
        key: k,
        id: `k${i + 1}-${k}`,
        o: k === 'nip' ? { mask: 'nip' } : k === 'postalCode' ? { mask: 'postal' } : { trim: true },
      })),
    ),
    { key: 'revokePassword', id: 'k3-hu1', o: {} },
    { key: 'revokePasswordRepeat', id: 'k3-hu2', o: {} },
    { key: 'p12Password', id: 'k3-hp1', o: {} },
    { key: 'p12PasswordRepeat', id: 'k3-hp2', o: {} },
    { key: 'consent', id: 'k3-zgoda', kind: 'check' },
  ];
  const boot = `
var S = B2.store(${js(allKeys)});
var TPL = ${js([...stepHtml, pwStep])};
var FIELDS = ${js(fields)};
var step = 0;
var host = document.getElementById('krok');
var form = document.getElementById('kreator');
function render() {
  host.innerHTML = TPL[step];
  B2.bindAll(S, FIELDS, host);
  FIELDS.forEach(function (f) { var el = host.querySelector('[id="' + f.id + '"]'); if (!el) return; if (f.kind === 'check') el.checked = S.get(f.key) === 'true'; else el.value = f.o.mask ? B2.mask(f.o.mask, S.get(f.key)).shown : S.get(f.key); });
  Array.prototype.forEach.call(document.querySelectorAll('#kroki li'), function (li, i) { li.className = i === step ? 'active' : ''; li.setAttribute('aria-current', i === step ? 'step' : 'false'); });
  document.getElementById('wstecz').hidden = step === 0;
  document.getElementById('dalej').hidden = step === 2;
  document.getElementById('wyslij').hidden = step !== 2;
  form.classList.remove('was-validated');
}
B2.guardForms(document, S);
B2.action(document.getElementById('dalej'), S, function () {
  var ok = Array.prototype.every.call(host.querySelectorAll('input'), function (el) { return el.checkValidity(); });
  if (!ok) { form.classList.add('was-validated'); return; }
  step++; render(); window.scrollTo(0, 0);
});
document.getElementById('wstecz').addEventListener('click', function () { step--; render(); });
render();
var RULE = function (v) { return /^[A-Za-z0-9]{8,16}$/.test(v) && /[0-9]/.test(v); };
B2.expose(S, function () { return step === 2 && B2.filled(S, ${js(allKeys.filter((k) => k !== 'consent'))}) && B2.validAll([host]) && B2.pwOk(S, RULE); });
`;
  const values: Record<string, string> = { ...MC };
  const stepFill = (i: number): ScriptStep[] =>
    (steps[i] ?? []).map(([k]) => fill(`#k${i + 1}-${k}`, values[k] as string));
  const pw: ScriptStep[] = [
    fill('#k3-hu1', PW_A),
    fill('#k3-hu2', PW_A),
    fill('#k3-hp1', PW_B),
    fill('#k3-hp2', PW_B),
  ];
  return {
    id: 'blind2-mc-bootstrap-wizard',
    form: 'mc',
    description:
      'Bootstrap 5 wizard in three steps rendered one at a time (the clerk clicks "Dalej", which refuses to move on while the step is invalid): floating labels after inputs, NIP and postal masks, one "Imię i nazwisko" field, role as free text, passwords 8–16 letters and digits with a digit on the last step next to the consent.',
    dimensions: {
      framework: 'bootstrap5',
      steps: 'three',
      label: 'floating-after-input',
      signatory: 'single',
      passwords: 'alnum-digit',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat – krok po kroku', css, body, boot) },
    script: [...stepFill(0), click('#dalej'), ...stepFill(1), click('#dalej'), ...pw],
    userSteps: [[click('#dalej')], [click('#dalej')]],
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** gov.pl design: question labels, hints via aria-describedby, error summary, rules as a list, special character required. */
function mcGovpl(): CorpusVariant {
  const rows: [McKey, string, string, string][] = [
    ['applicant', 'Nazwa urzędu lub jednostki', 'Tak jak w rejestrze REGON, np. „Gmina Brudzew”.', ''],
    ['street', 'Ulica', '', ''],
    ['buildingNumber', 'Numer budynku', '', 'class="gov-input gov-input--w4"'],
    [
      'postalCode',
      'Kod pocztowy',
      'W formacie 00-000.',
      'pattern="[0-9]{2}-[0-9]{3}" class="gov-input gov-input--w6"',
    ],
    ['town', 'Miejscowość', '', ''],
    ['regon', 'REGON', '9 albo 14 cyfr.', 'inputmode="numeric" pattern="[0-9]{9}|[0-9]{14}"'],
    ['nip', 'NIP', '10 cyfr, bez kresek.', 'inputmode="numeric" pattern="[0-9]{10}"'],
    ['email', 'Adres e-mail', 'Na ten adres wyślemy link do pobrania certyfikatu.', 'type="email"'],
    ['phone', 'Numer telefonu', '', 'type="tel"'],
    ['signatoryName', 'Imię i nazwisko osoby reprezentującej', '', ''],
    [
      'signatoryRole',
      'Stanowisko osoby reprezentującej',
      'Na przykład wójt, burmistrz, prezydent miasta.',
      '',
    ],
    ['platformDomain', 'Adres domeny lub stały adres IP systemu', 'Bez https:// na początku.', ''],
    ['epuapLogin', 'Login do ePUAP', 'Login konta, z którego wysłano wniosek.', ''],
    ['epuapOrgId', 'Identyfikator podmiotu w ePUAP', 'Widoczny na górnym pasku po zalogowaniu.', ''],
  ];
  const keys = rows.map((r) => r[0]);
  const allKeys = keysOf(keys);
  const group = (id: string, label: string, hint: string, control: string) =>
    `<div class="gov-form-group" id="g-${id}"><label class="gov-label" for="${id}">${label} <abbr title="wymagane">*</abbr></label>${hint ? `<div class="gov-hint" id="${id}-hint">${hint}</div>` : ''}${control}</div>`;
  const fields = rows
    .map(([k, l, h, a]) =>
      group(
        `pole-${k}`,
        l,
        h,
        `<input ${a.includes('class=') ? '' : 'class="gov-input" '}id="pole-${k}" name="${k}" ${a.includes('type=') ? '' : 'type="text" '}${a} ${h ? `aria-describedby="pole-${k}-hint"` : ''} required>`,
      ),
    )
    .join('\n');
  const pwAttrs =
    'type="password" minlength="12" maxlength="32" autocomplete="new-password" aria-describedby="zasady" required';
  const body = `<header class="gov-header"><b>gov.pl</b> Ministerstwo Cyfryzacji</header><main>
<h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<div class="gov-error-summary" id="podsumowanie" role="alert" tabindex="-1" hidden><h2>Popraw błędy w formularzu</h2><ul id="bledy"></ul></div>
<form id="f" novalidate>
<h2>Dane wnioskodawcy</h2>
${fields}
<h2>Hasła</h2>
<div class="gov-hint" id="zasady"><p>Hasło musi:</p><ul><li>mieć co najmniej 12 znaków,</li><li>zawierać co najmniej jedną wielką literę i jedną cyfrę,</li><li>zawierać co najmniej jeden znak specjalny, np. ! ? # %.</li></ul><p>Hasło do unieważnienia i hasło do pliku p12 muszą być różne.</p></div>
<fieldset class="gov-fieldset"><legend class="gov-label">Hasło do unieważnienia certyfikatu</legend>
${group('haslo-uniewaznienia', 'Wpisz hasło', '', `<input class="gov-input" id="haslo-uniewaznienia" ${pwAttrs}>`)}
${group('haslo-uniewaznienia-2', 'Wpisz hasło ponownie', '', `<input class="gov-input" id="haslo-uniewaznienia-2" ${pwAttrs}>`)}</fieldset>
<fieldset class="gov-fieldset"><legend class="gov-label">Hasło do pliku z kluczem prywatnym (.p12)</legend>
${group('haslo-p12', 'Wpisz hasło', '', `<input class="gov-input" id="haslo-p12" ${pwAttrs}>`)}
${group('haslo-p12-2', 'Wpisz hasło ponownie', '', `<input class="gov-input" id="haslo-p12-2" ${pwAttrs}>`)}</fieldset>
<div class="gov-checkboxes"><input class="gov-checkboxes__input" id="oswiadczenie" type="checkbox"> <label for="oswiadczenie">Oświadczam, że dane są zgodne z danymi we wniosku.</label></div>
<button type="submit" class="gov-button">Wyślij</button></form></main>`;
  const css = `body{font-family:Lato,Arial,sans-serif;margin:0}.gov-header{border-bottom:4px solid #d4213d;padding:10px 24px}main{max-width:720px;margin:0 auto;padding:16px 24px 80px}
.gov-form-group{margin:18px 0}.gov-label{display:block;font-weight:700}.gov-hint{color:#505a5f}abbr{color:#d4213d;text-decoration:none}
.gov-input{width:100%;border:2px solid #0b0c0c;padding:6px;box-sizing:border-box}.gov-input--w4{width:6em}.gov-input--w6{width:8em}
.gov-error-message{color:#d4213d;font-weight:700;display:block}.gov-error-summary{border:4px solid #d4213d;padding:12px}.gov-button{background:#00703c;color:#fff;border:0;padding:10px 16px}`;
  const f = [
    ...rows.map(([k]) => ({ key: k, id: `pole-${k}`, o: { trim: true } })),
    { key: 'revokePassword', id: 'haslo-uniewaznienia', o: {} },
    { key: 'revokePasswordRepeat', id: 'haslo-uniewaznienia-2', o: {} },
    { key: 'p12Password', id: 'haslo-p12', o: {} },
    { key: 'p12PasswordRepeat', id: 'haslo-p12-2', o: {} },
    { key: 'consent', id: 'oswiadczenie', kind: 'check' },
  ];
  const boot = `
var S = B2.store(${js(allKeys)});
B2.guardForms(document, S);
var FIELDS = ${js(f)};
var RULE = function (v) { return v.length >= 12 && /[A-Z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v); };
var errs = {};
function report(el, msg) {
  var g = el.closest('.gov-form-group'); var old = g.querySelector('.gov-error-message'); if (old) old.remove();
  if (msg) { var m = document.createElement('p'); m.className = 'gov-error-message'; m.id = el.id + '-blad'; m.textContent = msg; el.before(m); }
  errs[el.id] = msg;
  var list = Object.keys(errs).filter(function (k) { return errs[k]; });
  document.getElementById('podsumowanie').hidden = !list.length;
  document.getElementById('bledy').innerHTML = list.map(function (k) { return '<li><a href="#' + k + '">' + B2.esc(errs[k]) + '</a></li>'; }).join('');
}
FIELDS.forEach(function (f) {
  if (f.kind) return;
  f.o.error = report;
  f.o.check = function (v, el) {
    if (!v) return 'Uzupełnij to pole';
    if (!el.checkValidity()) return 'Wpisz poprawną wartość';
    if (el.type === 'password' && /-2$/.test(el.id)) { var first = document.getElementById(el.id.replace(/-2$/, '')).value; if (first !== v) return 'Hasła nie są takie same'; }
    if (el.type === 'password' && !RULE(v)) return 'Hasło nie spełnia wymagań';
    return '';
  };
});
B2.bindAll(S, FIELDS, document);
B2.expose(S, ${validJs(allKeys, 'RULE')});
`;
  const values: Record<string, string> = { ...MC };
  return {
    id: 'blind2-mc-govpl-rules-list',
    form: 'mc',
    description:
      'gov.pl design MC form: question-like labels with <abbr title="wymagane">, hints via aria-describedby, error summary and messages on blur, "Wpisz hasło"/"Wpisz hasło ponownie" inside legends, password rules as a bulleted list (12+, upper, digit, special character), NIP without dashes by pattern.',
    dimensions: {
      framework: 'govpl-ds',
      label: 'for+abbr+hint',
      signatory: 'single',
      passwords: 'rules-list-special',
      validation: 'blur+summary',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat do integracji z ePUAP - Gov.pl', css, body, boot) },
    script: [
      ...rows.map(([k]) => fill(`#pole-${k}`, values[k] as string)),
      fill('#haslo-uniewaznienia', PW_A_SPECIAL),
      fill('#haslo-uniewaznienia-2', PW_A_SPECIAL),
      fill('#haslo-p12', PW_B_SPECIAL),
      fill('#haslo-p12-2', PW_B_SPECIAL),
    ],
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** A table with th labels, inputs named by aria-labelledby of the section caption and the row header, a +48 prefix, a domain validator. */
function mcTableLabelledby(): CorpusVariant {
  const sections: [string, string, [McKey, string, string][]][] = [
    [
      's1',
      'I. Dane wnioskodawcy',
      [
        ['applicant', 'Nazwa', ''],
        ['street', 'Ulica', ''],
        ['buildingNumber', 'Nr domu', ''],
        ['postalCode', 'Kod pocztowy', 'maxlength="6"'],
        ['town', 'Miejscowość', ''],
        ['regon', 'REGON', 'maxlength="14"'],
        ['nip', 'NIP', 'maxlength="13"'],
      ],
    ],
    [
      's2',
      'II. Dane kontaktowe',
      [
        ['email', 'Adres e-mail', 'type="email"'],
        ['phone', 'Telefon', 'type="tel"'],
      ],
    ],
    [
      's3',
      'III. Dane systemu teleinformatycznego',
      [
        [
          'platformDomain',
          'Adres domeny lub stały numer IP systemu, który będzie uzyskiwał dostęp do ePUAP',
          '',
        ],
        ['epuapLogin', 'Identyfikator użytkownika (login)', ''],
        ['epuapOrgId', 'Identyfikator podmiotu publicznego', ''],
      ],
    ],
    [
      's4',
      'IV. Osoba upoważniona',
      [
        ['signatoryFirstName', 'Imię', ''],
        ['signatoryLastName', 'Nazwisko', ''],
        ['signatoryRole', 'Stanowisko', ''],
      ],
    ],
  ];
  const keys = sections.flatMap((s) => s[2].map((r) => r[0]));
  const allKeys = keysOf(keys);
  const tables = sections
    .map(
      ([sid, cap, rows]) =>
        `<table class="wniosek"><caption id="${sid}">${cap}</caption><tbody>${rows
          .map(([k, l, a]) => {
            const control =
              k === 'phone'
                ? `<span class="prefiks">+48</span><input id="f-${k}" ${a} aria-labelledby="${sid} th-${k}" required>`
                : `<input id="f-${k}" ${a.includes('type=') ? '' : 'type="text" '}${a} aria-labelledby="${sid} th-${k}" required>`;
            return `<tr><th scope="row" id="th-${k}">${l}</th><td>${control}${k === 'platformDomain' ? '<div class="uwaga" id="f-domena-uwaga"></div>' : ''}</td></tr>`;
          })
          .join('')}</tbody></table>`,
    )
    .join('\n');
  const body = `<div id="top">Ministerstwo Cyfryzacji</div>
<h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<form id="wniosek" method="post" action="/wniosek/zapisz">
${tables}
<table class="wniosek"><caption id="s5">V. Hasła (8–16 znaków: litery i cyfry)</caption><tbody>
<tr><th scope="row" id="th-hu">Hasło do unieważnienia certyfikatu</th><td><input type="password" id="f-hu" aria-labelledby="s5 th-hu" pattern="[A-Za-z0-9]{8,16}" required></td></tr>
<tr><th scope="row" id="th-hu2">Powtórzenie hasła do unieważnienia</th><td><input type="password" id="f-hu2" aria-labelledby="s5 th-hu2" pattern="[A-Za-z0-9]{8,16}" required></td></tr>
<tr><th scope="row" id="th-hp">Hasło do pliku p12</th><td><input type="password" id="f-hp" aria-labelledby="s5 th-hp" pattern="[A-Za-z0-9]{8,16}" required></td></tr>
<tr><th scope="row" id="th-hp2">Powtórzenie hasła do pliku p12</th><td><input type="password" id="f-hp2" aria-labelledby="s5 th-hp2" pattern="[A-Za-z0-9]{8,16}" required></td></tr>
</tbody></table>
<p><input type="checkbox" id="f-zgoda" aria-labelledby="zgoda-tekst"> <span id="zgoda-tekst">Wyrażam zgodę na przetwarzanie danych w celu wydania certyfikatu.</span></p>
<p><input type="submit" value="Zatwierdź i wyślij"></p></form>`;
  const css = `body{font-family:Verdana,sans-serif;font-size:13px;margin:0 auto;max-width:860px;padding:0 16px 60px}#top{background:#2a4b8d;color:#fff;padding:8px}
table.wniosek{width:100%;border-collapse:collapse;margin:12px 0}caption{text-align:left;font-weight:bold;background:#e4e9f2;padding:6px}th{text-align:left;font-weight:normal;width:45%;padding:4px;border-bottom:1px solid #ddd}td{padding:4px;border-bottom:1px solid #ddd}
td input[type=text],td input[type=email],td input[type=tel],td input[type=password]{width:95%}.prefiks{display:inline-block;background:#eee;border:1px solid #aaa;padding:1px 4px;margin-right:-1px}
.prefiks+input{width:80%!important}.uwaga{color:#b00;font-size:11px}`;
  const fields = [
    ...keys.map((k) => ({
      key: k,
      id: `f-${k}`,
      o:
        k === 'phone'
          ? { mask: 'phone' }
          : k === 'platformDomain'
            ? { lower: true, trim: true }
            : { trim: true },
    })),
    { key: 'revokePassword', id: 'f-hu', o: {} },
    { key: 'revokePasswordRepeat', id: 'f-hu2', o: {} },
    { key: 'p12Password', id: 'f-hp', o: {} },
    { key: 'p12PasswordRepeat', id: 'f-hp2', o: {} },
    { key: 'consent', id: 'f-zgoda', kind: 'check' },
  ];
  const boot = `
var S = B2.store(${js(allKeys)});
B2.guardForms(document, S);
var FIELDS = ${js(fields)};
FIELDS.forEach(function (f) {
  if (f.key !== 'platformDomain') return;
  f.o.check = function (v, el) { var bad = /^[a-z]+:\\/\\//i.test(v) || /\\//.test(v) ? 'Podaj samą domenę, bez protokołu i ścieżki.' : ''; el.setCustomValidity(bad); return bad; };
  f.o.error = function (el, msg) { document.getElementById('f-domena-uwaga').textContent = msg; };
});
B2.bindAll(S, FIELDS, document);
var RULE = function (v) { return /^[A-Za-z0-9]{8,16}$/.test(v); };
B2.expose(S, ${validJs(allKeys, 'RULE')});
`;
  const values: Record<string, string> = { ...MC };
  return {
    id: 'blind2-mc-table-labelledby',
    form: 'mc',
    description:
      'Server-rendered MC form as captioned tables: no label elements, each input named by aria-labelledby of the section caption and its th (a long "Adres domeny lub stały numer IP…" row), "+48" prefix before a phone mask, domain lower-cased on blur and rejected with a protocol, Imię/Nazwisko/Stanowisko, consent named by aria-labelledby, input type=submit.',
    dimensions: {
      framework: 'server-html',
      label: 'th+caption-labelledby',
      masks: 'phone-prefix',
      signatory: 'split',
      passwords: 'pattern-alnum',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o wydanie certyfikatu', css, body, boot) },
    script: [
      ...keys.map((k) => fill(`#f-${k}`, values[k] as string)),
      press('#f-platformDomain', 'Tab'),
      fill('#f-hu', PW_A),
      fill('#f-hu2', PW_A),
      fill('#f-hp', PW_B),
      fill('#f-hp2', PW_B),
    ],
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function mcPagesA(): CorpusVariant[] {
  return [mcMaterial(), mcWizard(), mcGovpl(), mcTableLabelledby()];
}
