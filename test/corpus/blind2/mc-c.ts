// MC certificate form pages: a Vue-like app inside a shadow root (lazy models), Ant Design with
// Input.Password, form-associated fields in nested shadow roots, a form re-rendered after every change.

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import {
  check,
  click,
  doc,
  fill,
  js,
  MC,
  mcExpected,
  PW_A,
  PW_A_SPECIAL,
  PW_B,
  PW_B_SPECIAL,
  press,
} from './page';

const PW_KEYS = ['revokePassword', 'revokePasswordRepeat', 'p12Password', 'p12PasswordRepeat'];
const V: Record<string, string> = { ...MC };
const allKeys = (keys: McKey[]) => [...keys, ...PW_KEYS, 'consent'];
const req = (keys: string[]) => js(keys.filter((k) => k !== 'consent'));

const BASE_ROWS: [McKey, string][] = [
  ['applicant', 'Nazwa jednostki'],
  ['street', 'Ulica'],
  ['buildingNumber', 'Numer budynku'],
  ['postalCode', 'Kod pocztowy'],
  ['town', 'Miejscowość'],
  ['regon', 'REGON'],
  ['nip', 'NIP'],
  ['email', 'Adres e-mail'],
  ['phone', 'Telefon'],
  ['platformDomain', 'Domena systemu teleinformatycznego'],
  ['epuapLogin', 'Login użytkownika ePUAP'],
  ['epuapOrgId', 'Identyfikator podmiotu publicznego'],
];

