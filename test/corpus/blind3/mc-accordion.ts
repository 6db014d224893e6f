// MC certificate form as a Knockout-style page: sections in an accordion (one open at a time, the
// others hidden), labels as <dt> beside <dd> inputs without ids, "value" bindings committing on change
// and "textInput" bindings for the passwords, the applicant's name and REGON pre-filled read-only from
// the application, and a session-expiry box with "Przedłuż sesję" and "Wyloguj".

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { click, doc, fill, js, MC, mcExpected, mcKeys, PW_A, PW_B, press } from './page';

type Row = { key?: McKey; path: string; label: string; attrs?: string; note?: string; readonly?: string };

const SECTIONS: { title: string; rows: Row[] }[] = [
  {
    title: 'I. Dane wnioskodawcy',
    rows: [
      { path: 'wnioskodawca.nazwa', label: 'Nazwa wnioskodawcy', readonly: MC.applicant },
      { path: 'wnioskodawca.regon', label: 'REGON', readonly: MC.regon },
      {
        key: 'nip',
        path: 'wnioskodawca.nip',
        label: 'NIP',
        attrs: 'required pattern="[0-9]{10}|[0-9]{3}-[0-9]{3}-[0-9]{2}-[0-9]{2}"',
      },
      { key: 'street', path: 'adres.ulica', label: 'Ulica', attrs: 'required' },
      { key: 'buildingNumber', path: 'adres.nrDomu', label: 'Numer budynku', attrs: 'required size="6"' },
      { path: 'adres.nrLokalu', label: 'Numer lokalu', attrs: 'size="6"', note: '(opcjonalnie)' },
      {
        key: 'postalCode',
        path: 'adres.kod',
        label: 'Kod pocztowy',
        attrs: 'required pattern="[0-9]{2}-[0-9]{3}" size="7"',
      },
      { key: 'town', path: 'adres.miejscowosc', label: 'Miejscowość', attrs: 'required' },
    ],
  },
  {
    title: 'II. Dane kontaktowe',
    rows: [
      {
        key: 'email',
        path: 'kontakt.email',
        label: 'Adres poczty elektronicznej',
        attrs: 'required type="email"',
      },
      { key: 'phone', path: 'kontakt.telefon', label: 'Numer telefonu', attrs: 'required type="tel"' },
    ],
  },
  {
    title: 'III. Dane systemu teleinformatycznego',
    rows: [
      {
        key: 'platformDomain',
        path: 'system.domena',
        label: 'Adres domeny lub stały numer IP systemu, który będzie uzyskiwał dostęp do ePUAP',
        attrs: 'required',
      },
    ],
  },
  {
    title: 'IV. Konto w ePUAP',
    rows: [
      {
        key: 'epuapLogin',
        path: 'epuap.login',
        label: 'Identyfikator użytkownika (login)',
        attrs: 'required',
      },
      {
        key: 'epuapOrgId',
        path: 'epuap.podmiot',
        label: 'Identyfikator podmiotu publicznego',
        attrs: 'required',
      },
    ],
  },
  {
    title: 'V. Osoba podpisująca wniosek',
    rows: [
      { key: 'signatoryName', path: 'podpisujacy.imieNazwisko', label: 'Imię i nazwisko', attrs: 'required' },
      {
        key: 'signatoryRole',
        path: 'podpisujacy.stanowisko',
        label: 'Stanowisko',
        attrs: 'required list="stanowiska"',
      },
    ],
  },
];

const CSS = `
body { margin: 0; font: 15px/1.5 "Roboto", Arial, sans-serif; background: #fafafa; color: #222; }
header { background: #fff; border-bottom: 3px solid #c4161c; padding: 12px 28px; font-weight: 700; color: #1d3557; }
main { max-width: 860px; margin: 20px auto 80px; background: #fff; border: 1px solid #e3e3e3; padding: 20px 30px 30px; }
h1 { font-size: 21px; color: #1d3557; }
.nr { color: #555; }
.acc-h { margin: 0; }
.acc-h button { width: 100%; text-align: left; font: 600 16px Roboto, Arial, sans-serif; padding: 12px 14px; background: #eef2f7; border: 1px solid #d5dde8; cursor: pointer; margin-top: 6px; }
.acc-h button[aria-expanded=true] { background: #1d3557; color: #fff; }
.acc-h button::after { content: " ▸"; float: right; }
.acc-h button[aria-expanded=true]::after { content: " ▾"; }
.acc-panel { border: 1px solid #d5dde8; border-top: 0; padding: 10px 16px; }
dl.pola { display: grid; grid-template-columns: 260px 1fr; gap: 8px 14px; margin: 6px 0; align-items: center; }
dl.pola dt { font-weight: 500; }
dl.pola dd { margin: 0; }
dl.pola input { font: inherit; padding: 5px 8px; border: 1px solid #9aa5b1; border-radius: 3px; width: 100%; max-width: 360px; box-sizing: border-box; }
dl.pola input.ro { background: #f0f0f0; border-color: #d0d0d0; color: #444; }
.zrodlo { font-size: 12px; color: #777; margin-left: 6px; }
.uwagi { font-size: 13px; color: #555; background: #fff8e1; border: 1px solid #f0d98c; padding: 8px 12px; }
h3 { font-size: 15px; margin: 14px 0 2px; }
.zgoda { margin: 18px 0 8px; display: flex; gap: 8px; }
.btn { font: inherit; padding: 8px 20px; background: #1d3557; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
.sesja { position: fixed; top: 10px; right: 10px; width: 300px; background: #fff; border: 1px solid #c4161c; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 14px; z-index: 50; font-size: 14px; }
.sesja p { margin: 4px 0 8px; }
.sesja button { font: inherit; margin-right: 6px; }
.wylogowano { position: fixed; inset: 0; background: rgba(255,255,255,.95); display: flex; align-items: center; justify-content: center; font-size: 20px; z-index: 100; }
`;

