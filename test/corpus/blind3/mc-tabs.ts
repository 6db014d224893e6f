// MC certificate form as a Bootstrap 5 page whose sections are tabs (inactive panes not displayed):
// slot masks for the postal code and phone ("__-___", "__ ___ __ __") that hold the model only when
// complete, the signatory as first name, surname and a role select, password rules with a live
// checklist per field and repeats checked with setCustomValidity.

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { choose, click, doc, fill, js, MC, mcExpected, mcKeys, PW_A_SPECIAL, PW_B_SPECIAL } from './page';

type Field = { key: McKey; id: string; label: string; attrs?: string; hint?: string; mask?: string };

const TABS: { id: string; title: string; fields: Field[] }[] = [
  {
    id: 'jst',
    title: 'Wnioskodawca',
    fields: [
      { key: 'applicant', id: 'w-nazwa', label: 'Nazwa jednostki samorządu terytorialnego' },
      { key: 'street', id: 'w-ulica', label: 'Ulica' },
      { key: 'buildingNumber', id: 'w-nr', label: 'Numer budynku', attrs: 'maxlength="10"' },
      {
        key: 'postalCode',
        id: 'w-kod',
        label: 'Kod pocztowy',
        attrs: 'inputmode="numeric" autocomplete="postal-code"',
        mask: '99-999',
      },
      { key: 'town', id: 'w-miejscowosc', label: 'Miejscowość' },
      {
        key: 'regon',
        id: 'w-regon',
        label: 'REGON',
        attrs: 'inputmode="numeric" pattern="[0-9]{9}|[0-9]{14}" maxlength="14"',
        hint: '9 lub 14 cyfr',
      },
      {
        key: 'nip',
        id: 'w-nip',
        label: 'NIP',
        attrs: 'inputmode="numeric" pattern="[0-9]{10}" maxlength="10"',
        hint: '10 cyfr, bez kresek i spacji',
      },
    ],
  },
  {
    id: 'kontakt',
    title: 'Kontakt i system',
    fields: [
      {
        key: 'email',
        id: 'w-email',
        label: 'Adres e-mail do korespondencji',
        attrs: 'type="email"',
        hint: 'Na ten adres wyślemy informację o certyfikacie.',
      },
      {
        key: 'phone',
        id: 'w-telefon',
        label: 'Telefon kontaktowy',
        attrs: 'type="tel" autocomplete="tel-national"',
        mask: '99 999 99 99',
        hint: 'Numer stacjonarny z numerem kierunkowym',
      },
      {
        key: 'platformDomain',
        id: 'w-domena',
        label: 'Adres domeny systemu teleinformatycznego',
        attrs: 'pattern="[a-z0-9]+([.\\-][a-z0-9]+)+"',
        hint: 'Sama nazwa hosta, bez https:// – np. eurzad.gmina.pl',
      },
    ],
  },
  {
    id: 'osoba',
    title: 'Osoba reprezentująca',
    fields: [
      { key: 'signatoryFirstName', id: 'w-imie', label: 'Imię' },
      { key: 'signatoryLastName', id: 'w-nazwisko', label: 'Nazwisko' },
    ],
  },
  {
    id: 'epuap',
    title: 'Konto ePUAP',
    fields: [
      {
        key: 'epuapLogin',
        id: 'w-login',
        label: 'Identyfikator użytkownika (login) w ePUAP',
        hint: 'Login osoby upoważnionej, zaproszonej do konta podmiotu.',
      },
      {
        key: 'epuapOrgId',
        id: 'w-idpodmiotu',
        label: 'Identyfikator podmiotu publicznego w ePUAP',
        hint: 'Widoczny w górnym banerze ePUAP po zalogowaniu na konto organizacji.',
      },
    ],
  },
];

const ROLES = [
  { v: '', t: 'Wybierz…' },
  { v: 'WOJT', t: 'Wójt' },
  { v: 'BURMISTRZ', t: 'Burmistrz' },
  { v: 'PREZYDENT', t: 'Prezydent Miasta' },
  { v: 'ZASTEPCA', t: 'Zastępca wójta / burmistrza / prezydenta' },
  { v: 'UPOWAZNIONY', t: 'Osoba upoważniona' },
];

