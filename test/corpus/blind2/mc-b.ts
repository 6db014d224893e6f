// MC certificate form pages: React/MUI controlled inputs, PrimeFaces with masks and p:password, fields in
// shadow roots with lazy models, a form loaded into a frame late, an async REGON check behind an overlay.

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import {
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
  shell,
  wait,
} from './page';

const PW_KEYS = ['revokePassword', 'revokePasswordRepeat', 'p12Password', 'p12PasswordRepeat'];
const V: Record<string, string> = { ...MC };

function allKeys(keys: McKey[]): string[] {
  return [...keys, ...PW_KEYS, 'consent'];
}
function req(keys: string[]): string {
  return js(keys.filter((k) => k !== 'consent'));
}

/** MUI/React: controlled TextFields (tracker), "Pokaż hasło" toggles, a strength meter, Stanowisko as MUI Select in a portal. */
function mcMui(): CorpusVariant {
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
    'signatoryName',
    'signatoryRole',
    'platformDomain',
    'epuapLogin',
    'epuapOrgId',
  ];
  const label: Record<string, string> = {
    applicant: 'Nazwa JST',
    regon: 'REGON',
    nip: 'NIP',
    street: 'Ulica',
    buildingNumber: 'Nr budynku',
    postalCode: 'Kod pocztowy',
    town: 'Miejscowość',
    email: 'E-mail',
    phone: 'Telefon',
    signatoryName: 'Osoba podpisująca wniosek (imię i nazwisko)',
    platformDomain: 'Domena lub IP systemu',
    epuapLogin: 'Login ePUAP',
    epuapOrgId: 'ID podmiotu ePUAP',
  };
  let n = 1;
  const ids: Record<string, string> = {};
  const tf = (k: string, l: string, t = 'text', extra = '') => {
    const id = `:r${(n++).toString(36)}:`;
    ids[k] = id;
    return `<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-formControl" data-shrink="false" for="${id}" id="${id}-label">${l}<span aria-hidden="true" class="MuiFormLabel-asterisk"> *</span></label><div class="MuiInputBase-root MuiOutlinedInput-root"><input aria-invalid="false" id="${id}" type="${t}" class="MuiInputBase-input MuiOutlinedInput-input" required value=""${extra}>${t === 'password' ? `<button class="MuiIconButton-root pokaz" type="button" aria-label="Pokaż hasło" data-for="${id}">👁</button>` : ''}</div>${t === 'password' && !extra.includes('repeat') ? `<p class="MuiFormHelperText-root sila" id="${id}-helper-text">Siła hasła: —</p>` : ''}<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${l}</span></legend></fieldset></div>`;
  };
  const rows = keys
    .filter((k) => k !== 'signatoryRole')
    .map((k) => tf(k, label[k] as string, k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'));
  const pw = [
    `<h3 class="MuiTypography-h6">Hasło unieważnienia</h3>`,
    tf('revokePassword', 'Hasło', 'password', ' autocomplete="new-password" minlength="10"'),
    tf('revokePasswordRepeat', 'Powtórz hasło', 'password', ' autocomplete="new-password" data-repeat="1"'),
    `<h3 class="MuiTypography-h6">Hasło do pliku PKCS#12</h3>`,
    tf('p12Password', 'Hasło', 'password', ' autocomplete="new-password" minlength="10"'),
    tf('p12PasswordRepeat', 'Powtórz hasło', 'password', ' autocomplete="new-password" data-repeat="1"'),
  ];
  const roles = ['Wójt', 'Burmistrz', 'Prezydent Miasta', 'Starosta', 'Skarbnik', 'Sekretarz'];
  const body = `<div id="root"><header class="MuiAppBar-root">Ministerstwo Cyfryzacji</header><main class="MuiContainer-root">
<h1 class="MuiTypography-h4">Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<form id="mc" novalidate>
${rows.slice(0, 9).join('\n')}
<h2 class="MuiTypography-h5">Osoba podpisująca</h2>${rows[9]}
<div class="MuiFormControl-root"><label class="MuiInputLabel-root" id="rola-label">Stanowisko<span aria-hidden="true" class="MuiFormLabel-asterisk"> *</span></label><div class="MuiInputBase-root MuiOutlinedInput-root MuiSelect-root"><div tabindex="0" role="combobox" aria-controls=":rs:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="rola-label rola" id="rola" class="MuiSelect-select MuiInputBase-input"><span class="notranslate">​</span></div><input aria-invalid="false" name="stanowisko" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="" required></div></div>
<h2 class="MuiTypography-h5">System</h2>${rows.slice(10).join('\n')}
<h2 class="MuiTypography-h5">Hasła</h2><p class="MuiTypography-body2">Minimum 10 znaków, w tym wielka litera, mała litera i cyfra. Znaki specjalne są dozwolone.</p>
${pw.join('\n')}
<label class="MuiFormControlLabel-root"><span class="MuiCheckbox-root"><input class="PrivateSwitchBase-input" type="checkbox" id="zgoda" data-indeterminate="false"></span><span class="MuiTypography-root">Akceptuję regulamin usługi i potwierdzam zgodność danych z wnioskiem</span></label>
<p><button class="MuiButton-contained" type="submit">Wyślij</button></p></form></main></div>`;
  const ak = allKeys(keys);
  const fields = Object.entries(ids).map(([key, id]) => ({ key, id, o: { react: true } }));
  const boot = `
var S = B2.store(${js(ak)});
B2.guardForms(document, S);
var FIELDS = ${js(fields)};
B2.bindAll(S, FIELDS, document);
B2.check(document.getElementById('zgoda'), S, 'consent');
function strength(v) { var s = 0; if (v.length >= 10) s++; if (/[A-Z]/.test(v) && /[a-z]/.test(v)) s++; if (/[0-9]/.test(v)) s++; if (/[^A-Za-z0-9]/.test(v)) s++; return ['bardzo słabe', 'słabe', 'średnie', 'dobre', 'silne'][s]; }
FIELDS.forEach(function (f) {
  var el = document.getElementById(f.id);
  el.addEventListener('focus', function () { document.getElementById(f.id + '-label').setAttribute('data-shrink', 'true'); });
  var help = document.getElementById(f.id + '-helper-text');
  if (help) S.on(function (k, v) { if (k === f.key) help.textContent = 'Siła hasła: ' + (v ? strength(v) : '—'); });
});
Array.prototype.forEach.call(document.querySelectorAll('.pokaz'), function (b) {
  b.addEventListener('click', function () { var i = document.getElementById(b.getAttribute('data-for')); var show = i.type === 'password'; i.type = show ? 'text' : 'password'; b.setAttribute('aria-label', show ? 'Ukryj hasło' : 'Pokaż hasło'); });
});
var ROLES = ${js(roles.map((r) => ({ v: r, t: r })))};
var sel = document.getElementById('rola'); var nat = sel.parentNode.querySelector('.MuiSelect-nativeInput');
B2.popup({
  trigger: sel, options: ROLES, openOn: 'mousedown', controls: ':rs:', dropControls: false, backdrop: '.MuiBackdrop-root',
  panel: function () { var p = document.createElement('div'); p.className = 'MuiPopover-root MuiMenu-root MuiModal-root'; p.setAttribute('role', 'presentation'); p.innerHTML = '<div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible"></div><div tabindex="-1" class="MuiPaper-root MuiMenu-paper"><ul class="MuiList-root MuiMenu-list" role="listbox" tabindex="-1" aria-labelledby="rola-label" id=":rs:"></ul></div>'; return p; },
  itemsIn: 'ul', placeIn: '.MuiPaper-root',
  item: function (x, i, on) { return '<li class="MuiMenuItem-root" tabindex="-1" role="option" aria-selected="' + on + '" data-value="' + x.v + '" data-b2-v="' + x.v + '">' + B2.esc(x.t) + '</li>'; },
  current: function () { return S.get('signatoryRole'); },
  pick: function (x) { S.set('signatoryRole', x.v); sel.textContent = x.t; nat.value = x.v; }
});
B2.track(nat);
['input', 'change'].forEach(function (n) { nat.addEventListener(n, function () {
  if (!nat.__b2t.changed()) return;
  var o = ROLES.filter(function (x) { return x.v === nat.value; })[0];
  if (o) { S.set('signatoryRole', o.v); sel.textContent = o.t; }
}); });
var RULE = function (v) { return v.length >= 10 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v); };
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([document]) && B2.pwOk(S, RULE); });
`;
  const css = `body{font-family:Roboto,Arial,sans-serif;margin:0}.MuiAppBar-root{background:#1976d2;color:#fff;padding:14px 24px}.MuiContainer-root{max-width:760px;margin:0 auto;padding:16px 24px 80px}
.MuiFormControl-root{display:flex;flex-direction:column;margin:14px 0;position:relative}.MuiInputLabel-root{font-size:13px;color:rgba(0,0,0,.6)}
.MuiInputBase-root{border:1px solid rgba(0,0,0,.23);border-radius:4px;padding:8px 12px;display:flex}.MuiInputBase-input{border:0;outline:0;flex:1;font:inherit}
.MuiOutlinedInput-notchedOutline{display:none}.MuiSelect-select{cursor:pointer;min-height:1.3em;width:100%}.MuiSelect-nativeInput{position:absolute;bottom:0;left:0;opacity:0;pointer-events:none;width:100%}
.MuiPopover-root{position:fixed;inset:0;z-index:1300}.MuiBackdrop-root{position:fixed;inset:0}.MuiPaper-root{position:absolute;background:#fff;box-shadow:0 4px 10px rgba(0,0,0,.3)}
.MuiMenuItem-root{list-style:none;padding:8px 16px;cursor:pointer}.MuiList-root{margin:0;padding:6px 0}.pokaz{border:0;background:none}`;
  const script: ScriptStep[] = keys
    .filter((k) => k !== 'signatoryRole')
    .map((k) => fill(`[id="${ids[k]}"]`, V[k] as string));
  script.push(
    click('#rola'),
    click('[id=":rs:"] li >> text="Wójt"'),
    fill(`[id="${ids.revokePassword}"]`, PW_A),
    fill(`[id="${ids.revokePasswordRepeat}"]`, PW_A),
    fill(`[id="${ids.p12Password}"]`, PW_B),
    fill(`[id="${ids.p12PasswordRepeat}"]`, PW_B),
  );
  return {
    id: 'blind2-mc-mui-controlled',
    form: 'mc',
    description:
      'MUI/React MC form: controlled TextFields behind the value tracker with base-36 useId ids, a notched-outline legend repeating each label, Stanowisko as an MUI Select opening on mousedown into a portal with a hidden native input, "Pokaż hasło" buttons that flip the type, strength meter helper text, consent labelled "Akceptuję regulamin…".',
    dimensions: {
      framework: 'mui-react',
      events: 'react-tracker',
      role: 'mui-select-portal',
      signatory: 'single',
      passwords: 'min10-upper-lower-digit',
    },
    origin: 'hand',
    files: { 'index.html': doc('Certyfikat ePUAP – formularz', css, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** JSF/PrimeFaces: colon ids, p:inputMask (postal 99-999, phone 99 999 99 99), p:password with a feedback panel in body, p:selectOneMenu role. */
function mcPrimefaces(): CorpusVariant {
  const ns = 'wniosekForm';
  const rows: [McKey, string, string][] = [
    ['applicant', 'Nazwa podmiotu', ''],
    ['street', 'Ulica', ''],
    ['buildingNumber', 'Numer budynku/lokalu', ''],
    ['postalCode', 'Kod pocztowy', 'postal'],
    ['town', 'Poczta / miejscowość', ''],
    ['regon', 'REGON', ''],
    ['nip', 'NIP', ''],
    ['email', 'Adres e-mail', ''],
    ['phone', 'Telefon stacjonarny', 'phone'],
    ['platformDomain', 'Adres domeny systemu', ''],
    ['epuapLogin', 'Nazwa użytkownika ePUAP', ''],
    ['epuapOrgId', 'Identyfikator podmiotu ePUAP', ''],
    ['signatoryFirstName', 'Imię osoby upoważnionej', ''],
    ['signatoryLastName', 'Nazwisko osoby upoważnionej', ''],
  ];
  const keys: McKey[] = [...rows.map((r) => r[0]), 'signatoryRole'];
  const ak = allKeys(keys);
  const id = (s: string) => `${ns}:${s}`;
  const tr = rows
    .map(
      ([k, l, m]) =>
        `<tr class="ui-widget-content"><td class="ui-panelgrid-cell"><label class="ui-outputlabel ui-widget${k === 'email' ? '' : ' ui-required'}" for="${id(k)}">${l}<span class="ui-outputlabel-rfi">*</span></label></td><td class="ui-panelgrid-cell"><input id="${id(k)}" name="${id(k)}" type="text" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all${m ? ' ui-inputmask' : ''}" aria-required="true" required${m === 'postal' ? ' placeholder="__-___"' : m === 'phone' ? ' placeholder="__ ___ __ __"' : ''}></td><td><div id="${id(k)}Msg" class="ui-message" aria-live="polite"></div></td></tr>`,
    )
    .join('\n');
  const roles = ['Wójt', 'Burmistrz', 'Prezydent miasta', 'Zastępca wójta', 'Sekretarz gminy'];
  const menu = `<div id="${id('rola')}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all"><div class="ui-helper-hidden-accessible"><input id="${id('rola')}_focus" name="${id('rola')}_focus" type="text" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id('rolaLbl')}" readonly></div><div class="ui-helper-hidden-accessible"><select id="${id('rola')}_input" name="${id('rola')}_input" tabindex="-1" aria-hidden="true"><option value="">-- wybierz --</option>${roles.map((r) => `<option value="${r}">${r}</option>`).join('')}</select></div><label id="${id('rola')}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">-- wybierz --</label><div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div></div>`;
  const pwRow = (k: string, l: string) =>
    `<tr class="ui-widget-content"><td><label class="ui-outputlabel" for="${id(k)}">${l}<span class="ui-outputlabel-rfi">*</span></label></td><td><input id="${id(k)}" name="${id(k)}" type="password" class="ui-password ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" autocomplete="off" required maxlength="16" minlength="8" aria-describedby="${id('zasady')}"></td><td></td></tr>`;
  const body = `<div class="layout-wrapper"><div class="topbar">Ministerstwo Cyfryzacji — Centrum Certyfikacji ePUAP</div>
<form id="${ns}" name="${ns}" method="post" action="/certyfikat/wniosek.xhtml" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="${ns}" value="${ns}">
<h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<div id="${id('komunikaty')}" class="ui-messages ui-widget" aria-live="polite"></div>
<table class="ui-panelgrid ui-widget" role="grid"><tbody>${tr}
<tr class="ui-widget-content"><td><label id="${id('rolaLbl')}" class="ui-outputlabel">Stanowisko osoby upoważnionej<span class="ui-outputlabel-rfi">*</span></label></td><td>${menu}</td><td></td></tr>
</tbody></table>
<h2>Hasła</h2><p id="${id('zasady')}" class="ui-outputlabel">Od 8 do 16 znaków. Dozwolone są tylko litery i cyfry; hasło musi zawierać co najmniej jedną cyfrę.</p>
<table class="ui-panelgrid ui-widget"><tbody>
${pwRow('hasloUniewaznienia', 'Hasło do unieważnienia')}${pwRow('hasloUniewaznieniaPowt', 'Powtórz hasło do unieważnienia')}
${pwRow('hasloP12', 'Hasło do pliku p12')}${pwRow('hasloP12Powt', 'Powtórz hasło do pliku p12')}
</tbody></table>
<div class="ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="${id('zgoda')}_input" name="${id('zgoda')}_input" type="checkbox" aria-checked="false"></div><div class="ui-chkbox-box ui-widget ui-corner-all ui-state-default"><span class="ui-chkbox-icon ui-icon ui-icon-blank ui-c"></span></div><label for="${id('zgoda')}_input" class="ui-chkbox-label">Oświadczam, że powyższe dane są zgodne z wnioskiem</label></div>
<p><button id="${id('zapisz')}" name="${id('zapisz')}" class="ui-button ui-widget" type="submit"><span class="ui-button-text">Zapisz i wyślij</span></button></p>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="4419388123541234520:-2208815447654319511" autocomplete="off">
</form></div>`;
  const fields = [
    ...rows.map(([k, , m]) => ({ key: k, id: id(k), o: m ? { mask: m, on: 'change' } : { on: 'change' } })),
    { key: 'revokePassword', id: id('hasloUniewaznienia'), o: { on: 'change' } },
    { key: 'revokePasswordRepeat', id: id('hasloUniewaznieniaPowt'), o: { on: 'change' } },
    { key: 'p12Password', id: id('hasloP12'), o: { on: 'change' } },
    { key: 'p12PasswordRepeat', id: id('hasloP12Powt'), o: { on: 'change' } },
    { key: 'consent', id: `${id('zgoda')}_input`, kind: 'check' },
  ];
  const boot = `
var NS = ${js(ns)};
function byId(s) { return document.getElementById(NS + ':' + s); }
var S = B2.store(${js(ak)});
B2.guardForms(document, S);
B2.bindAll(S, ${js(fields)}, document);
// p:password feedback: a panel appended to body while the field has focus
Array.prototype.forEach.call(document.querySelectorAll('input.ui-password'), function (el) {
  var p = null;
  function score(v) { return !v ? 'Wpisz hasło' : v.length < 8 ? 'Słabe' : /[0-9]/.test(v) && /[A-Za-z]/.test(v) ? 'Dobre' : 'Średnie'; }
  el.addEventListener('focus', function () { p = document.createElement('div'); p.id = el.id + '_panel'; p.className = 'ui-password-panel ui-widget ui-state-highlight ui-corner-all ui-input-overlay'; p.innerHTML = '<div class="ui-password-meter"></div><div class="ui-password-info">' + score(el.value) + '</div>'; document.body.appendChild(p); B2.place(p, el); });
  el.addEventListener('input', function () { if (p) p.querySelector('.ui-password-info').textContent = score(el.value); });
  el.addEventListener('blur', function () { if (p) { p.remove(); p = null; } });
});
// p:selectOneMenu
var menu = byId('rola'); var nat = byId('rola_input'); var lab = byId('rola_label'); var foc = byId('rola_focus');
var OPTS = Array.prototype.map.call(nat.options, function (o) { return { v: o.value, t: o.textContent }; });
B2.popup({
  trigger: menu, keyTarget: foc, options: OPTS,
  panel: function () { var p = document.createElement('div'); p.id = NS + ':rola_panel'; p.className = 'ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay'; p.style.display = 'block'; p.innerHTML = '<div class="ui-selectonemenu-items-wrapper"><ul id="' + NS + ':rola_items" class="ui-selectonemenu-items ui-selectonemenu-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox"></ul></div>'; return p; },
  itemsIn: 'ul',
  item: function (x, i, on) { return '<li class="ui-selectonemenu-item ui-selectonemenu-list-item ui-corner-all' + (on ? ' ui-state-highlight' : '') + '" data-label="' + B2.esc(x.t) + '" tabindex="-1" role="option" aria-selected="' + on + '" id="' + NS + ':rola_' + (i + 1) + '" data-b2-v="' + B2.esc(x.v) + '">' + B2.esc(x.t) + '</li>'; },
  current: function () { return S.get('signatoryRole'); },
  pick: function (x) { lab.textContent = x.t; nat.value = x.v; nat.dispatchEvent(new Event('change', { bubbles: true })); }
});
nat.addEventListener('change', function () { S.set('signatoryRole', nat.value); lab.textContent = nat.value || '-- wybierz --'; });
// the consent box toggles the hidden checkbox
var box = document.querySelector('.ui-chkbox-box'); var cb = byId('zgoda_input');
box.addEventListener('click', function () { cb.checked = !cb.checked; cb.dispatchEvent(new Event('change', { bubbles: true })); });
cb.addEventListener('change', function () { box.classList.toggle('ui-state-active', cb.checked); cb.setAttribute('aria-checked', String(cb.checked)); });
var RULE = function (v) { return /^[A-Za-z0-9]{8,16}$/.test(v) && /[0-9]/.test(v); };
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([document]) && B2.pwOk(S, RULE); });
`;
  const css = `body{font-family:Arial,sans-serif;font-size:13px;margin:0}.topbar{background:#274b7a;color:#fff;padding:10px 20px}form{max-width:900px;margin:0 auto;padding:10px 20px 70px}
.ui-panelgrid td{padding:4px 8px}.ui-outputlabel-rfi{color:#c00}.ui-inputfield{width:340px;padding:3px}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-selectonemenu{display:inline-block;border:1px solid #a8a8a8;min-width:200px;position:relative;cursor:pointer}.ui-selectonemenu-label{display:block;border:0;padding:3px;width:auto}
.ui-selectonemenu-trigger{position:absolute;right:0;top:0;width:20px}.ui-selectonemenu-panel{background:#fff;border:1px solid #a8a8a8;z-index:1002}.ui-selectonemenu-items{list-style:none;margin:0;padding:2px}.ui-selectonemenu-item{padding:3px 6px;cursor:pointer}
.ui-password-panel{background:#ffe;border:1px solid #cc9;padding:4px;z-index:1003}.ui-chkbox-box{display:inline-block;width:16px;height:16px;border:1px solid #888;vertical-align:middle;cursor:pointer}.ui-chkbox-box.ui-state-active{background:#274b7a}`;
  const q = (s: string) => `[id="${id(s)}"]`;
  const script: ScriptStep[] = rows.flatMap(([k]) => [fill(q(k), V[k] as string), press(q(k), 'Tab')]);
  script.push(
    click(q('rola')),
    click(`[id="${id('rola_items')}"] li[data-label="Wójt"]`),
    fill(q('hasloUniewaznienia'), PW_A),
    press(q('hasloUniewaznienia'), 'Tab'),
    fill(q('hasloUniewaznieniaPowt'), PW_A),
    press(q('hasloUniewaznieniaPowt'), 'Tab'),
    fill(q('hasloP12'), PW_B),
    press(q('hasloP12'), 'Tab'),
    fill(q('hasloP12Powt'), PW_B),
    press(q('hasloP12Powt'), 'Tab'),
  );
  return {
    id: 'blind2-mc-primefaces-inputmask',
    form: 'mc',
    description:
      'JSF/PrimeFaces MC form: "wniosekForm:…" ids, panelGrid rows with message cells, p:inputMask postal code and phone, values committed on change, p:password whose feedback panel is appended to body on focus, Stanowisko as p:selectOneMenu (hidden select kept in sync), p:selectBooleanCheckbox consent, rules "tylko litery i cyfry" 8–16 with a digit.',
    dimensions: {
      framework: 'jsf-primefaces',
      ids: 'colons',
      masks: 'postal+phone',
      role: 'selectonemenu',
      signatory: 'split',
      passwords: 'alnum-8-16',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat', css, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** A form fetched into an iframe 1.2 s after load; repeated passwords validated on blur ("Hasła nie są identyczne"); login lower-cased. */
function mcLateFrame(): CorpusVariant {
  const keys: McKey[] = [
    'applicant',
    'street',
    'buildingNumber',
    'postalCode',
    'town',
    'regon',
    'nip',
    'email',
    'phone',
    'platformDomain',
    'epuapLogin',
    'epuapOrgId',
    'signatoryName',
    'signatoryRole',
  ];
  const labels: Record<string, string> = {
    applicant: 'Wnioskodawca',
    street: 'Ulica',
    buildingNumber: 'Numer',
    postalCode: 'Kod',
    town: 'Miejscowość',
    regon: 'REGON',
    nip: 'NIP',
    email: 'E-mail kontaktowy',
    phone: 'Telefon kontaktowy',
    platformDomain: 'Adres (domena) systemu',
    epuapLogin: 'Login w ePUAP',
    epuapOrgId: 'Identyfikator podmiotu',
    signatoryName: 'Imię i nazwisko',
    signatoryRole: 'Stanowisko',
  };
  const ak = allKeys(keys);
  const inner = doc(
    'Formularz',
    `body{font-family:Tahoma,sans-serif;font-size:13px;margin:0;padding:10px}.r{display:grid;grid-template-columns:220px 1fr;gap:6px;margin:6px 0}.blad{color:#c00;grid-column:2}input{width:320px}`,
    `<form id="f" autocomplete="off"><h2>Dane do certyfikatu</h2>
${keys.map((k) => `<div class="r"><label for="i-${k}">${labels[k]}:</label><input id="i-${k}" name="${k}" required></div>`).join('\n')}
<h2>Hasła</h2><p>Hasła: 8–20 znaków, co najmniej jedna litera i jedna cyfra.</p>
<div class="r"><label for="i-hu">Hasło unieważnienia:</label><input type="password" id="i-hu" required minlength="8" maxlength="20"></div>
<div class="r"><label for="i-hu2">Powtórz hasło unieważnienia:</label><input type="password" id="i-hu2" required><span class="blad" id="i-hu2-blad"></span></div>
<div class="r"><label for="i-hp">Hasło do p12:</label><input type="password" id="i-hp" required minlength="8" maxlength="20"></div>
<div class="r"><label for="i-hp2">Powtórz hasło do p12:</label><input type="password" id="i-hp2" required><span class="blad" id="i-hp2-blad"></span></div>
<p><label><input type="checkbox" id="i-zgoda" style="width:auto"> Potwierdzam poprawność danych</label></p>
<button type="submit">Wyślij</button></form>`,
    `var S = B2.store(${js(ak)});
B2.guardForms(document, S);
var F = ${js([...keys.map((k) => ({ key: k, id: `i-${k}`, o: k === 'epuapLogin' ? { lower: true, trim: true } : { trim: true } })), { key: 'revokePassword', id: 'i-hu', o: {} }, { key: 'revokePasswordRepeat', id: 'i-hu2', o: {} }, { key: 'p12Password', id: 'i-hp', o: {} }, { key: 'p12PasswordRepeat', id: 'i-hp2', o: {} }, { key: 'consent', id: 'i-zgoda', kind: 'check' }])};
F.forEach(function (f) {
  if (f.id !== 'i-hu2' && f.id !== 'i-hp2') return;
  var first = f.id === 'i-hu2' ? 'i-hu' : 'i-hp';
  f.o.check = function (v, el) { var bad = v && v !== document.getElementById(first).value ? 'Hasła nie są identyczne' : ''; el.setCustomValidity(bad); return bad; };
  f.o.error = function (el, msg) { document.getElementById(el.id + '-blad').textContent = msg; };
});
B2.bindAll(S, F, document);
var RULE = function (v) { return /[A-Za-z]/.test(v) && /[0-9]/.test(v) && v.length >= 8 && v.length <= 20; };
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([document]) && B2.pwOk(S, RULE); });`,
  );
  const top = shell(
    'Ministerstwo Cyfryzacji – wniosek o certyfikat',
    `body{margin:0;font-family:Tahoma,sans-serif}header{background:#333;color:#fff;padding:10px 18px}.szkielet{height:16px;background:#eee;margin:10px 18px;width:60%}iframe{width:100%;height:1200px;border:0}`,
    `<header>Ministerstwo Cyfryzacji · Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</header><div id="tresc"><div class="szkielet"></div><div class="szkielet"></div><div class="szkielet"></div></div>`,
    ['#formularz'],
    ak,
    `setTimeout(function () { var t = document.getElementById('tresc'); t.innerHTML = '<iframe id="formularz" title="Formularz" src="formularz.html"></iframe>'; }, 1200);`,
  );
  const fr = ['#formularz'];
  return {
    id: 'blind2-mc-late-frame-blur-check',
    form: 'mc',
    description:
      'MC form loaded into an iframe inserted 1.2 s after load behind a skeleton; grid rows with "Label:" colons, login lower-cased and every field trimmed on blur, repeats checked on blur with setCustomValidity("Hasła nie są identyczne"), rules 8–20 with a letter and a digit.',
    dimensions: {
      framework: 'plain',
      container: 'late-iframe',
      signatory: 'single',
      validation: 'blur-custom-validity',
      passwords: 'letter-digit',
    },
    origin: 'hand',
    files: { 'index.html': top, 'formularz.html': inner },
    script: [
      wait('#i-applicant', fr),
      ...keys.map((k) => fill(`#i-${k}`, V[k] as string, fr)),
      fill('#i-hu', PW_A, fr),
      fill('#i-hu2', PW_A, fr),
      press('#i-hu2', 'Tab', fr),
      fill('#i-hp', PW_B, fr),
      fill('#i-hp2', PW_B, fr),
      press('#i-hp2', 'Tab', fr),
    ],
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

/** Async REGON check: after the REGON changes a blocking overlay "Weryfikacja w GUS" covers the page for 1.2 s and fills nothing itself. */
function mcRegonOverlay(): CorpusVariant {
  const keys: McKey[] = [
    'regon',
    'applicant',
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
  const labels: Record<string, string> = {
    regon: 'REGON (po wpisaniu sprawdzimy go w rejestrze)',
    applicant: 'Nazwa',
    nip: 'NIP',
    street: 'Ulica',
    buildingNumber: 'Nr budynku',
    postalCode: 'Kod pocztowy',
    town: 'Miejscowość',
    email: 'E-mail',
    phone: 'Telefon',
    signatoryFirstName: 'Imię',
    signatoryLastName: 'Nazwisko',
    signatoryRole: 'Funkcja',
    platformDomain: 'Domena systemu',
    epuapLogin: 'Login ePUAP',
    epuapOrgId: 'Identyfikator ePUAP podmiotu',
  };
  const ak = allKeys(keys);
  const body = `<div class="sticky-top-bar">Ministerstwo Cyfryzacji · <b>Certyfikat do integracji z ePUAP</b></div>
<main><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<form id="f" novalidate>
${keys
  .map((k) =>
    k === 'signatoryRole'
      ? `<p><label for="x-${k}">${labels[k]}</label><select id="x-${k}" required><option value="">—</option><option value="wojt">Wójt</option><option value="burmistrz">Burmistrz</option><option value="prezydent">Prezydent miasta</option></select></p>`
      : `<p><label for="x-${k}">${labels[k]}</label><input id="x-${k}" type="${k === 'email' ? 'email' : 'text'}" required${k === 'regon' ? ' inputmode="numeric" maxlength="9"' : ''}></p><p class="stan" id="x-${k}-stan"></p>`,
  )
  .join('\n')}
<fieldset><legend>Hasło do odwołania (unieważnienia) certyfikatu</legend><p><label for="x-o1">Hasło</label><input type="password" id="x-o1" required pattern=".{12,}"></p><p><label for="x-o2">Potwierdź hasło</label><input type="password" id="x-o2" required></p></fieldset>
<fieldset><legend>Hasło do kontenera klucza (.p12)</legend><p><label for="x-k1">Hasło</label><input type="password" id="x-k1" required pattern=".{12,}"></p><p><label for="x-k2">Potwierdź hasło</label><input type="password" id="x-k2" required></p></fieldset>
<p class="zasady">Hasła muszą mieć co najmniej 12 znaków, w tym co najmniej jeden znak specjalny.</p>
<p><label><input type="checkbox" id="x-zgoda"> Zapoznałem się z informacją o przetwarzaniu danych osobowych</label></p>
<button type="submit">Wyślij wniosek</button></form></main>
<div class="cookie-bar" role="dialog" aria-label="Pliki cookie">Używamy plików cookie, aby serwis działał poprawnie. <a href="#">Więcej informacji</a></div>`;
  const fields = [
    ...keys.map((k) =>
      k === 'signatoryRole'
        ? { key: k, id: `x-${k}`, kind: 'select' }
        : { key: k, id: `x-${k}`, o: k === 'regon' ? { mask: 'regon', on: 'change' } : { on: 'change' } },
    ),
    { key: 'revokePassword', id: 'x-o1', o: {} },
    { key: 'revokePasswordRepeat', id: 'x-o2', o: {} },
    { key: 'p12Password', id: 'x-k1', o: {} },
    { key: 'p12PasswordRepeat', id: 'x-k2', o: {} },
    { key: 'consent', id: 'x-zgoda', kind: 'check' },
  ];
  const boot = `
var S = B2.store(${js(ak)});
B2.guardForms(document, S);
B2.bindAll(S, ${js(fields)}, document);
var regon = document.getElementById('x-regon');
regon.addEventListener('change', function () {
  var st = document.getElementById('x-regon-stan'); st.textContent = 'Weryfikacja numeru REGON…';
  B2.busy(1200, 'Weryfikacja numeru REGON w rejestrze GUS…');
  setTimeout(function () { st.textContent = /^[0-9]{9}$/.test(regon.value) ? 'Numer REGON poprawny.' : 'Nie znaleziono podmiotu o tym numerze.'; }, 1200);
});
var RULE = function (v) { return v.length >= 12 && /[^A-Za-z0-9]/.test(v); };
B2.expose(S, function () { return B2.filled(S, ${req(ak)}) && B2.validAll([document]) && B2.pwOk(S, RULE); });
`;
  const css = `body{font-family:sans-serif;margin:0}main{max-width:720px;margin:0 auto;padding:10px 20px 120px}label{display:block;font-weight:600}input[type=text],input[type=email],input[type=password],select{width:100%;max-width:520px;padding:5px}.stan{margin:0;color:#555;font-size:12px}`;
  const script: ScriptStep[] = [];
  for (const k of keys) {
    if (k === 'signatoryRole') script.push({ action: 'selectOption', selector: `#x-${k}`, value: 'Wójt' });
    else script.push(fill(`#x-${k}`, V[k] as string), press(`#x-${k}`, 'Tab'));
  }
  script.push(
    fill('#x-o1', PW_A_SPECIAL),
    fill('#x-o2', PW_A_SPECIAL),
    fill('#x-k1', PW_B_SPECIAL),
    fill('#x-k2', PW_B_SPECIAL),
  );
  const expected = mcExpected(keys);
  expected.signatoryRole = 'wojt';
  return {
    id: 'blind2-mc-regon-overlay-cookie',
    form: 'mc',
    description:
      'REGON first: on change a full-page blocking overlay "Weryfikacja numeru REGON w rejestrze GUS…" swallows clicks for 1.2 s; values committed on change (Tab needed), Imię/Nazwisko, Funkcja as a select with value "wojt", sticky header, a cookie bar over the bottom (no consent button), "Potwierdź hasło" repeats, rule 12+ with a special character.',
    dimensions: {
      framework: 'plain',
      overlay: 'blocking-async-check+cookie-bar',
      events: 'change',
      role: 'select-coded',
      passwords: 'min12-special',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat – Ministerstwo Cyfryzacji', css, body, boot) },
    script,
    expected,
    outcome: 'filled',
  };
}

export function mcPagesB(): CorpusVariant[] {
  return [mcMui(), mcPrimefaces(), mcLateFrame(), mcRegonOverlay()];
}
