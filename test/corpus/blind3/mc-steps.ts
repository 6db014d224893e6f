// MC certificate form in two steps (a React page): the data and both passwords first, then a
// confirmation step showing a summary where the passwords are repeated next to the consent. Fields
// are named only by placeholder and title; controlled inputs behind React's value tracker; password
// rules as a live checklist ("tylko litery i cyfry", "od 12 do 16 znaków", a capital letter, a digit).

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { choose, click, doc, fill, js, MC, mcExpected, mcKeys, PW_A, PW_B } from './page';

type F = { key: McKey; name: string; ph: string; title: string; attrs?: string };

const GROUPS: { h: string; fields: F[] }[] = [
  {
    h: 'Wnioskodawca',
    fields: [
      {
        key: 'applicant',
        name: 'wnioskodawca',
        ph: 'Nazwa jednostki, np. Gmina Przykładowo',
        title: 'Nazwa wnioskodawcy (jednostki samorządu terytorialnego)',
      },
      {
        key: 'regon',
        name: 'regon',
        ph: 'REGON',
        title: 'Numer REGON wnioskodawcy',
        attrs: 'inputmode="numeric" pattern="[0-9]{9}"',
      },
      {
        key: 'nip',
        name: 'nip',
        ph: 'NIP',
        title: 'Numer NIP wnioskodawcy (10 cyfr)',
        attrs: 'inputmode="numeric" pattern="[0-9]{10}"',
      },
      { key: 'street', name: 'ulica', ph: 'Ulica', title: 'Ulica' },
      { key: 'buildingNumber', name: 'nrBudynku', ph: 'Nr budynku', title: 'Numer budynku' },
      {
        key: 'postalCode',
        name: 'kodPocztowy',
        ph: 'Kod pocztowy (00-000)',
        title: 'Kod pocztowy',
        attrs: 'pattern="[0-9]{2}-[0-9]{3}"',
      },
      { key: 'town', name: 'miejscowosc', ph: 'Miejscowość', title: 'Miejscowość' },
    ],
  },
  {
    h: 'Kontakt',
    fields: [
      {
        key: 'email',
        name: 'email',
        ph: 'Adres e-mail',
        title: 'Adres e-mail, na który przyjdzie odpowiedź',
        attrs: 'type="email"',
      },
      {
        key: 'phone',
        name: 'telefon',
        ph: 'Telefon',
        title: 'Numer telefonu kontaktowego',
        attrs: 'type="tel"',
      },
    ],
  },
  {
    h: 'System i konto ePUAP',
    fields: [
      {
        key: 'platformDomain',
        name: 'domena',
        ph: 'Domena systemu, np. eurzad.gmina.pl',
        title: 'Adres domeny systemu teleinformatycznego, który będzie uzyskiwał dostęp do ePUAP',
      },
      {
        key: 'epuapLogin',
        name: 'loginEpuap',
        ph: 'Login ePUAP osoby upoważnionej',
        title: 'Identyfikator użytkownika (login) w ePUAP',
      },
      {
        key: 'epuapOrgId',
        name: 'idPodmiotu',
        ph: 'Identyfikator podmiotu w ePUAP',
        title: 'Identyfikator podmiotu publicznego w ePUAP',
      },
    ],
  },
  {
    h: 'Osoba podpisująca wniosek',
    fields: [
      { key: 'signatoryFirstName', name: 'imie', ph: 'Imię', title: 'Imię osoby podpisującej' },
      { key: 'signatoryLastName', name: 'nazwisko', ph: 'Nazwisko', title: 'Nazwisko osoby podpisującej' },
    ],
  },
];

const ROLES = ['Wójt', 'Burmistrz', 'Prezydent Miasta', 'Zastępca Wójta', 'Sekretarz Gminy (z upoważnienia)'];