const CSS = `
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f6f7f9; color: #212529; }
.navbar { background: #1c3f94; color: #fff; padding: 10px 24px; font-weight: 600; }
.container { max-width: 860px; margin: 24px auto; background: #fff; border: 1px solid #dee2e6; border-radius: 8px; padding: 22px 28px 40px; }
h1 { font-size: 22px; margin: 0 0 6px; }
.lead { color: #6c757d; margin: 0 0 18px; }
.nav-tabs { display: flex; list-style: none; padding: 0; margin: 0; border-bottom: 1px solid #dee2e6; flex-wrap: wrap; }
.nav-link { border: 1px solid transparent; border-radius: 6px 6px 0 0; background: none; padding: 8px 14px; font: inherit; color: #0d6efd; cursor: pointer; margin-bottom: -1px; }
.nav-link.active { color: #495057; background: #fff; border-color: #dee2e6 #dee2e6 #fff; }
.tab-content { padding-top: 16px; }
.tab-pane { display: none; }
.tab-pane.active { display: block; }
.mb-3 { margin-bottom: 14px; max-width: 560px; }
.form-label { display: block; margin-bottom: 4px; font-weight: 500; }
.text-danger { color: #dc3545; }
.form-control, .form-select { display: block; width: 100%; box-sizing: border-box; padding: 6px 12px; font: inherit; border: 1px solid #ced4da; border-radius: 6px; }
.form-control:focus, .form-select:focus { border-color: #86b7fe; outline: 0; box-shadow: 0 0 0 .25rem rgba(13,110,253,.25); }
.was-validated .form-control:invalid { border-color: #dc3545; }
.form-text { font-size: 13px; color: #6c757d; margin-top: 3px; }
.invalid-feedback { color: #dc3545; font-size: 13px; display: none; }
.was-validated .form-control:invalid ~ .invalid-feedback { display: block; }
.alert-secondary { background: #f1f3f5; border: 1px solid #dee2e6; border-radius: 6px; padding: 10px 14px; font-size: 14px; max-width: 560px; }
.reguly { list-style: none; padding: 0; margin: 4px 0 0; font-size: 13px; }
.reguly li::before { content: "✗ "; color: #dc3545; }
.reguly li.ok::before { content: "✓ "; color: #198754; }
.reguly li.ok { color: #198754; }
.form-check { display: flex; gap: 8px; align-items: flex-start; max-width: 600px; margin-top: 16px; }
.btn { font: inherit; border-radius: 6px; padding: 8px 18px; cursor: pointer; border: 1px solid #0d6efd; }
.btn-primary { background: #0d6efd; color: #fff; }
.stopka { display: flex; justify-content: space-between; align-items: center; margin-top: 28px; border-top: 1px solid #dee2e6; padding-top: 14px; }
`;