function accordionForm(): CorpusVariant {
  const keys = SECTIONS.flatMap((s) => s.rows.map((r) => r.key)).filter((k): k is McKey => !!k);
  const ak = mcKeys(keys);
  const row = (r: Row) =>
    `<dt>${r.label}${r.note ? ` <small>${r.note}</small>` : ''}</dt><dd>` +
    (r.readonly
      ? `<input name="${r.path}" data-bind="value: ${r.path}" readonly class="ro" value="${r.readonly}"><span class="zrodlo">(dane z wniosku)</span>`
      : `<input name="${r.path}" data-bind="value: ${r.path}" ${r.attrs ?? ''}>`) +
    '</dd>';
  const pwRow = (path: string, label: string) =>
    `<dt>${label}</dt><dd><input type="password" name="${path}" data-bind="textInput: ${path}" required autocomplete="new-password"></dd>`;
  const sections = [
    ...SECTIONS.map((s) => ({ title: s.title, html: `<dl class="pola">${s.rows.map(row).join('')}</dl>` })),
    {
      title: 'VI. Hasła',
      html: `<p class="uwagi">Hasło musi mieć co najmniej 8 znaków i zawierać małą literę, wielką literę oraz cyfrę. Hasła do unieważnienia i do pliku muszą być różne. Zapisz je – nie będzie można ich odzyskać.</p>
<h3>Hasło do unieważnienia certyfikatu</h3><dl class="pola">${pwRow('hasla.uniewaznienie', 'Hasło')}${pwRow('hasla.uniewaznieniePowt', 'Powtórzenie hasła')}</dl>
<h3>Hasło do pliku PKCS#12 (.p12)</h3><dl class="pola">${pwRow('hasla.p12', 'Hasło')}${pwRow('hasla.p12Powt', 'Powtórzenie hasła')}</dl>
<label class="zgoda"><input type="checkbox" name="oswiadczenie" data-bind="checked: oswiadczenie"> <span>Oświadczam, że dane w formularzu są zgodne z danymi we wniosku o wydanie certyfikatu.</span></label>`,
    },
  ];
  const body = `<header>Ministerstwo Cyfryzacji · Wnioski o certyfikat do integracji z ePUAP</header>
<div class="sesja" id="sesja" hidden role="alertdialog" aria-labelledby="sesja-t" aria-describedby="sesja-o"><b id="sesja-t">Sesja wkrótce wygaśnie</b><p id="sesja-o">O godz. <span id="sesja-czas">--:--</span> nastąpi automatyczne wylogowanie, a niezapisane dane zostaną utracone.</p><button type="button" id="sesja-przedluz">Przedłuż sesję</button><button type="button" id="sesja-wyloguj">Wyloguj</button></div>
<main><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<p class="nr">Wniosek nr <b>MC-CI/2026/00417</b> z dnia 12.03.2026 r. Część danych przepisaliśmy z wniosku – sprawdź je i uzupełnij pozostałe.</p>
<form id="f" data-bind="submit: zloz" novalidate>
<datalist id="stanowiska"><option value="Wójt"><option value="Burmistrz"><option value="Prezydent Miasta"><option value="Zastępca Wójta"><option value="Sekretarz Gminy"></datalist>
<div class="accordion">${sections
    .map(
      (s, i) =>
        `<h2 class="acc-h"><button type="button" id="sek-${i + 1}-btn" aria-expanded="${i === 0}" aria-controls="sek-${i + 1}">${s.title}</button></h2><div id="sek-${i + 1}" role="region" aria-labelledby="sek-${i + 1}-btn" class="acc-panel"${i === 0 ? '' : ' hidden'}>${s.html}</div>`,
    )
    .join('')}</div>
<p style="margin-top:20px"><button type="submit" class="btn">Złóż formularz</button></p>
</form></main>`;
  const paths: Record<string, string> = {};
  for (const s of SECTIONS) for (const r of s.rows) if (r.key) paths[r.path] = r.key;
  Object.assign(paths, {
    'hasla.uniewaznienie': 'revokePassword',
    'hasla.uniewaznieniePowt': 'revokePasswordRepeat',
    'hasla.p12': 'p12Password',
    'hasla.p12Powt': 'p12PasswordRepeat',
  });
  const prefill = { 'wnioskodawca.nazwa': MC.applicant, 'wnioskodawca.regon': MC.regon };
  const boot = String.raw`
var S = B3.store(${js(ak)});
var PATHS = ${js(paths)};
var PREFILL = ${js(prefill)};
var form = document.getElementById('f');
B3.guard(form, S);
// ---- a tiny Knockout: observables behind data-bind; "value" commits on change, "textInput" on input
var vm = {};
function observable(v) { var cur = v; var subs = []; function o(n) { if (!arguments.length) return cur; if (n === cur) return; cur = n; subs.forEach(function (f) { f(n); }); } o.subscribe = function (f) { subs.push(f); }; return o; }
Array.prototype.forEach.call(form.querySelectorAll('[data-bind]'), function (el) {
  var m = /^(\w+):\s*([\w.]+)$/.exec(el.getAttribute('data-bind'));
  if (!m || el.tagName === 'FORM') return;
  var kind = m[1]; var path = m[2];
  var o = vm[path] = observable(kind === 'checked' ? el.checked : el.value);
  if (kind === 'checked') {
    el.addEventListener('change', function () { o(el.checked); });
    o.subscribe(function (v) { el.checked = !!v; S.set('consent', String(!!v)); });
    return;
  }
  var ev = kind === 'textInput' ? 'input' : 'change';
  el.addEventListener(ev, function () { o(el.value); });
  o.subscribe(function (v) { if (el.value !== v) el.value = v; if (PATHS[path]) S.set(PATHS[path], v); });
});
// ---- the accordion: opening one section closes the others
var heads = Array.prototype.slice.call(form.querySelectorAll('.acc-h button'));
heads.forEach(function (b) {
  b.addEventListener('click', function () {
    var open = b.getAttribute('aria-expanded') !== 'true';
    heads.forEach(function (x) { var on = x === b && open; x.setAttribute('aria-expanded', String(on)); document.getElementById(x.getAttribute('aria-controls')).hidden = !on; });
  });
});
// ---- the session box
var loggedOut = false;
setTimeout(function () {
  var box = document.getElementById('sesja'); box.hidden = false;
  var at = new Date(Date.now() + 10 * 60000);
  document.getElementById('sesja-czas').textContent = at.getHours() + ':' + ('0' + at.getMinutes()).slice(-2);
  document.getElementById('sesja-przedluz').addEventListener('click', function () { box.hidden = true; });
  document.getElementById('sesja-wyloguj').addEventListener('click', function () {
    loggedOut = true; box.hidden = true;
    var d = document.createElement('div'); d.className = 'wylogowano'; d.textContent = 'Wylogowano. Aby kontynuować, otwórz ponownie link z wiadomości e-mail.'; document.body.appendChild(d);
  });
}, 2000);
function rule(v) { return v.length >= 8 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v); }
B3.expose(S, function () {
  var untouched = Object.keys(PREFILL).every(function (p) { return vm[p]() === PREFILL[p] && form.querySelector('[name="' + p + '"]').value === PREFILL[p]; });
  return !loggedOut && untouched && S.filled(${js(ak.filter((k) => k !== 'consent'))}) && B3.controlsValid([form]) && B3.passwordsOk(S, rule);
});
`;
  const script: ScriptStep[] = [];
  SECTIONS.forEach((s, i) => {
    if (i > 0) script.push(click(`#sek-${i + 1}-btn`));
    const asked = s.rows.filter((r) => r.key);
    for (const r of asked) script.push(fill(`[name="${r.path}"]`, MC[r.key as McKey]));
    const last = asked[asked.length - 1];
    if (last) script.push(press(`[name="${last.path}"]`, 'Tab'));
  });
  script.push(
    click('#sek-6-btn'),
    fill('[name="hasla.uniewaznienie"]', PW_A),
    fill('[name="hasla.uniewaznieniePowt"]', PW_A),
    fill('[name="hasla.p12"]', PW_B),
    fill('[name="hasla.p12Powt"]', PW_B),
  );
  return {
    id: 'blind3-mc-knockout-accordion-readonly-prefill',
    form: 'mc',
    description:
      'Knockout-style MC form: six accordion sections, only one open at a time (the rest hidden), labels as <dt> beside <dd> inputs that have names but no ids, "value" bindings committing on change and "textInput" bindings for the passwords; the applicant\'s name and REGON pre-filled read-only "(dane z wniosku)" and required to stay as they are; an optional "Numer lokalu" to leave empty; "Stanowisko" as free text with a datalist; "Hasło"/"Powtórzenie hasła" pairs told apart by h3; a session-expiry box appearing after 2 s with "Przedłuż sesję" and "Wyloguj" (logging out ends the form).',
    dimensions: {
      framework: 'knockout',
      structure: 'accordion-one-open',
      label: 'dt-dd',
      prefill: 'readonly-applicant+regon',
      events: 'change+textInput',
      signatory: 'single',
      role: 'text-datalist',
      pwGroup: 'h3',
      overlay: 'session-box-logout',
    },
    origin: 'hand',
    files: { 'index.html': doc('Formularz wniosku o certyfikat – Ministerstwo Cyfryzacji', CSS, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function accordionMc(): CorpusVariant[] {
  return [accordionForm()];
}
