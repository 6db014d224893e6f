// MC certificate form as a JSF/RichFaces page: every field is validated on the server when it loses
// focus (a queued ajax request re-renders the field's panel: same ids, new nodes, the server's message);
// the model takes a value only when it passes conversion and validation (REGON and NIP checksums,
// e-mail, domain); jQuery-maskedinput masks clear an incomplete postal code or phone on blur; the
// e-mail is typed twice; the role is a selectOneRadio table.

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { check, doc, fill, js, MC, mcExpected, mcKeys, PW_A, PW_B, press, wait } from './page';

type Row = { key: McKey | 'email2'; id: string; label: string; size?: number; mask?: string; hint?: string };

const ROWS: { panel: string; rows: Row[] }[] = [
  {
    panel: 'Dane wnioskodawcy',
    rows: [
      { key: 'applicant', id: 'nazwaWnioskodawcy', label: 'Nazwa wnioskodawcy', size: 50 },
      { key: 'regon', id: 'regon', label: 'REGON', size: 14 },
      { key: 'nip', id: 'nip', label: 'NIP', size: 14, hint: 'np. 123-456-78-90 lub 1234567890' },
      { key: 'street', id: 'ulica', label: 'Ulica', size: 40 },
      { key: 'buildingNumber', id: 'nrDomu', label: 'Nr domu', size: 6 },
      { key: 'postalCode', id: 'kodPocztowy', label: 'Kod pocztowy', size: 7, mask: '99-999' },
      { key: 'town', id: 'miejscowosc', label: 'Miejscowość', size: 30 },
    ],
  },
  {
    panel: 'Dane kontaktowe i system',
    rows: [
      { key: 'email', id: 'email', label: 'Adres e-mail', size: 40 },
      { key: 'email2', id: 'emailPowtorz', label: 'Powtórz adres e-mail', size: 40 },
      { key: 'phone', id: 'telefon', label: 'Telefon', size: 14, mask: '99 999 99 99' },
      {
        key: 'platformDomain',
        id: 'domena',
        label: 'Adres domeny systemu teleinformatycznego',
        size: 40,
        hint: 'bez http:// i bez ukośnika na końcu',
      },
    ],
  },
  {
    panel: 'Konto ePUAP',
    rows: [
      { key: 'epuapLogin', id: 'loginEpuap', label: 'Login (identyfikator użytkownika) w ePUAP', size: 30 },
      { key: 'epuapOrgId', id: 'idPodmiotu', label: 'Identyfikator podmiotu publicznego', size: 30 },
    ],
  },
  {
    panel: 'Osoba podpisująca wniosek',
    rows: [{ key: 'signatoryName', id: 'podpisujacy', label: 'Imię i nazwisko', size: 40 }],
  },
];

const ROLES = ['Wójt', 'Burmistrz', 'Prezydent miasta', 'Osoba upoważniona'];

const CSS = `
body { margin: 0; font: 12px/1.4 Tahoma, Verdana, Arial, sans-serif; background: #e4e8ec; color: #000; }
#naglowek { background: linear-gradient(#fefefe, #dfe4ea); border-bottom: 1px solid #a8b3bf; padding: 10px 20px; font: bold 16px Tahoma, sans-serif; color: #24476b; }
#tresc { width: 900px; margin: 14px auto; background: #fff; border: 1px solid #a8b3bf; padding: 14px 20px 30px; }
h1 { font-size: 16px; color: #24476b; }
.rich-panel { border: 1px solid #bed6f8; margin: 10px 0; }
.rich-panel-header { background: #bed6f8 linear-gradient(#e4eefb, #bed6f8); font-weight: bold; padding: 4px 8px; color: #000; }
.rich-panel-body { padding: 8px 10px; }
table.grid td { padding: 3px 5px; vertical-align: top; }
td.lbl { width: 260px; text-align: right; padding-top: 6px !important; }
.req { color: #c00; margin-left: 2px; }
input.pole { font: 12px Tahoma, sans-serif; padding: 2px 3px; border: 1px solid #7f9db9; }
.rich-message { color: #c00; display: block; }
.rich-message:empty { display: none; }
.wskazowka { color: #666; font-size: 11px; display: block; }
table.radio td { padding: 0 10px 0 0; }
.status { position: fixed; right: 12px; top: 10px; font-weight: bold; }
.status .start { color: #b35c00; }
.status .stop { color: #2e7d32; }
.przyciski { text-align: right; margin-top: 10px; }
.przyciski input { font: bold 12px Tahoma; padding: 3px 12px; }
`;