/** A Vue-like app mounted in a custom element's open shadow root: v-model.lazy.trim, role radios, "tylko litery i cyfry" rules. */
function mcShadowLazy(): CorpusVariant {
  const keys: McKey[] = [...BASE_ROWS.map((r) => r[0]), 'signatoryName', 'signatoryRole'];
  const ak = allKeys(keys);
  const rows = [
    ...BASE_ROWS,
    ['signatoryName', 'Imię i nazwisko wójta / burmistrza / prezydenta'] as [McKey, string],
  ];
  const tpl = `<style>.r{margin:10px 0}.r label{display:block;font-weight:600}.r input{width:100%;max-width:480px;padding:5px}.h{color:#666;font-size:12px}</style>
<form id="f" novalidate><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
${rows.map(([k, l]) => `<div class="r"><label for="v-${k}">${l}</label><input id="v-${k}" name="${k}" required></div>`).join('')}
<fieldset><legend>Stanowisko osoby podpisującej</legend>${['Wójt', 'Burmistrz', 'Prezydent Miasta'].map((r, i) => `<label><input type="radio" name="stanowisko" id="v-rola-${i}" value="${r}"> ${r}</label>`).join(' ')}</fieldset>
<h2>Hasła</h2><p class="h" id="v-zasady">Hasło: od 8 do 16 znaków, tylko litery i cyfry (bez polskich znaków i znaków specjalnych).</p>
<div class="r"><label for="v-hu">Hasło do unieważnienia certyfikatu</label><input type="password" id="v-hu" maxlength="16" pattern="[A-Za-z0-9]{8,16}" aria-describedby="v-zasady" required></div>
<div class="r"><label for="v-hu2">Powtórz hasło do unieważnienia certyfikatu</label><input type="password" id="v-hu2" maxlength="16" required></div>
<div class="r"><label for="v-hp">Hasło do pliku z kluczem (.p12)</label><input type="password" id="v-hp" maxlength="16" pattern="[A-Za-z0-9]{8,16}" aria-describedby="v-zasady" required></div>
<div class="r"><label for="v-hp2">Powtórz hasło do pliku z kluczem (.p12)</label><input type="password" id="v-hp2" maxlength="16" required></div>
<label><input type="checkbox" id="v-zgoda"> Potwierdzam zgodność danych</label>
<p><button type="submit">Wyślij</button></p></form>`;
  const fields = [
    ...rows.map(([k]) => ({ key: k, id: `v-${k}`, o: { on: 'change', trim: true } })),
    { key: 'revokePassword', id: 'v-hu', o: { on: 'change' } },
    { key: 'revokePasswordRepeat', id: 'v-hu2', o: { on: 'change' } },
    { key: 'p12Password', id: 'v-hp', o: { on: 'change' } },
    { key: 'p12PasswordRepeat', id: 'v-hp2', o: { on: 'change' } },
    { key: 'consent', id: 'v-zgoda', kind: 'check' },
  ];
  const boot = `
var S = B2.store(${js(ak)});
var host = document.querySelector('mc-wniosek');
var root = host.attachShadow({ mode: 'open' });
root.innerHTML = ${js(tpl)};
B2.bindAll(S, ${js(fields)}, root);
B2.radios(root, 'stanowisko', S, 'signatoryRole');
B2.guardForms(root, S);
var RULE = function (v) { return /^[A-Za-z0-9]{8,16}$/.test(v); };
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([root]) && B2.pwOk(S, RULE); });
`;
  const script: ScriptStep[] = rows.flatMap(([k]) => [
    fill(`mc-wniosek #v-${k}`, V[k] as string),
    press(`mc-wniosek #v-${k}`, 'Tab'),
  ]);
  script.push(
    check('mc-wniosek #v-rola-0'),
    fill('mc-wniosek #v-hu', PW_A),
    fill('mc-wniosek #v-hu2', PW_A),
    fill('mc-wniosek #v-hp', PW_B),
    fill('mc-wniosek #v-hp2', PW_B),
    press('mc-wniosek #v-hp2', 'Tab'),
  );
  return {
    id: 'blind2-mc-shadow-vue-lazy',
    form: 'mc',
    description:
      'A Vue-like app mounted inside <mc-wniosek>\'s open shadow root: every field v-model.lazy.trim (the model moves only on change), Stanowisko as three radios, long "Powtórz hasło do …" labels, rules "tylko litery i cyfry (bez polskich znaków i znaków specjalnych)" with maxlength 16.',
    dimensions: {
      framework: 'vue-in-shadow',
      container: 'shadow',
      events: 'change-lazy',
      role: 'radios',
      passwords: 'alnum-only',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Wniosek o certyfikat ePUAP',
        'body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:10px 20px 60px}',
        '<header><b>Ministerstwo Cyfryzacji</b></header><mc-wniosek></mc-wniosek>',
        boot,
      ),
    },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** Ant Design form: title attributes on labels, Input.Password in an affix wrapper with an eye toggle, errors under fields, role Select. */
function mcAnt(): CorpusVariant {
  const keys: McKey[] = [
    ...BASE_ROWS.map((r) => r[0]),
    'signatoryFirstName',
    'signatoryLastName',
    'signatoryRole',
  ];
  const ak = allKeys(keys);
  const rows = [...BASE_ROWS, ['signatoryFirstName', 'Imię'], ['signatoryLastName', 'Nazwisko']] as [
    McKey,
    string,
  ][];
  const item = (id: string, l: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label for="${id}" class="ant-form-item-required" title="${l}">${l}</label></div><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div><div class="ant-form-item-explain" id="${id}_help"></div></div></div></div>`;
  const pw = (id: string, l: string) =>
    item(
      id,
      l,
      `<span class="ant-input-affix-wrapper ant-input-password"><input id="${id}" type="password" class="ant-input" autocomplete="new-password" required minlength="12" aria-required="true"><span class="ant-input-suffix"><span role="img" aria-label="eye-invisible" tabindex="-1" class="anticon anticon-eye-invisible ant-input-password-icon" data-for="${id}">◌</span></span></span>`,
    );
  const body = `<div class="ant-layout"><main class="ant-layout-content"><h2>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h2>
<form id="wniosek" class="ant-form ant-form-horizontal">
${rows.map(([k, l]) => item(`wniosek_${k}`, l, `<input id="wniosek_${k}" class="ant-input" type="text" aria-required="true" required value="">`)).join('\n')}
${item('wniosek_stanowisko', 'Stanowisko', `<div class="ant-select ant-select-single" id="stanowisko-sel"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="wniosek_stanowisko" readonly unselectable="on" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" aria-required="true" value="" style="opacity:0"></span><span class="ant-select-selection-placeholder">Wybierz stanowisko</span></div></div>`)}
<div class="ant-alert ant-alert-info" role="alert">Hasła: co najmniej 12 znaków, w tym wielka litera, cyfra i znak specjalny. Hasło do pliku p12 przekażesz administratorowi systemu.</div>
${pw('wniosek_hasloUniewaznienia', 'Hasło unieważnienia')}${pw('wniosek_hasloUniewaznieniaPowtorz', 'Powtórz hasło unieważnienia')}
${pw('wniosek_hasloP12', 'Hasło pliku p12')}${pw('wniosek_hasloP12Powtorz', 'Powtórz hasło pliku p12')}
<div class="ant-form-item"><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input id="wniosek_zgoda" type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span><span>Oświadczam, że dane są zgodne z wnioskiem</span></label></div>
<button type="submit" class="ant-btn ant-btn-primary">Wyślij</button></form></main></div>
<div class="cookie-bar">Korzystamy z plików cookie. Pozostając na stronie, zgadzasz się na ich użycie.</div>`;
  const fields = [
    ...rows.map(([k]) => ({ key: k, id: `wniosek_${k}`, o: { react: true } })),
    { key: 'revokePassword', id: 'wniosek_hasloUniewaznienia', o: { react: true } },
    { key: 'revokePasswordRepeat', id: 'wniosek_hasloUniewaznieniaPowtorz', o: { react: true } },
    { key: 'p12Password', id: 'wniosek_hasloP12', o: { react: true } },
    { key: 'p12PasswordRepeat', id: 'wniosek_hasloP12Powtorz', o: { react: true } },
  ];
  const roles = ['Wójt', 'Burmistrz', 'Prezydent miasta', 'Starosta', 'Marszałek'];
  const boot = `
var S = B2.store(${js(ak)});
B2.guardForms(document, S);
var F = ${js(fields)};
var RULE = function (v) { return v.length >= 12 && /[A-Z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v); };
F.forEach(function (f) {
  f.o.check = function (v, el) { return !v ? 'Proszę uzupełnić pole' : (el.type === 'password' && !/Powtorz$/.test(el.id) && !RULE(v) ? 'Hasło nie spełnia wymagań' : ''); };
  f.o.error = function (el, msg) { document.getElementById(el.id + '_help').innerHTML = msg ? '<div class="ant-form-item-explain-error">' + B2.esc(msg) + '</div>' : ''; };
});
B2.bindAll(S, F, document);
B2.check(document.getElementById('wniosek_zgoda'), S, 'consent');
Array.prototype.forEach.call(document.querySelectorAll('.ant-input-password-icon'), function (i) {
  i.addEventListener('click', function () { var el = document.getElementById(i.getAttribute('data-for')); el.type = el.type === 'password' ? 'text' : 'password'; i.setAttribute('aria-label', el.type === 'password' ? 'eye-invisible' : 'eye'); });
});
var ROLES = ${js(roles.map((r) => ({ v: r, t: r })))};
var sel = document.getElementById('stanowisko-sel'); var si = document.getElementById('wniosek_stanowisko');
B2.popup({
  trigger: sel.querySelector('.ant-select-selector'), keyTarget: si, options: ROLES, openOn: 'mousedown', controls: 'wniosek_stanowisko_list',
  panel: function () { var d = document.createElement('div'); d.style.position = 'absolute'; d.style.top = '0'; d.style.left = '0'; d.style.width = '100%'; d.innerHTML = '<div class="ant-select-dropdown"><div role="listbox" id="wniosek_stanowisko_list"></div><div class="rc-virtual-list"><div class="rc-virtual-list-holder-inner"></div></div></div>'; return d; },
  itemsIn: '.rc-virtual-list-holder-inner', placeIn: '.ant-select-dropdown',
  item: function (x, i, on) { return '<div class="ant-select-item ant-select-item-option" title="' + B2.esc(x.t) + '" role="option" aria-selected="' + on + '" data-b2-v="' + B2.esc(x.v) + '"><div class="ant-select-item-option-content">' + B2.esc(x.t) + '</div></div>'; },
  current: function () { return S.get('signatoryRole'); },
  pick: function (x) { S.set('signatoryRole', x.v); var ph = sel.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item'); ph.className = 'ant-select-selection-item'; ph.textContent = x.t; }
});
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([document]) && B2.pwOk(S, RULE); });
`;
  const css = `body{font-family:-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f5f5}.ant-layout-content{max-width:820px;margin:20px auto;background:#fff;padding:20px 28px 120px}
.ant-form-item{margin-bottom:16px}.ant-form-item-row{display:flex}.ant-form-item-label{width:240px;text-align:right;padding-right:10px}.ant-form-item-control{flex:1}
.ant-form-item-required::before{content:"*";color:#ff4d4f;margin-right:4px}.ant-input{border:1px solid #d9d9d9;border-radius:6px;padding:4px 11px;width:100%;box-sizing:border-box}
.ant-input-affix-wrapper{display:flex;border:1px solid #d9d9d9;border-radius:6px;padding:0 8px 0 0}.ant-input-affix-wrapper .ant-input{border:0}.ant-form-item-explain-error{color:#ff4d4f}
.ant-select-selector{border:1px solid #d9d9d9;border-radius:6px;padding:4px 11px;position:relative;cursor:pointer;min-height:22px}.ant-select-selection-search{position:absolute;inset:0}.ant-select-selection-search-input{width:100%;height:100%;border:0;cursor:pointer}
.ant-select-dropdown{background:#fff;box-shadow:0 6px 16px rgba(0,0,0,.1);z-index:1050;padding:4px}.ant-select-item{padding:5px 12px;cursor:pointer}.ant-alert-info{background:#e6f4ff;border:1px solid #91caff;padding:8px 12px;margin:12px 0}`;
  const script: ScriptStep[] = rows.map(([k]) => fill(`#wniosek_${k}`, V[k] as string));
  script.push(
    click('#stanowisko-sel .ant-select-selector'),
    click('.ant-select-item[title="Wójt"]'),
    fill('#wniosek_hasloUniewaznienia', PW_A_SPECIAL),
    fill('#wniosek_hasloUniewaznieniaPowtorz', PW_A_SPECIAL),
    fill('#wniosek_hasloP12', PW_B_SPECIAL),
    fill('#wniosek_hasloP12Powtorz', PW_B_SPECIAL),
  );
  return {
    id: 'blind2-mc-ant-password-affix',
    form: 'mc',
    description:
      'Ant Design MC form: right-aligned labels with title attributes and CSS asterisks, React-tracked inputs, Input.Password in affix wrappers with an eye icon, errors under fields on blur, Stanowisko as an Ant Select (mousedown; a transparent readonly search input), rules 12+ upper, digit, special in an alert, a cookie bar without a button.',
    dimensions: {
      framework: 'ant-design',
      events: 'react-tracker',
      role: 'ant-select',
      signatory: 'split',
      passwords: 'affix-wrapper-special',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat', css, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** Form-associated <mc-field> elements (ElementInternals) inside two nested shadow roots, each with its own label and input. */
function mcFacNested(): CorpusVariant {
  const keys: McKey[] = [...BASE_ROWS.map((r) => r[0]), 'signatoryName', 'signatoryRole'];
  const ak = allKeys(keys);
  const rows: [string, string, string][] = [
    ...BASE_ROWS.map(([k, l]) => [k, l, 'text'] as [string, string, string]),
    ['signatoryName', 'Imię i nazwisko osoby podpisującej', 'text'],
    ['signatoryRole', 'Stanowisko osoby podpisującej', 'text'],
  ];
  const pws: [string, string][] = [
    ['revokePassword', 'Hasło do unieważnienia'],
    ['revokePasswordRepeat', 'Powtórzenie hasła do unieważnienia'],
    ['p12Password', 'Hasło do pliku p12'],
    ['p12PasswordRepeat', 'Powtórzenie hasła do pliku p12'],
  ];
  const boot = `
var S = B2.store(${js(ak)});
function def(n, c) { if (!customElements.get(n)) customElements.define(n, c); }
var McField = class extends HTMLElement {
  constructor() { super(); this._i = this.attachInternals ? this.attachInternals() : null; this._v = ''; }
  get value() { return this._v; }
  set value(v) { this._v = String(v); var c = this.shadowRoot && this.shadowRoot.querySelector('input'); if (c) c.value = this._v; this._report(); }
  get name() { return this.getAttribute('name'); }
  checkValidity() { var c = this.shadowRoot && this.shadowRoot.querySelector('input'); return c ? c.checkValidity() : false; }
  _report() { if (!this._i) return; this._i.setFormValue(this._v); var c = this.shadowRoot.querySelector('input'); this._i.setValidity(c.validity.valid ? {} : { customError: true }, c.validationMessage || 'Błąd', c); }
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' }); var me = this;
    var t = this.getAttribute('type') || 'text';
    r.innerHTML = '<style>:host{display:block;margin:10px 0}label{display:block;font-weight:600}input{width:100%;max-width:460px;padding:5px}</style><label for="c">' + this.getAttribute('label') + '</label><input id="c" type="' + t + '" required' + (this.getAttribute('pattern') ? ' pattern="' + this.getAttribute('pattern') + '"' : '') + '>';
    var c = r.getElementById('c');
    c.addEventListener('input', function () { me._v = c.value; me._report(); me.dispatchEvent(new CustomEvent('mc-input', { bubbles: true, composed: true, detail: { name: me.getAttribute('name'), value: c.value } })); });
    this._report();
  }
};
McField.formAssociated = true;
def('mc-field', McField);
def('mc-section', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' });
    r.innerHTML = '<style>section{border-top:2px solid #345;margin:16px 0;padding-top:6px}</style><section><h2>' + this.getAttribute('heading') + '</h2><div id="pola"></div></section>';
    var box = r.getElementById('pola'); var fields = JSON.parse(this.getAttribute('fields'));
    fields.forEach(function (f) { var el = document.createElement('mc-field'); el.setAttribute('name', f[0]); el.setAttribute('label', f[1]); el.setAttribute('type', f[2]); if (f[3]) el.setAttribute('pattern', f[3]); box.appendChild(el); });
  }
});
var app = document.getElementById('aplikacja').attachShadow({ mode: 'open' });
function sec(h, f) { return '<mc-section heading="' + h + '" fields=\\'' + JSON.stringify(f) + '\\'></mc-section>'; }
app.innerHTML = '<form id="f" novalidate><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>' +
  sec('Dane wnioskodawcy', ${js(rows.slice(0, 9))}) + sec('Dane systemu i osoby podpisującej', ${js(rows.slice(9))}) +
  sec('Hasła (10–24 znaki, litery i cyfry, co najmniej jedna cyfra)', ${js(pws.map(([k, l]) => [k, l, 'password', '(?=.*[0-9])[A-Za-z0-9]{10,24}']))}) +
  '<p><label><input type="checkbox" id="zgoda"> Potwierdzam, że dane są zgodne z wnioskiem</label></p><button type="submit">Wyślij</button></form>';
app.addEventListener('mc-input', function (e) { S.set(e.detail.name, e.detail.value); });
B2.check(app.getElementById('zgoda'), S, 'consent');
B2.guardForms(app, S);
function fieldsAll() { var out = []; Array.prototype.forEach.call(app.querySelectorAll('mc-section'), function (s) { if (s.shadowRoot) out = out.concat(Array.prototype.slice.call(s.shadowRoot.querySelectorAll('mc-field'))); }); return out; }
var RULE = function (v) { return /^[A-Za-z0-9]{10,24}$/.test(v) && /[0-9]/.test(v); };
B2.expose(S, function () { var fs = fieldsAll(); return fs.length > 0 && B2.filled(S, ${req(ak)}) && fs.every(function (f) { return f.checkValidity(); }) && B2.pwOk(S, RULE); });
`;
  const script: ScriptStep[] = rows.map(([k]) => fill(`mc-field[name="${k}"] input`, V[k] as string));
  script.push(
    fill('mc-field[name="revokePassword"] input', PW_A),
    fill('mc-field[name="revokePasswordRepeat"] input', PW_A),
    fill('mc-field[name="p12Password"] input', PW_B),
    fill('mc-field[name="p12PasswordRepeat"] input', PW_B),
  );
  return {
    id: 'blind2-mc-form-associated-nested-shadow',
    form: 'mc',
    description:
      "Form-associated <mc-field> custom elements (ElementInternals, setFormValue/setValidity) created by <mc-section> components inside the app's shadow root (two nested shadow levels), each with its own label and input in its shadow; values reach the app by composed events; rules 10–24 letters and digits with a digit.",
    dimensions: {
      framework: 'web-components',
      container: 'shadow-nested-2',
      widget: 'form-associated-custom-element',
      signatory: 'single',
      passwords: 'alnum-10-24',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Wniosek o certyfikat – Ministerstwo Cyfryzacji',
        'body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:10px 20px 60px}',
        '<div id="aplikacja"></div>',
        boot,
      ),
    },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** Re-rendered after every change (new nodes, generated ids), role radios, a live checklist of password rules. */
function mcRerender(): CorpusVariant {
  const keys: McKey[] = [
    ...BASE_ROWS.map((r) => r[0]),
    'signatoryFirstName',
    'signatoryLastName',
    'signatoryRole',
  ];
  const ak = allKeys(keys);
  const rows = [...BASE_ROWS, ['signatoryFirstName', 'Imię'], ['signatoryLastName', 'Nazwisko']] as [
    string,
    string,
  ][];
  const pws: [string, string][] = [
    ['revokePassword', 'Hasło do unieważnienia certyfikatu'],
    ['revokePasswordRepeat', 'Powtórz hasło do unieważnienia certyfikatu'],
    ['p12Password', 'Hasło do pliku .p12'],
    ['p12PasswordRepeat', 'Powtórz hasło do pliku .p12'],
  ];
  const roles = ['Wójt', 'Burmistrz', 'Prezydent Miasta'];
  const boot = `
var S = B2.store(${js(ak)});
var ROWS = ${js(rows)}; var PWS = ${js(pws)}; var ROLES = ${js(roles)};
var host = document.getElementById('app'); var gen = 0;
var RULES = [['co najmniej 14 znaków', function (v) { return v.length >= 14; }], ['wielka i mała litera', function (v) { return /[A-Z]/.test(v) && /[a-z]/.test(v); }], ['cyfra', function (v) { return /[0-9]/.test(v); }]];
function RULE(v) { return RULES.every(function (r) { return r[1](v); }); }
function render() {
  gen++; var g = 'c' + gen.toString(16) + '_';
  var h = '<form novalidate><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>';
  h += ROWS.map(function (r) { return '<div class="pole"><label for="' + g + r[0] + '">' + r[1] + '</label><input id="' + g + r[0] + '" name="' + r[0] + '" value="' + B2.esc(S.get(r[0])) + '" required></div>'; }).join('');
  h += '<fieldset><legend>Pełniona funkcja</legend>' + ROLES.map(function (r, i) { return '<label><input type="radio" name="signatoryRole" value="' + r + '"' + (S.get('signatoryRole') === r ? ' checked' : '') + '> ' + r + '</label>'; }).join(' ') + '</fieldset>';
  h += '<h2>Hasła</h2><ul class="reguly">' + RULES.map(function (r) { var a = S.get('revokePassword'); var b = S.get('p12Password'); var ok = a && b && r[1](a) && r[1](b); return '<li class="' + (ok ? 'ok' : 'brak') + '">' + (ok ? '✔ ' : '✘ ') + r[0] + '</li>'; }).join('') + '</ul>';
  h += PWS.map(function (r) { return '<div class="pole"><label for="' + g + r[0] + '">' + r[1] + '</label><input type="password" id="' + g + r[0] + '" name="' + r[0] + '" value="' + B2.esc(S.get(r[0])) + '" minlength="14" required></div>'; }).join('');
  h += '<p><label><input type="checkbox" name="consent"' + (S.get('consent') === 'true' ? ' checked' : '') + '> Potwierdzam zgodność danych z wnioskiem</label></p><button type="submit">Wyślij</button></form>';
  host.innerHTML = h;
  var f = host.querySelector('form');
  f.addEventListener('submit', function (e) { e.preventDefault(); S.submitted++; });
  Array.prototype.forEach.call(f.querySelectorAll('input'), function (el) {
    if (el.type === 'radio') el.addEventListener('change', function () { if (el.checked) S.set('signatoryRole', el.value); });
    else if (el.type === 'checkbox') el.addEventListener('change', function () { S.set('consent', String(el.checked)); });
    else el.addEventListener('input', function () { S.set(el.name, el.value); });
  });
}
var queued = false;
S.on(function () {
  if (queued) return; queued = true;
  Promise.resolve().then(function () {
    queued = false;
    var a = document.activeElement; var n = a && host.contains(a) ? a.name : ''; var pos = n && typeof a.selectionStart === 'number' ? a.selectionStart : null;
    render();
    if (n) { var el = host.querySelector('[name="' + n + '"]'); if (el) { el.focus(); if (pos != null && el.setSelectionRange) try { el.setSelectionRange(pos, pos); } catch (e) {} } }
  });
});
render();
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([host]) && B2.pwOk(S, RULE); });
`;
  const script: ScriptStep[] = rows.map(([k]) => fill(`input[name="${k}"]`, V[k] as string));
  script.push(
    check('input[name="signatoryRole"][value="Wójt"]'),
    fill('input[name="revokePassword"]', PW_A),
    fill('input[name="revokePasswordRepeat"]', PW_A),
    fill('input[name="p12Password"]', PW_B),
    fill('input[name="p12PasswordRepeat"]', PW_B),
  );
  return {
    id: 'blind2-mc-rerender-checklist',
    form: 'mc',
    description:
      'MC form rebuilt after every change (new nodes, ids c<gen>_… regenerated, names kept), Imię/Nazwisko, "Pełniona funkcja" radios, a live ✔/✘ checklist of password rules (14+, upper and lower, digit) redrawn with the form.',
    dimensions: {
      framework: 'vanilla-vdom',
      timing: 'rerender-every-change',
      role: 'radios',
      signatory: 'split',
      passwords: 'checklist-14',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Wniosek o certyfikat',
        'body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:10px 20px 60px}.pole{margin:8px 0}.pole label{display:block}.pole input{width:100%;max-width:460px}.ok{color:green}.brak{color:#a00}',
        '<div id="app"></div>',
        boot,
      ),
    },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function mcPagesC(): CorpusVariant[] {
  return [mcShadowLazy(), mcAnt(), mcFacNested(), mcRerender()];
}