const CSS = `
body { margin: 0; font: 15px/1.5 Inter, "Segoe UI", Arial, sans-serif; background: #eef1f5; color: #1f2933; }
.top { background: #fff; padding: 14px 28px; border-bottom: 1px solid #d9dee5; font-weight: 700; }
.card { max-width: 720px; margin: 22px auto 80px; background: #fff; border-radius: 10px; padding: 24px 30px 30px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h1 { font-size: 21px; margin: 0 0 6px; }
.kroki { display: flex; gap: 18px; list-style: none; padding: 0; margin: 10px 0 18px; font-size: 14px; color: #7b8794; }
.kroki li[aria-current=step] { color: #1f2933; font-weight: 700; border-bottom: 2px solid #2563eb; }
h2 { font-size: 16px; margin: 22px 0 8px; color: #334e68; }
.siatka { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 14px; }
.siatka .pelne { grid-column: 1 / -1; }
input, select { font: inherit; width: 100%; box-sizing: border-box; padding: 9px 11px; border: 1px solid #bcccdc; border-radius: 6px; background: #fff; }
input::placeholder { color: #829ab1; }
input:focus, select:focus { outline: 2px solid #93c5fd; border-color: #2563eb; }
.telefon { display: flex; }
.telefon span { padding: 9px 10px; background: #f0f4f8; border: 1px solid #bcccdc; border-right: 0; border-radius: 6px 0 0 6px; color: #52606d; }
.telefon input { border-radius: 0 6px 6px 0; }
.reguly { list-style: none; padding: 0; margin: 6px 0 0; font-size: 13px; color: #7b8794; }
.reguly li::before { content: "○ "; }
.reguly li.spelniona { color: #15803d; }
.reguly li.spelniona::before { content: "● "; }
.bledy { background: #fef2f2; border: 1px solid #fca5a5; color: #991b1b; border-radius: 6px; padding: 8px 14px; margin: 12px 0; }
.akcje { display: flex; justify-content: space-between; margin-top: 26px; }
button { font: inherit; padding: 9px 20px; border-radius: 6px; cursor: pointer; border: 1px solid #2563eb; background: #fff; color: #2563eb; }
button.glowny { background: #2563eb; color: #fff; }
dl.podsumowanie { display: grid; grid-template-columns: 240px 1fr; gap: 4px 12px; font-size: 14px; background: #f8fafc; padding: 12px 16px; border-radius: 6px; }
dl.podsumowanie dt { color: #52606d; }
dl.podsumowanie dd { margin: 0; font-weight: 600; }
.zgoda { display: flex; gap: 8px; align-items: flex-start; margin-top: 16px; }
.zgoda input { width: auto; margin-top: 4px; }
`;