function jsfMc(): CorpusVariant {
  const keys: McKey[] = [
    ...ROWS.flatMap((p) => p.rows.map((r) => r.key)).filter((k): k is McKey => k !== 'email2'),
    'signatoryRole',
  ];
  const ak = mcKeys(keys);
  const rowDefs = ROWS.flatMap((p) => p.rows);
  const panel = (title: string, inner: string) =>
    `<div class="rich-panel"><div class="rich-panel-header">${title}</div><div class="rich-panel-body"><table class="grid"><tbody>${inner}</tbody></table></div></div>`;
  const tr = (id: string, label: string, inner: string) =>
    `<tr><td class="lbl"><label for="wniosek:${id}">${label}</label><span class="req">*</span></td><td><span id="wniosek:${id}Panel">${inner}</span></td></tr>`;
  const pwRow = (id: string, label: string) =>
    `<tr><td class="lbl"><label for="wniosek:${id}">${label}</label><span class="req">*</span></td><td><input type="password" id="wniosek:${id}" name="wniosek:${id}" class="pole" size="24" autocomplete="off"><span class="rich-message" id="wniosek:${id}Msg"></span></td></tr>`;
  const body = `<div id="naglowek">Ministerstwo Cyfryzacji – System obsługi wniosków o certyfikaty</div>
<div id="tresc">
<span id="wniosek:status" class="status"><span class="start" id="wniosek:status.start" style="display:none">Trwa zapisywanie…</span><span class="stop" id="wniosek:status.stop">Zapisano</span></span>
<h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<p>Dane są sprawdzane i zapisywane po opuszczeniu każdego pola. Pola oznaczone <span class="req">*</span> są wymagane.</p>
<form id="wniosek" name="wniosek" method="post" action="/cert/wniosek.jsf" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="wniosek" value="wniosek">
${ROWS.map((p) => panel(p.panel, p.rows.map((r) => tr(r.id, r.label, '')).join('') + (p.panel === 'Osoba podpisująca wniosek' ? `<tr><td class="lbl"><span>Pełniona funkcja</span><span class="req">*</span></td><td><table id="wniosek:funkcja" class="radio"><tbody><tr>${ROLES.map((r, i) => `<td><input type="radio" name="wniosek:funkcja" id="wniosek:funkcja:${i}" value="${r}"><label for="wniosek:funkcja:${i}"> ${r}</label></td>`).join('')}</tr></tbody></table><span class="rich-message" id="wniosek:funkcjaMsg"></span></td></tr>` : ''))).join('\n')}
${panel('Hasła', `<tr><td colspan="2" class="wskazowka" style="font-size:12px">Hasło: od 8 do 16 znaków, wyłącznie litery łacińskie i cyfry, co najmniej jedna wielka litera i jedna cyfra. Hasła muszą być różne.</td></tr>${pwRow('hasloUniewaznienia', 'Hasło do unieważnienia certyfikatu')}${pwRow('hasloUniewaznieniaPowtorz', 'Powtórz hasło do unieważnienia')}${pwRow('hasloP12', 'Hasło do pliku .p12')}${pwRow('hasloP12Powtorz', 'Powtórz hasło do pliku .p12')}`)}
<p><input type="checkbox" id="wniosek:oswiadczenie" name="wniosek:oswiadczenie"> <label for="wniosek:oswiadczenie">Oświadczam, że dane podane w formularzu są zgodne ze stanem faktycznym i z danymi we wniosku.</label></p>
<div class="przyciski"><input type="submit" id="wniosek:wyslij" name="wniosek:wyslij" value="Wyślij formularz"></div>
<input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id7:j_id8">
</form></div>`;
  const boot = String.raw`
var S = B3.store(${js(ak)});
var ROWS = ${js(rowDefs)};
var form = document.getElementById('wniosek');
B3.guard(form, S);
function $(id) { return document.getElementById(id); }
var esc = B3.esc;
// ---- the server: submitted values, messages, the model (set only when a value converts and validates)
var sub = {}; var msg = {};
function regonOk(v) { if (!/^[0-9]{9}$/.test(v)) return false; var w = [8, 9, 2, 3, 4, 5, 6, 7]; var s = 0; for (var i = 0; i < 8; i++) s += w[i] * Number(v[i]); return (s % 11) % 10 === Number(v[8]); }
function nipOk(v) { if (!/^[0-9]{10}$/.test(v)) return false; var w = [6, 5, 7, 2, 3, 4, 5, 6, 7]; var s = 0; for (var i = 0; i < 9; i++) s += w[i] * Number(v[i]); return s % 11 === Number(v[9]); }
function process(row, raw) {
  var v = String(raw).trim();
  sub[row.id] = v;
  if (!v) return 'Pole jest wymagane.';
  if (row.key === 'nip') { v = v.replace(/[\s-]/g, ''); if (!nipOk(v)) return 'Nieprawidłowy numer NIP.'; }
  if (row.key === 'regon' && !regonOk(v)) return 'Nieprawidłowy numer REGON.';
  if ((row.key === 'email' || row.key === 'email2') && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) return 'Nieprawidłowy adres e-mail.';
  if (row.key === 'email2' && v !== (sub.email || '')) return 'Adresy e-mail nie są zgodne.';
  if (row.key === 'platformDomain') { if (/^[a-z]+:\/\//i.test(v) || /\//.test(v)) return 'Podaj sam adres domeny, bez http:// i ukośników.'; if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)) return 'Nieprawidłowy adres domeny.'; v = v.toLowerCase(); }
  if (row.key === 'postalCode' && !/^[0-9]{2}-[0-9]{3}$/.test(v)) return 'Kod pocztowy w formacie 00-000.';
  if (row.key === 'phone' && v.replace(/\D/g, '').length !== 9) return 'Numer telefonu musi mieć 9 cyfr.';
  sub[row.id] = v;
  if (row.key !== 'email2') S.set(row.key, v);
  return '';
}
function renderPanel(row) {
  var old = $('wniosek:' + row.id + 'Panel');
  var span = document.createElement('span'); span.id = 'wniosek:' + row.id + 'Panel';
  span.innerHTML = '<input type="text" id="wniosek:' + row.id + '" name="wniosek:' + row.id + '" class="pole" size="' + (row.size || 30) + '" value="' + esc(sub[row.id] || '') + '"' + (row.mask ? ' data-mask="' + row.mask + '"' : '') + '>' +
    (row.hint ? '<span class="wskazowka">' + esc(row.hint) + '</span>' : '') + '<span class="rich-message" id="wniosek:' + row.id + 'Msg">' + esc(msg[row.id] || '') + '</span>';
  old.parentNode.replaceChild(span, old);
  bindRow(row);
}
// ---- a4j: requests queued, values collected when a request is sent
var queue = []; var busy = false;
function showStatus() { var on = busy || queue.length > 0; $('wniosek:status.start').style.display = on ? '' : 'none'; $('wniosek:status.stop').style.display = on ? 'none' : ''; }
function request(o) { queue.push(o); showStatus(); pump(); }
function pump() {
  if (busy || !queue.length) return;
  var o = queue.shift(); busy = true; showStatus();
  var data = o.collect();
  setTimeout(function () { o.apply(data); busy = false; showStatus(); pump(); }, 250);
}
// ---- jQuery maskedinput: placeholder slots on focus, an incomplete value cleared on blur
function mask(el, pattern) {
  var slots = pattern.replace(/[^9]/g, '').length;
  function fmt(d) { var i = 0; return pattern.replace(/9/g, function () { return i < d.length ? d[i++] : '_'; }); }
  function digits() { return el.value.replace(/\D/g, '').slice(0, slots); }
  function pos(d) { var n = 0; for (var i = 0; i < pattern.length; i++) if (pattern[i] === '9') { if (n === d.length) return i; n++; } return pattern.length; }
  el.addEventListener('focus', function () { var d = digits(); el.value = fmt(d); var p = pos(d); try { el.setSelectionRange(p, p); } catch (e) {} });
  el.addEventListener('input', function () { var d = digits(); el.value = fmt(d); var p = pos(d); try { el.setSelectionRange(p, p); } catch (e) {} });
  el.addEventListener('blur', function () { var d = digits(); el.value = d.length === slots ? fmt(d) : ''; });
}
function bindRow(row) {
  var el = $('wniosek:' + row.id);
  if (row.mask) mask(el, row.mask);
  el.addEventListener('blur', function () {
    request({ collect: function () { var e = $('wniosek:' + row.id); return e ? e.value : ''; }, apply: function (v) { msg[row.id] = process(row, v); renderPanel(row); } });
  });
}
ROWS.forEach(function (row) { renderPanel(row); });
// the role: ajax on click, nothing re-rendered but the message
Array.prototype.forEach.call(form.querySelectorAll('input[name="wniosek:funkcja"]'), function (r) {
  r.addEventListener('click', function () { request({ collect: function () { return r.value; }, apply: function (v) { S.set('signatoryRole', v); $('wniosek:funkcjaMsg').textContent = ''; } }); });
});
// passwords: inputSecret (redisplay off) validated on blur; only the message is re-rendered
var PW = { hasloUniewaznienia: 'revokePassword', hasloUniewaznieniaPowtorz: 'revokePasswordRepeat', hasloP12: 'p12Password', hasloP12Powtorz: 'p12PasswordRepeat' };
function rule(v) { return /^[A-Za-z0-9]{8,16}$/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v); }
Object.keys(PW).forEach(function (id) {
  var el = $('wniosek:' + id);
  el.addEventListener('blur', function () {
    request({ collect: function () { return el.value; }, apply: function (v) {
      var m = '';
      if (!v) m = 'Pole jest wymagane.';
      else if (/Powtorz$/.test(id)) { if (v !== $('wniosek:' + id.replace('Powtorz', '')).value) m = 'Hasła nie są identyczne.'; }
      else if (!rule(v)) m = 'Hasło nie spełnia wymagań.';
      if (!m) S.set(PW[id], v);
      $('wniosek:' + id + 'Msg').textContent = m;
    } });
  });
});
var zgoda = $('wniosek:oswiadczenie');
zgoda.addEventListener('change', function () { S.set('consent', String(zgoda.checked)); });
B3.expose(S, function () {
  var noMsg = Array.prototype.every.call(form.querySelectorAll('.rich-message'), function (m) { return !m.textContent; });
  return !busy && !queue.length && noMsg && S.filled(${js(ak.filter((k) => k !== 'consent'))}) && sub.emailPowtorz === S.get('email') && B3.passwordsOk(S, rule);
});
`;
  const script: ScriptStep[] = [];
  for (const r of rowDefs) {
    const v = r.key === 'email2' ? MC.email : MC[r.key];
    script.push(fill(`[id="wniosek:${r.id}"]`, v), press(`[id="wniosek:${r.id}"]`, 'Tab'));
  }
  script.push(check('[id="wniosek:funkcja:0"]'));
  for (const [id, pw] of [
    ['hasloUniewaznienia', PW_A],
    ['hasloUniewaznieniaPowtorz', PW_A],
    ['hasloP12', PW_B],
    ['hasloP12Powtorz', PW_B],
  ] as const)
    script.push(fill(`[id="wniosek:${id}"]`, pw), press(`[id="wniosek:${id}"]`, 'Tab'));
  script.push(wait('[id="wniosek:status.stop"]'));
  return {
    id: 'blind3-mc-richfaces-blur-ajax-masks-email-twice',
    form: 'mc',
    description:
      'JSF/RichFaces MC form: "wniosek:…" ids, right-aligned label cells, every field validated on the server on blur by a queued ajax request that re-renders its panel (same ids, new nodes, server message); the model takes a value only after conversion and validation (NIP with dashes accepted and stored as digits, REGON and NIP checksums, e-mail, a bare lower-case domain); jQuery-maskedinput postal code and phone that clear an incomplete value on blur; "Powtórz adres e-mail" must match (no model key of its own); "Pełniona funkcja" as a selectOneRadio table; passwords (inputSecret) checked on blur, 8–16 letters and digits with a capital and a digit; an a4j:status "Zapisano" indicator.',
    dimensions: {
      framework: 'jsf-richfaces',
      ids: 'colons',
      timing: 'ajax-on-blur-panel-replace',
      events: 'blur',
      masks: 'maskedinput-clear-incomplete',
      extra: 'email-confirmation',
      signatory: 'single',
      role: 'radio-table',
      passwords: 'alnum-8-16-upper-digit',
    },
    origin: 'hand',
    files: { 'index.html': doc('Wniosek o certyfikat – Ministerstwo Cyfryzacji', CSS, body, boot) },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function jsfMcPages(): CorpusVariant[] {
  return [jsfMc()];
}