function tabsForm(): CorpusVariant {
  const keys: McKey[] = [...TABS.flatMap((t) => t.fields.map((f) => f.key)), 'signatoryRole'];
  const ak = mcKeys(keys);
  const field = (f: Field) =>
    `<div class="mb-3"><label for="${f.id}" class="form-label">${f.label} <span class="text-danger" aria-hidden="true">*</span></label>` +
    `<input class="form-control" id="${f.id}" name="${f.id.slice(2)}" required ${f.attrs ?? 'type="text"'}${f.mask ? ` data-mask="${f.mask}"` : ''}${f.hint ? ` aria-describedby="${f.id}-pomoc"` : ''}>` +
    `${f.hint ? `<div class="form-text" id="${f.id}-pomoc">${f.hint}</div>` : ''}<div class="invalid-feedback">Uzupełnij to pole poprawnie.</div></div>`;
  const rules = (id: string) =>
    `<ul class="reguly" id="${id}-reguly" aria-live="polite"><li data-r="dl">od 12 do 20 znaków</li><li data-r="mala">co najmniej jedna mała litera</li><li data-r="wielka">co najmniej jedna wielka litera</li><li data-r="cyfra">co najmniej jedna cyfra</li><li data-r="znak">co najmniej jeden znak specjalny (np. ! @ # $ %)</li></ul>`;
  const pw = (id: string, label: string, repeatOf?: string) =>
    `<div class="mb-3"><label for="${id}" class="form-label">${label} <span class="text-danger" aria-hidden="true">*</span></label><input type="password" class="form-control" id="${id}" name="${id.slice(2)}" required maxlength="20" autocomplete="new-password"${repeatOf ? ` data-powtorzenie="${repeatOf}"` : ` aria-describedby="${id}-reguly"`}>${repeatOf ? '<div class="invalid-feedback">Hasła nie są identyczne.</div>' : rules(id)}</div>`;
  const panes = TABS.map(
    (t, i) =>
      `<div class="tab-pane fade${i === 0 ? ' show active' : ''}" id="pane-${t.id}" role="tabpanel" aria-labelledby="tab-${t.id}" tabindex="0">` +
      t.fields.map(field).join('') +
      (t.id === 'osoba'
        ? `<div class="mb-3"><label for="w-funkcja" class="form-label">Pełniona funkcja <span class="text-danger" aria-hidden="true">*</span></label><select class="form-select" id="w-funkcja" name="funkcja" required>${ROLES.map((r) => `<option value="${r.v}">${r.t}</option>`).join('')}</select></div>`
        : '') +
      '</div>',
  ).join('');
  const pwPane = `<div class="tab-pane fade" id="pane-hasla" role="tabpanel" aria-labelledby="tab-hasla" tabindex="0">
<div class="alert-secondary">Podaj dwa różne hasła. Zapisz je: hasło do pliku .p12 będzie potrzebne przy instalacji klucza prywatnego w systemie, hasło do unieważnienia – gdyby certyfikat trzeba było unieważnić.</div>
<h3 style="font-size:17px">Hasło do unieważnienia certyfikatu</h3>
${pw('w-haslo-uniew', 'Hasło')}${pw('w-haslo-uniew2', 'Powtórz hasło', 'w-haslo-uniew')}
<h3 style="font-size:17px">Hasło do pliku .p12</h3>
${pw('w-haslo-p12', 'Hasło')}${pw('w-haslo-p122', 'Powtórz hasło', 'w-haslo-p12')}
<div class="form-check"><input class="form-check-input" type="checkbox" id="w-zgoda" name="zgoda"><label class="form-check-label" for="w-zgoda">Oświadczam, że dane podane w formularzu są zgodne z danymi zawartymi we wniosku o wydanie certyfikatu przesłanym przez ePUAP.</label></div></div>`;
  const allTabs = [...TABS.map((t) => ({ id: t.id, title: t.title })), { id: 'hasla', title: 'Hasła' }];
  const body = `<div class="navbar">Ministerstwo Cyfryzacji · Certyfikaty do integracji z ePUAP</div>
<div class="container"><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<p class="lead">Dane muszą być dokładnie takie same jak we wniosku przesłanym przez ePUAP. Wszystkie zakładki są obowiązkowe.</p>
<form id="wniosek" novalidate>
<ul class="nav nav-tabs" role="tablist">${allTabs.map((t, i) => `<li class="nav-item" role="presentation"><button class="nav-link${i === 0 ? ' active' : ''}" id="tab-${t.id}" data-bs-toggle="tab" data-bs-target="#pane-${t.id}" type="button" role="tab" aria-controls="pane-${t.id}" aria-selected="${i === 0}"${i ? ' tabindex="-1"' : ''}>${i + 1}. ${t.title}</button></li>`).join('')}</ul>
<div class="tab-content">${panes}${pwPane}</div>
<div class="stopka"><span class="form-text">Pola oznaczone <span class="text-danger">*</span> są wymagane.</span><button type="submit" class="btn btn-primary" id="wyslij">Wyślij wniosek</button></div>
</form></div>`;
  const ids: Record<string, string> = {};
  for (const t of TABS) for (const f of t.fields) ids[f.key] = f.id;
  const boot = String.raw`
var S = B3.store(${js(ak)});
var IDS = ${js(ids)};
var form = document.getElementById('wniosek');
B3.guard(form, S);
// ---- Bootstrap tabs
var tabs = Array.prototype.slice.call(form.querySelectorAll('[role=tab]'));
function show(tab) {
  tabs.forEach(function (t) {
    var on = t === tab;
    t.classList.toggle('active', on); t.setAttribute('aria-selected', String(on)); if (on) t.removeAttribute('tabindex'); else t.setAttribute('tabindex', '-1');
    var pane = document.querySelector(t.getAttribute('data-bs-target'));
    pane.classList.toggle('active', on); pane.classList.toggle('show', on);
  });
}
tabs.forEach(function (t, i) {
  t.addEventListener('click', function () { show(t); });
  t.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { e.preventDefault(); var n = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]; show(n); n.focus(); }
  });
});
// ---- slot masks: the mask shows on focus, digits fill the slots, the model holds only a complete value
function slotMask(el, pattern, key) {
  var slots = pattern.split('').filter(function (c) { return c === '9'; }).length;
  function fmt(d) { var i = 0; return pattern.replace(/9/g, function () { return i < d.length ? d[i++] : '_'; }); }
  function caretAfter(d) { var n = 0; for (var i = 0; i < pattern.length; i++) { if (pattern[i] === '9') { if (n === d.length) return i; n++; } } return pattern.length; }
  function apply() {
    var d = el.value.replace(/\D/g, '').slice(0, slots);
    el.value = d.length || document.activeElement === el ? fmt(d) : '';
    if (document.activeElement === el) { var c = caretAfter(d); try { el.setSelectionRange(c, c); } catch (e) {} }
    S.set(key, d.length === slots ? fmt(d) : '');
    el.setCustomValidity(d.length === slots ? '' : (d.length ? 'Uzupełnij wszystkie cyfry.' : ''));
  }
  el.addEventListener('focus', function () { if (!el.value) { el.value = fmt(''); try { el.setSelectionRange(0, 0); } catch (e) {} } });
  el.addEventListener('input', apply);
  el.addEventListener('blur', function () { if (!el.value.replace(/\D/g, '')) el.value = ''; });
}
Object.keys(IDS).forEach(function (k) {
  var el = document.getElementById(IDS[k]);
  var m = el.getAttribute('data-mask');
  if (m) { slotMask(el, m, k); return; }
  el.addEventListener('input', function () { S.set(k, el.value); });
});
var funkcja = document.getElementById('w-funkcja');
funkcja.addEventListener('change', function () { S.set('signatoryRole', funkcja.value); });
// ---- passwords: live checklist, repeats compared as you type
var R = {
  dl: function (v) { return v.length >= 12 && v.length <= 20; },
  mala: function (v) { return /[a-z]/.test(v); },
  wielka: function (v) { return /[A-Z]/.test(v); },
  cyfra: function (v) { return /[0-9]/.test(v); },
  znak: function (v) { return /[^A-Za-z0-9]/.test(v); }
};
function ruleOk(v) { return Object.keys(R).every(function (r) { return R[r](v); }); }
var PW = { 'w-haslo-uniew': 'revokePassword', 'w-haslo-uniew2': 'revokePasswordRepeat', 'w-haslo-p12': 'p12Password', 'w-haslo-p122': 'p12PasswordRepeat' };
function checkPw() {
  Object.keys(PW).forEach(function (id) {
    var el = document.getElementById(id);
    var of = el.getAttribute('data-powtorzenie');
    if (of) el.setCustomValidity(el.value && el.value !== document.getElementById(of).value ? 'Hasła nie są identyczne.' : '');
    else {
      el.setCustomValidity(el.value && !ruleOk(el.value) ? 'Hasło nie spełnia wymagań.' : '');
      Array.prototype.forEach.call(document.querySelectorAll('#' + id + '-reguly li'), function (li) { li.classList.toggle('ok', R[li.getAttribute('data-r')](el.value)); });
    }
  });
}
Object.keys(PW).forEach(function (id) {
  var el = document.getElementById(id);
  el.addEventListener('input', function () { S.set(PW[id], el.value); checkPw(); });
});
var zgoda = document.getElementById('w-zgoda');
zgoda.addEventListener('change', function () { S.set('consent', String(zgoda.checked)); });
B3.expose(S, function () {
  return S.filled(${js(ak.filter((k) => k !== 'consent'))}) && B3.controlsValid([form]) && B3.passwordsOk(S, ruleOk);
});
`;
  const script: ScriptStep[] = [];
  for (const t of TABS) {
    script.push(click(`#tab-${t.id}`));
    for (const f of t.fields) script.push(fill(`#${f.id}`, MC[f.key]));
    if (t.id === 'osoba') script.push(choose('#w-funkcja', 'Wójt'));
  }
  script.push(
    click('#tab-hasla'),
    fill('#w-haslo-uniew', PW_A_SPECIAL),
    fill('#w-haslo-uniew2', PW_A_SPECIAL),
    fill('#w-haslo-p12', PW_B_SPECIAL),
    fill('#w-haslo-p122', PW_B_SPECIAL),
  );
  return {
    id: 'blind3-mc-bootstrap-tabs-slot-masks',
    form: 'mc',
    description:
      'Bootstrap 5 MC form in five tabs (inactive panes display:none; tab buttons with roving tabindex): slot masks for the postal code "__-___" and the phone "__ ___ __ __" shown on focus (the model holds the formatted value only when complete), REGON and NIP digits by pattern, hints via aria-describedby, Imię / Nazwisko / "Pełniona funkcja" select (value WOJT), two "Hasło"/"Powtórz hasło" pairs told apart by h3 headings, rules 12–20 with lower, upper, digit and special character as a live ✓/✗ checklist, repeats checked with setCustomValidity.',
    dimensions: {
      framework: 'bootstrap5',
      structure: 'tabs-hidden-panes',
      masks: 'slot-postal+phone',
      signatory: 'split',
      role: 'select-coded',
      pwGroup: 'h3',
      passwords: 'checklist-12-20-special',
      events: 'input',
    },
    origin: 'hand',
    files: { 'index.html': doc('Formularz – certyfikat do integracji z ePUAP', CSS, body, boot) },
    script,
    expected: mcExpected(keys, { signatoryRole: 'WOJT' }),
    outcome: 'filled',
  };
}

export function tabsMc(): CorpusVariant[] {
  return [tabsForm()];
}