function stepsForm(): CorpusVariant {
  const keys: McKey[] = [...GROUPS.flatMap((g) => g.fields.map((f) => f.key)), 'signatoryRole'];
  const ak = mcKeys(keys);
  const boot = `
var S = B3.store(${js(ak)});
var GROUPS = ${js(GROUPS)};
var ROLES = ${js(ROLES)};
var esc = B3.esc;
var root = document.getElementById('root');
var step = 1; var errors = [];
function rules(v) {
  return [
    { t: 'tylko litery i cyfry', ok: !!v && /^[A-Za-z0-9]+$/.test(v) },
    { t: 'od 12 do 16 znaków', ok: v.length >= 12 && v.length <= 16 },
    { t: 'co najmniej jedna wielka litera', ok: /[A-Z]/.test(v) },
    { t: 'co najmniej jedna cyfra', ok: /[0-9]/.test(v) }
  ];
}
function ruleOk(v) { return rules(v).every(function (r) { return r.ok; }); }
function input(name, key, ph, title, attrs) {
  return '<input name="' + name + '" data-key="' + key + '" placeholder="' + esc(ph) + '" title="' + esc(title) + '" required ' + (attrs || 'type="text"') + ' value="' + esc(S.get(key)) + '">';
}
function checklist(key) {
  return '<ul class="reguly" data-reguly="' + key + '">' + rules(S.get(key)).map(function (r) { return '<li class="' + (r.ok ? 'spelniona' : '') + '">' + r.t + '</li>'; }).join('') + '</ul>';
}
function render() {
  var h = '<h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>' +
    '<ol class="kroki"><li' + (step === 1 ? ' aria-current="step"' : '') + '>1. Dane i hasła</li><li' + (step === 2 ? ' aria-current="step"' : '') + '>2. Potwierdzenie</li></ol>' +
    (errors.length ? '<div class="bledy" role="alert"><b>Popraw dane:</b><ul>' + errors.map(function (e) { return '<li>' + esc(e) + '</li>'; }).join('') + '</ul></div>' : '');
  if (step === 1) {
    h += '<form id="krok1" novalidate>' + GROUPS.map(function (g) {
      return '<h2>' + esc(g.h) + '</h2><div class="siatka">' + g.fields.map(function (f) {
        var el = input(f.name, f.key, f.ph, f.title, f.attrs);
        if (f.key === 'phone') el = '<div class="telefon"><span>+48</span>' + el + '</div>';
        return '<div class="' + (f.key === 'applicant' || f.key === 'platformDomain' ? 'pelne' : '') + '">' + el + '</div>';
      }).join('') + (g.h === 'Osoba podpisująca wniosek' ? '<div class="pelne"><select name="stanowisko" data-key="signatoryRole" required title="Stanowisko osoby podpisującej"><option value="" disabled' + (S.get('signatoryRole') ? '' : ' selected') + '>Stanowisko osoby podpisującej</option>' + ROLES.map(function (r) { return '<option' + (S.get('signatoryRole') === r ? ' selected' : '') + '>' + esc(r) + '</option>'; }).join('') + '</select></div>' : '') + '</div>';
    }).join('') +
      '<h2>Hasła</h2><p style="font-size:14px;color:#52606d;margin:0 0 8px">Hasło do unieważnienia i hasło do pliku .p12 muszą być różne. Powtórzysz je w następnym kroku.</p><div class="siatka">' +
      '<div>' + input('hasloUniewaznienia', 'revokePassword', 'Hasło do unieważnienia certyfikatu', 'Hasło do unieważnienia certyfikatu', 'type="password" autocomplete="new-password" maxlength="16"') + checklist('revokePassword') + '</div>' +
      '<div>' + input('hasloP12', 'p12Password', 'Hasło do pliku .p12', 'Hasło zabezpieczające plik .p12', 'type="password" autocomplete="new-password" maxlength="16"') + checklist('p12Password') + '</div></div>' +
      '<div class="akcje"><span></span><button type="button" class="glowny" id="dalej">Dalej</button></div></form>';
  } else {
    h += '<form id="krok2" novalidate><h2>Sprawdź dane</h2><dl class="podsumowanie">' + GROUPS.map(function (g) { return g.fields.map(function (f) { return '<dt>' + esc(f.title) + '</dt><dd>' + esc(S.get(f.key)) + '</dd>'; }).join(''); }).join('') +
      '<dt>Stanowisko</dt><dd>' + esc(S.get('signatoryRole')) + '</dd><dt>Hasło do unieważnienia</dt><dd>••••••••</dd><dt>Hasło do pliku .p12</dt><dd>••••••••</dd></dl>' +
      '<h2>Powtórz hasła</h2><div class="siatka">' +
      '<div>' + input('hasloUniewaznieniaPowtorz', 'revokePasswordRepeat', 'Powtórz hasło do unieważnienia certyfikatu', 'Powtórz hasło do unieważnienia certyfikatu', 'type="password" autocomplete="new-password" maxlength="16"') + '</div>' +
      '<div>' + input('hasloP12Powtorz', 'p12PasswordRepeat', 'Powtórz hasło do pliku .p12', 'Powtórz hasło zabezpieczające plik .p12', 'type="password" autocomplete="new-password" maxlength="16"') + '</div></div>' +
      '<label class="zgoda"><input type="checkbox" name="oswiadczenie" data-key="consent"' + (S.get('consent') === 'true' ? ' checked' : '') + '><span>Oświadczam, że dane są zgodne z danymi we wniosku przesłanym przez ePUAP, i wyrażam zgodę na wydanie certyfikatu.</span></label>' +
      '<div class="akcje"><button type="button" id="wstecz">Wstecz</button><button type="submit" class="glowny" id="wyslij">Wyślij wniosek</button></div></form>';
  }
  root.innerHTML = h;
  bind();
}
function bind() {
  var form = root.querySelector('form');
  B3.guard(form, S);
  Array.prototype.forEach.call(form.querySelectorAll('[data-key]'), function (el) {
    var key = el.getAttribute('data-key');
    if (el.type === 'checkbox') { el.addEventListener('change', function () { S.set(key, String(el.checked)); }); return; }
    if (el.tagName === 'SELECT') { el.addEventListener('change', function () { S.set(key, el.value); }); return; }
    var t = B3.track(el);
    el.addEventListener('input', function () {
      if (!t.changed()) return;
      S.set(key, el.value);
      var cl = form.querySelector('[data-reguly="' + key + '"]');
      if (cl) cl.outerHTML = checklist(key);
      if (key === 'revokePasswordRepeat' || key === 'p12PasswordRepeat') {
        var of = key === 'revokePasswordRepeat' ? 'revokePassword' : 'p12Password';
        el.setCustomValidity(el.value && el.value !== S.get(of) ? 'Hasła nie są identyczne.' : '');
      }
      Promise.resolve().then(function () { if (el.value !== S.get(key)) t.put(S.get(key)); });
    });
  });
  var dalej = document.getElementById('dalej');
  if (dalej) B3.untrusted(dalej, S, function () {
    errors = [];
    Array.prototype.forEach.call(form.querySelectorAll('[data-key]'), function (el) { if (!el.checkValidity()) errors.push((el.title || el.name) + ': ' + (el.value ? 'nieprawidłowa wartość' : 'pole wymagane')); });
    if (S.get('revokePassword') && !ruleOk(S.get('revokePassword'))) errors.push('Hasło do unieważnienia nie spełnia wymagań');
    if (S.get('p12Password') && !ruleOk(S.get('p12Password'))) errors.push('Hasło do pliku .p12 nie spełnia wymagań');
    if (S.get('revokePassword') && S.get('revokePassword') === S.get('p12Password')) errors.push('Hasła muszą być różne');
    if (!errors.length) step = 2;
    render();
    window.scrollTo(0, 0);
  });
  var wstecz = document.getElementById('wstecz');
  if (wstecz) wstecz.addEventListener('click', function () { step = 1; errors = []; render(); });
}
render();
B3.expose(S, function () {
  return step === 2 && S.filled(${js(ak.filter((k) => k !== 'consent'))}) && B3.controlsValid([root]) && B3.passwordsOk(S, ruleOk);
});
`;
  const body = `<div class="top">Ministerstwo Cyfryzacji — certyfikaty do integracji z ePUAP</div><main class="card" id="root"></main>`;
  const script: ScriptStep[] = [];
  for (const g of GROUPS) for (const f of g.fields) script.push(fill(`[name="${f.name}"]`, MC[f.key]));
  script.push(
    choose('[name="stanowisko"]', 'Wójt'),
    fill('[name="hasloUniewaznienia"]', PW_A),
    fill('[name="hasloP12"]', PW_B),
    click('#dalej'),
    fill('[name="hasloUniewaznieniaPowtorz"]', PW_A),
    fill('[name="hasloP12Powtorz"]', PW_B),
  );
  return {
    id: 'blind3-mc-react-two-steps-repeat-on-confirm',
    form: 'mc',
    description:
      'React MC form in two steps: step 1 holds all the data and the two passwords ("Dalej" refuses to move on while anything is invalid), step 2 a summary with the passwords repeated ("Powtórz hasło do …") beside the consent; fields named only by placeholder and title (no labels), controlled inputs behind the value tracker, a "+48" adornment before the phone, the role as a select whose first option is a disabled placeholder, rules "tylko litery i cyfry", "od 12 do 16 znaków", a capital letter and a digit as a live checklist.',
    dimensions: {
      framework: 'react',
      steps: 'two-repeat-on-confirm',
      label: 'placeholder+title',
      events: 'react-tracker',
      signatory: 'split',
      role: 'select-placeholder-option',
      passwords: 'alnum-12-16-upper-digit-checklist',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat do integracji z ePUAP', CSS, body, boot) },
    script,
    userSteps: [[click('#dalej')]],
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function stepsMc(): CorpusVariant[] {
  return [stepsForm()];
}
