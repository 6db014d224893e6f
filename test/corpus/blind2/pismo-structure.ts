// Pismo ogólne pages whose difficulty is structure: frames in frames, a late srcdoc frame, nested shadow
// roots, slotted light-DOM inputs and form-associated elements, a wizard with a ProseMirror-like editor,
// a form re-rendered after every change behind a blocking overlay.

import type { CorpusVariant } from '../types';
import { choose, click, doc, fill, js, PISMO_KEYS, pismo, RODZAJE, shell, T, type, wait } from './page';

const VALID = `function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([document]); }`;

/** WebSphere portal page → portlet frame → form-engine frame; the result list is a native select size=6 and "Ustaw adresata". */
function nestedFrames(): CorpusVariant {
  const top = shell(
    'ePUAP - Pismo ogólne do podmiotu publicznego',
    `body{margin:0;font-family:Arial,sans-serif}.wpthemeHeader{background:#123d6a;color:#fff;padding:10px 20px}iframe{border:0;width:100%;height:1400px}`,
    `<div class="wpthemeHeader">ePUAP · Katalog spraw › Sprawy ogólne › Pismo ogólne do podmiotu publicznego</div>
<div class="wpthemeMainContent"><iframe id="portlet-frame" name="portlet" title="Formularz" src="fe/shell.html"></iframe></div>`,
    ['#portlet-frame', '#fe-frame'],
    PISMO_KEYS,
  );
  const middle = doc(
    'fe-model-web',
    `body{margin:0;font-family:Arial,sans-serif}.pasek{background:#e9eef5;padding:6px 12px;font-size:12px}iframe{border:0;width:100%;height:1300px}`,
    `<div class="pasek">Formularz: Pismo ogólne do podmiotu publicznego (wzór 2017/10/24/4566) · <a href="#">Pomoc</a></div><iframe id="fe-frame" title="Treść formularza" src="formularz.html"></iframe>`,
    '',
  );
  const form = doc(
    'Pismo ogólne do podmiotu publicznego',
    `body{font-family:Arial,sans-serif;font-size:13px;margin:0;padding:10px 18px 60px}.sekcja{border:1px solid #b8c6d9;margin:10px 0}.sekcja h3{margin:0;background:#dde6f2;padding:5px 8px;font-size:13px}
.wiersz{display:flex;padding:6px 8px;gap:10px}.wiersz .etykieta{width:180px;font-weight:bold}.wiersz .kontrolka{flex:1}
.kontrolka input[type=text],.kontrolka textarea{width:100%;box-sizing:border-box}select.wyniki{width:100%}.wymagane::after{content:" *";color:#c00}`,
    `<form id="fe" action="/fe-model-web/zapisz" method="post">
<h2>Pismo ogólne do podmiotu publicznego</h2>
<div class="sekcja"><h3>Adresat</h3>
<div class="wiersz"><span class="etykieta wymagane" id="e-adresat">Adresat</span><div class="kontrolka"><span id="adresat-opis">(nie ustawiono)</span> <button type="button" id="zmien-adresata">Ustaw/zmień adresata</button></div></div>
<div id="panel-adresata" class="wiersz" hidden><span class="etykieta">Wyszukaj</span><div class="kontrolka"><input type="text" id="szukana-nazwa" aria-label="Nazwa lub identyfikator podmiotu"> <button type="button" id="szukaj">Wyszukaj</button>
<p id="stan" role="status"></p><select id="lista-podmiotow" class="wyniki" size="6" aria-label="Znalezione podmioty" hidden></select><br><button type="button" id="ustaw" hidden>Ustaw adresata</button> <button type="button" id="anuluj">Anuluj</button></div></div></div>
<div class="sekcja"><h3>Dane pisma</h3>
<div class="wiersz"><label class="etykieta wymagane" for="rodzaj">Rodzaj</label><div class="kontrolka"><select id="rodzaj" name="RodzajWnioskuRozszerzony"><option value=""></option>${RODZAJE.map((o) => `<option value="${o.t.toLowerCase()}">${o.t.toLowerCase()}</option>`).join('')}</select></div></div>
<div class="wiersz"><label class="etykieta wymagane" for="tytul">Tytuł</label><div class="kontrolka"><input type="text" id="tytul" name="Tytul" required></div></div>
<div class="wiersz"><label class="etykieta wymagane" for="tresc">Treść</label><div class="kontrolka"><textarea id="tresc" name="Informacja" rows="8" required></textarea></div></div></div>
<div class="sekcja"><h3>Załączniki</h3><div class="wiersz"><span class="etykieta">Załącznik</span><div class="kontrolka"><button type="button" id="dodaj">+</button> Wybierz załącznik <input type="file" id="plik" hidden></div></div></div>
<p><button type="button" id="podpisz">Podpisz</button></p></form>`,
    `var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 6);
B2.guardForms(document, S);
B2.action(document.getElementById('podpisz'), S);
B2.select(document.getElementById('rodzaj'), S, 'rodzaj');
B2.text(document.getElementById('tytul'), S, 'tytul', { on: 'change' });
B2.text(document.getElementById('tresc'), S, 'tresc', { on: 'change' });
document.getElementById('dodaj').addEventListener('click', function () { document.getElementById('plik').click(); });
var panel = document.getElementById('panel-adresata'); var list = document.getElementById('lista-podmiotow'); var found = [];
document.getElementById('zmien-adresata').addEventListener('click', function () { panel.hidden = false; document.getElementById('szukana-nazwa').focus(); });
document.getElementById('anuluj').addEventListener('click', function () { panel.hidden = true; });
document.getElementById('szukaj').addEventListener('click', function () {
  var q = document.getElementById('szukana-nazwa').value; var st = document.getElementById('stan');
  st.textContent = 'Wyszukiwanie…'; list.hidden = true; document.getElementById('ustaw').hidden = true;
  setTimeout(function () {
    found = B2.find(DIR, q);
    st.textContent = found.length ? 'Znaleziono: ' + found.length + '. Zaznacz podmiot i kliknij „Ustaw adresata”.' : 'Nie znaleziono podmiotów.';
    list.innerHTML = found.map(function (p) { return '<option value="' + B2.esc(p.esp) + '">' + B2.esc(p.name + ' — ' + p.addr + ' — ' + p.esp) + '</option>'; }).join('');
    list.hidden = !found.length; document.getElementById('ustaw').hidden = !found.length;
  }, 700);
});
document.getElementById('ustaw').addEventListener('click', function () {
  var o = list.options[list.selectedIndex]; if (!o) { document.getElementById('stan').textContent = 'Zaznacz podmiot na liście.'; return; }
  var p = found[list.selectedIndex];
  S.set('recipient', p.esp); document.getElementById('adresat-opis').textContent = p.name + ' (' + p.esp + ')'; panel.hidden = true;
});
B2.expose(S, ${VALID});`,
  );
  const fr = ['#portlet-frame', '#fe-frame'];
  return {
    id: 'blind2-nested-frames-select-list',
    form: 'pismo',
    description:
      'Portal page → portlet frame → form-engine frame (a frame inside a frame); "Ustaw/zmień adresata" opens a panel whose results are a native <select size=6> ("name — address — ESP") confirmed by "Ustaw adresata"; lower-case kind options; labels as spans and for-labels; change events.',
    dimensions: {
      framework: 'fe-model-web',
      container: 'frame-in-frame',
      recipient: 'select-size-list',
      widget: 'native-select-lowercase',
      events: 'change',
    },
    origin: 'hand',
    files: { 'index.html': top, 'fe/shell.html': middle, 'fe/formularz.html': form },
    script: [
      click('#zmien-adresata', fr),
      fill('#szukana-nazwa', T.query, fr),
      click('#szukaj', fr),
      wait('#lista-podmiotow', fr),
      choose('#lista-podmiotow', '/MC/SkrytkaESP', fr),
      click('#ustaw', fr),
      choose('#rodzaj', 'wniosek', fr),
      fill('#tytul', T.tytul, fr),
      fill('#tresc', T.tresc, fr),
      { action: 'press', selector: '#tresc', key: 'Tab', frames: fr },
    ],
    expected: pismo('/MC/SkrytkaESP', 'wniosek'),
    outcome: 'filled',
  };
}

/** A srcdoc frame added 1.2 s after load; wrapping labels with help text; a datalist recipient whose option values carry the ESP. */
function srcdocDatalist(scenario: 'filled' | 'two'): CorpusVariant {
  const inner = doc(
    'Formularz',
    `body{font-family:Georgia,serif;margin:0;padding:12px}label{display:block;margin:12px 0}label small{color:#666}input,select,textarea{display:block;width:100%;max-width:600px;box-sizing:border-box;margin-top:4px}`,
    `<form id="f" method="post"><h1>Pismo ogólne do podmiotu publicznego</h1>
<label>Adresat pisma <small>(zacznij pisać i wybierz z podpowiedzi)</small><input id="adresat" list="adresaci" autocomplete="off" required></label>
<datalist id="adresaci"></datalist><p id="adresat-info" aria-live="polite"></p>
<label>Rodzaj pisma<select id="rodzaj" required><option value="">— wybierz —</option>${RODZAJE.map((o, i) => `<option value="${i + 10}">${o.t.toUpperCase()}</option>`).join('')}</select></label>
<label>Tytuł pisma <small>(maks. 200 znaków)</small><input id="tytul" maxlength="200" required></label>
<label>Treść pisma <small>(maks. 4000 znaków)</small><textarea id="tresc" rows="7" maxlength="4000" required></textarea></label>
<button type="submit">Wyślij pismo</button></form>`,
    `var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 0);
B2.guardForms(document, S);
B2.select(document.getElementById('rodzaj'), S, 'rodzaj');
B2.text(document.getElementById('tytul'), S, 'tytul');
B2.text(document.getElementById('tresc'), S, 'tresc');
var inp = document.getElementById('adresat'); var dl = document.getElementById('adresaci'); var info = document.getElementById('adresat-info');
B2.typeahead({ input: inp, min: 3, debounce: 250, latency: 250, dir: DIR,
  render: function (found) { dl.innerHTML = found.map(function (p) { return '<option value="' + B2.esc(p.name + ' (' + p.esp + ')') + '">' + B2.esc(p.addr) + '</option>'; }).join(''); } });
function resolve() {
  var m = /\\((\\/[^)]+)\\)\\s*$/.exec(inp.value);
  var p = m ? DIR.filter(function (e) { return e.esp === m[1]; })[0] : null;
  S.set('recipient', p ? p.esp : '');
  info.textContent = p ? 'Adresat: ' + p.name + ', ' + p.addr : (inp.value ? 'Wybierz adresata z listy podpowiedzi.' : '');
  inp.setCustomValidity(p ? '' : 'Wybierz adresata z listy');
}
inp.addEventListener('change', resolve);
inp.addEventListener('input', function () { if (S.get('recipient')) resolve(); });
B2.expose(S, ${VALID});`,
  );
  const top = shell(
    'Pismo ogólne do podmiotu publicznego – e-Urząd',
    `body{margin:0;font-family:Georgia,serif}header{background:#5a1f1f;color:#fff;padding:12px 20px}iframe{border:0;width:100%;height:900px}.ladowanie{padding:20px}`,
    `<header>Elektroniczna Platforma Usług · Pismo ogólne</header><div id="miejsce"><p class="ladowanie">Trwa ładowanie formularza…</p></div>`,
    ['#ramka-formularza'],
    PISMO_KEYS,
    `var SRC = ${js(inner)};
setTimeout(function () {
  var m = document.getElementById('miejsce'); m.innerHTML = '';
  var f = document.createElement('iframe'); f.id = 'ramka-formularza'; f.title = 'Formularz pisma'; f.setAttribute('srcdoc', SRC);
  m.appendChild(f);
}, 1200);`,
  );
  const filled = scenario === 'filled';
  const fr = ['#ramka-formularza'];
  return {
    id: filled ? 'blind2-srcdoc-late-datalist' : 'blind2-srcdoc-datalist-two-ministries',
    form: 'pismo',
    description: filled
      ? 'A srcdoc frame inserted 1.2 s after load; wrapping labels with help text in <small>; recipient as an input with a <datalist> filled after typing, whose values are "Name (/ESP)" and are resolved on change (a bare name is refused by setCustomValidity); UPPER-CASE kinds with numeric values.'
      : 'srcdoc datalist recipient offering two "Ministerstwo Cyfryzacji (…)" values with different ESP addresses: the clerk must decide.',
    dimensions: {
      framework: 'plain-html5',
      container: 'srcdoc-late',
      label: 'wrapping+small-hint',
      recipient: 'datalist',
      widget: 'native-select-upper',
    },
    origin: 'hand',
    files: { 'index.html': top },
    script: [
      type('#adresat', 'Ministerstwo Cyfr', fr),
      fill('#adresat', 'Ministerstwo Cyfryzacji (/MC/SkrytkaESP)', fr),
      { action: 'press', selector: '#adresat', key: 'Tab', frames: fr },
      choose('#rodzaj', '14', fr),
      fill('#tytul', T.tytul, fr),
      fill('#tresc', T.tresc, fr),
    ],
    expected: pismo(filled ? '/MC/SkrytkaESP' : '', '14'),
    outcome: filled ? 'filled' : 'ambiguous-recipient',
  };
}

const SHADOW_COMPONENTS = `
function def(name, cls) { if (!customElements.get(name)) customElements.define(name, cls); }
function emit(el, key, value) { el.dispatchEvent(new CustomEvent('pole-zmiana', { bubbles: true, composed: true, detail: { key: key, value: value } })); }
def('epuap-text-field', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' });
    var multi = this.hasAttribute('multiline'); var id = 'f-' + this.getAttribute('name');
    r.innerHTML = '<style>label{display:block;font-weight:600;margin:10px 0 4px}.req{color:#b00}input,textarea{width:100%;max-width:600px;box-sizing:border-box;padding:6px}</style>' +
      '<label for="' + id + '">' + this.getAttribute('label') + (this.hasAttribute('required') ? '<span class="req" aria-hidden="true"> *</span>' : '') + '</label>' +
      (multi ? '<textarea id="' + id + '" rows="6"' + (this.hasAttribute('required') ? ' required' : '') + '></textarea>' : '<input id="' + id + '" type="text"' + (this.hasAttribute('required') ? ' required' : '') + '>');
    var c = r.querySelector(multi ? 'textarea' : 'input'); var me = this;
    c.addEventListener('input', function () { emit(me, me.getAttribute('name'), c.value); });
  }
});
def('epuap-radio-group', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' }); var me = this;
    var opts = JSON.parse(this.getAttribute('options'));
    r.innerHTML = '<fieldset><legend>' + this.getAttribute('label') + ' *</legend>' + opts.map(function (o, i) { return '<div><input type="radio" name="g" id="o' + i + '" value="' + o.v + '"><label for="o' + i + '">' + o.t + '</label></div>'; }).join('') + '</fieldset>';
    Array.prototype.forEach.call(r.querySelectorAll('input'), function (i) { i.addEventListener('change', function () { if (i.checked) emit(me, me.getAttribute('name'), i.value); }); });
  }
});
def('epuap-section', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var tpl = this.querySelector('template'); var me = this;
    if (!tpl) { Promise.resolve().then(function () { if (me.isConnected) me.connectedCallback(); }); return; }
    var r = this.attachShadow({ mode: 'open' });
    r.innerHTML = '<style>section{border:1px solid #ccd;padding:8px 14px;margin:12px 0}h2{font-size:16px}</style><section><h2>' + this.getAttribute('heading') + '</h2><div class="tresc"></div></section>';
    var box = r.querySelector('.tresc');
    box.appendChild(tpl.content.cloneNode(true));
  }
});
def('epuap-recipient-search', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' }); var me = this;
    r.innerHTML = '<style>ul{list-style:none;padding:0}li{border-bottom:1px solid #ddd;padding:6px;display:flex;justify-content:space-between}.esp{color:#555;font-size:12px;display:block}</style>' +
      '<label for="q">Wyszukaj adresata</label><div><input id="q" type="search" placeholder="np. nazwa ministerstwa" autocomplete="off"> <button id="s" type="button">Szukaj</button></div><p id="st" role="status"></p><ul id="w"></ul><p>Wybrany adresat: <b id="wyb">—</b></p>';
    var q = r.getElementById('q'); var st = r.getElementById('st'); var w = r.getElementById('w');
    function go() {
      st.textContent = 'Szukam…'; w.innerHTML = '';
      setTimeout(function () {
        var found = B2.find(window.KATALOG, q.value);
        st.textContent = found.length ? 'Wyniki: ' + found.length : 'Brak wyników';
        w.innerHTML = found.map(function (p, i) { return '<li><span><span class="nazwa">' + B2.esc(p.name) + '</span><span class="esp">' + B2.esc(p.esp) + '</span></span><button type="button" data-i="' + i + '" aria-label="Wybierz ' + B2.esc(p.name) + '">Wybierz</button></li>'; }).join('');
        Array.prototype.forEach.call(w.querySelectorAll('button'), function (b) { b.addEventListener('click', function () { var p = found[Number(b.getAttribute('data-i'))]; r.getElementById('wyb').textContent = p.name; emit(me, 'recipient', p.esp); }); });
      }, 500);
    }
    r.getElementById('s').addEventListener('click', go);
    q.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); go(); } });
  }
});
`;

/** Nested open shadow roots: app → section (content from a template) → field components, each with its own label and control. */
function nestedShadow(): CorpusVariant {
  const kinds = RODZAJE.filter((o) => ['PODANIE', 'WNIOSEK', 'SKARGA', 'INNE'].includes(o.v));
  const body = `<h1>Pismo ogólne do podmiotu publicznego</h1><epuap-app></epuap-app>`;
  const boot = `
window.KATALOG = B2.directory('filled', 8);
${SHADOW_COMPONENTS}
var S = B2.store(${js(PISMO_KEYS)});
var app = document.querySelector('epuap-app');
var root = app.attachShadow({ mode: 'open' });
root.innerHTML = '<form id="pismo" novalidate>' +
  '<epuap-section heading="Adresat"><template><epuap-recipient-search></epuap-recipient-search></template></epuap-section>' +
  '<epuap-section heading="Treść pisma"><template><epuap-radio-group name="rodzaj" label="Rodzaj pisma" options=\\'' + JSON.stringify(${js(kinds)}) + '\\'></epuap-radio-group>' +
  '<epuap-text-field name="tytul" label="Tytuł pisma" required></epuap-text-field><epuap-text-field name="tresc" label="Treść pisma" multiline required></epuap-text-field></template></epuap-section>' +
  '<button type="submit">Wyślij</button></form>';
root.addEventListener('pole-zmiana', function (e) { S.set(e.detail.key, e.detail.value); });
B2.guardForms(root, S);
function deepAll(r) { var out = Array.prototype.slice.call(r.querySelectorAll('input, select, textarea')); Array.prototype.forEach.call(r.querySelectorAll('*'), function (el) { if (el.shadowRoot) out = out.concat(deepAll(el.shadowRoot)); }); return out; }
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && deepAll(root).every(function (el) { return el.type === 'radio' || el.type === 'search' || el.checkValidity(); }); });
`;
  return {
    id: 'blind2-nested-shadow-components',
    form: 'pismo',
    description:
      'Web components three shadow roots deep (app → section rendered from a <template> → field), each field labelled inside its own shadow root; the recipient search component keeps its results and "Wybierz" buttons in its shadow; values reach the app by composed custom events.',
    dimensions: {
      framework: 'web-components',
      container: 'shadow-nested-3',
      recipient: 'search-in-shadow',
      widget: 'radios-in-shadow',
      events: 'composed-custom',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Pismo ogólne do podmiotu publicznego',
        'body{font-family:sans-serif;max-width:800px;margin:0 auto;padding:10px 20px 60px}',
        body,
        boot,
      ),
    },
    script: [
      fill('epuap-recipient-search #q', T.query),
      click('epuap-recipient-search #s'),
      wait('epuap-recipient-search li:has-text("/MC/SkrytkaESP") button'),
      click('epuap-recipient-search li:has-text("/MC/SkrytkaESP") button'),
      { action: 'check', selector: 'epuap-radio-group input[value="WNIOSEK"]' },
      fill('epuap-text-field[name="tytul"] input', T.tytul),
      fill('epuap-text-field[name="tresc"] textarea', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** Light-DOM inputs slotted into components whose labels live in the shadow; form-associated custom elements for kind and body. */
function slottedFac(): CorpusVariant {
  const body = `<main><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo" novalidate>
<gov-field label="Adresat (nazwa podmiotu)" hint="Wpisz min. 3 znaki i wybierz z listy"><input slot="control" id="adresat-q" type="text" autocomplete="off"></gov-field>
<div id="adresat-wyniki" class="karty"></div><input type="hidden" name="adresat" id="adresat-esp">
<gov-select name="rodzaj" label="Rodzaj pisma" id="rodzaj"></gov-select>
<gov-field label="Tytuł pisma" hint="Maksymalnie 200 znaków"><input slot="control" id="tytul" name="tytul" maxlength="200" required></gov-field>
<gov-textarea name="tresc" label="Treść pisma" id="tresc" required></gov-textarea>
<button type="submit">Wyślij</button></form></main>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 9);
var KINDS = ${js(RODZAJE)};
function def(name, cls) { if (!customElements.get(name)) customElements.define(name, cls); }
def('gov-field', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var r = this.attachShadow({ mode: 'open' });
    r.innerHTML = '<style>:host{display:block;margin:14px 0}.l{display:block;font-weight:bold}.h{color:#555;font-size:13px}::slotted(input){width:100%;max-width:600px;padding:6px;box-sizing:border-box}</style><span class="l" part="label">' + this.getAttribute('label') + '</span><span class="h">' + (this.getAttribute('hint') || '') + '</span><div><slot name="control"></slot></div>';
  }
});
function fac(name, build) {
  var C = class extends HTMLElement {
    constructor() { super(); this._internals = this.attachInternals ? this.attachInternals() : null; this._value = ''; }
    get value() { return this._value; }
    set value(v) { this._value = String(v); this._sync(); }
    get form() { return this._internals ? this._internals.form : this.closest('form'); }
    get name() { return this.getAttribute('name'); }
    checkValidity() { return !this.hasAttribute('required') || !!this._value; }
    _set(v) { this._value = v; if (this._internals) { this._internals.setFormValue(v); this._internals.setValidity(this.checkValidity() ? {} : { valueMissing: true }, 'Uzupełnij pole'); } this.dispatchEvent(new Event('change', { bubbles: true })); }
    connectedCallback() { if (this.shadowRoot) return; var r = this.attachShadow({ mode: 'open', delegatesFocus: true }); build(this, r); if (this._internals) this._internals.setValidity(this.checkValidity() ? {} : { valueMissing: true }, 'Uzupełnij pole'); }
  };
  C.formAssociated = true;
  def(name, C);
}
fac('gov-select', function (host, r) {
  r.innerHTML = '<style>label{display:block;font-weight:bold;margin-top:14px}select{padding:6px;min-width:300px}</style><label for="s">' + host.getAttribute('label') + ' *</label><select id="s"><option value="">Wybierz</option>' + KINDS.map(function (k) { return '<option value="' + k.v + '">' + k.t + '</option>'; }).join('') + '</select>';
  var s = r.getElementById('s'); s.addEventListener('change', function () { host._set(s.value); });
  host._sync = function () { s.value = host._value; };
});
fac('gov-textarea', function (host, r) {
  r.innerHTML = '<style>label{display:block;font-weight:bold;margin-top:14px}textarea{width:100%;max-width:600px;box-sizing:border-box}</style><label for="t">' + host.getAttribute('label') + ' *</label><textarea id="t" rows="6"></textarea><div class="licznik" aria-live="polite">0/3000</div>';
  var t = r.getElementById('t'); t.addEventListener('input', function () { host._set(t.value); r.querySelector('.licznik').textContent = t.value.length + '/3000'; });
  host._sync = function () { t.value = host._value; };
});
document.getElementById('rodzaj').addEventListener('change', function (e) { S.set('rodzaj', e.target.value); });
document.getElementById('tresc').addEventListener('change', function (e) { S.set('tresc', e.target.value); });
B2.text(document.getElementById('tytul'), S, 'tytul');
B2.guardForms(document, S);
var q = document.getElementById('adresat-q'); var box = document.getElementById('adresat-wyniki');
q.addEventListener('input', function () { if (S.get('recipient')) { S.set('recipient', ''); document.getElementById('adresat-esp').value = ''; } });
B2.typeahead({ input: q, min: 3, debounce: 450, latency: 300, dir: DIR,
  short: function () { box.innerHTML = ''; },
  render: function (found, text) {
    box.innerHTML = found.map(function (p, i) { return '<article class="karta"><h3>' + B2.mark(p.name, text, 'mark') + '</h3><p>' + B2.esc(p.addr) + '<br>ESP: ' + B2.esc(p.esp) + '</p><button type="button" data-i="' + i + '">Wybierz</button></article>'; }).join('') || '<p>Brak wyników</p>';
    Array.prototype.forEach.call(box.querySelectorAll('button'), function (b) { b.addEventListener('click', function () { var p = found[Number(b.getAttribute('data-i'))]; S.set('recipient', p.esp); document.getElementById('adresat-esp').value = p.esp; q.value = p.name; box.innerHTML = '<p class="wybrano">Wybrano: ' + B2.esc(p.name) + '</p>'; }); });
  } });
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && document.getElementById('tytul').checkValidity() && document.getElementById('tresc').checkValidity(); });
`;
  return {
    id: 'blind2-slotted-fields-form-associated',
    form: 'pismo',
    description:
      'Light-DOM inputs slotted into <gov-field> components whose label and hint live only in the shadow root (no for/aria link), kind and body as form-associated custom elements (ElementInternals, delegatesFocus) wrapping a select and a textarea in their shadow, recipient cards with <mark> and ESP lines.',
    dimensions: {
      framework: 'web-components',
      label: 'shadow-label-for-slotted-input',
      widget: 'form-associated-select',
      body: 'form-associated-textarea',
      recipient: 'cards-typeahead',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Pismo ogólne do podmiotu publicznego',
        'body{font-family:sans-serif;margin:0}main{max-width:800px;margin:0 auto;padding:10px 20px 60px}.karta{border:1px solid #ccc;padding:8px;margin:6px 0}',
        body,
        boot,
      ),
    },
    script: [
      fill('#adresat-q', T.query),
      wait('#adresat-wyniki article:has-text("/MC/SkrytkaESP") button'),
      click('#adresat-wyniki article:has-text("/MC/SkrytkaESP") button'),
      choose('#rodzaj #s', 'WNIOSEK'),
      fill('#tytul', T.tytul),
      fill('#tresc #t', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** A two-step wizard: recipient and kind, the clerk clicks "Dalej", then title and a ProseMirror-like editor (beforeinput/input only). */
function wizardProse(): CorpusVariant {
  const body = `<div id="app"><h1>Pismo ogólne do podmiotu publicznego</h1>
<ol class="kroki"><li id="k1" aria-current="step">1. Adresat i rodzaj</li><li id="k2">2. Treść</li><li id="k3">3. Podsumowanie</li></ol>
<form id="kreator" novalidate><div id="ekran"></div><p id="komunikat" role="alert"></p>
<button type="button" id="wstecz" hidden>Wstecz</button> <button type="button" id="dalej">Dalej</button></form></div>`;
  const screens = [
    `<fieldset><legend>Adresat</legend><label for="q">Nazwa urzędu</label> <input id="q" type="text" autocomplete="off"> <button type="button" id="szukaj">Szukaj</button>
<table id="wyniki" hidden><thead><tr><th>Urząd</th><th>Adres</th><th>Skrytka</th><th>Wybór</th></tr></thead><tbody></tbody></table><p>Adresat: <output id="adresat">nie wybrano</output></p></fieldset>
<fieldset><legend>Rodzaj pisma</legend><select id="rodzaj" aria-label="Rodzaj pisma"><option value="">(wybierz)</option>${RODZAJE.map((o) => `<option value="${o.v}">${o.t}</option>`).join('')}</select></fieldset>`,
    `<label for="tytul">Tytuł</label><input id="tytul" type="text" required>
<div class="etykieta" id="tresc-etykieta">Treść</div><div class="menubar"><button type="button" aria-label="Pogrubienie">B</button><button type="button" aria-label="Lista">•</button></div>
<div class="ProseMirror" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="tresc-etykieta" translate="no"><p><br class="ProseMirror-trailingBreak"></p></div>`,
    `<h2>Podsumowanie</h2><dl id="podsumowanie"></dl><p><button type="button" id="podpisz">Podpisz i wyślij</button></p>`,
  ];
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 10);
var SCREENS = ${js(screens)};
var step = 0;
var ekran = document.getElementById('ekran');
function render() {
  ekran.innerHTML = SCREENS[step];
  ['k1', 'k2', 'k3'].forEach(function (k, i) { document.getElementById(k).setAttribute('aria-current', i === step ? 'step' : 'false'); });
  document.getElementById('wstecz').hidden = step === 0; document.getElementById('dalej').hidden = step === 2;
  if (step === 0) {
    var sel = document.getElementById('rodzaj'); sel.value = S.get('rodzaj'); B2.select(sel, S, 'rodzaj');
    document.getElementById('szukaj').addEventListener('click', function () {
      var q = document.getElementById('q').value; var t = document.getElementById('wyniki');
      setTimeout(function () {
        var found = B2.find(DIR, q);
        t.querySelector('tbody').innerHTML = found.map(function (p, i) { return '<tr><td>' + B2.esc(p.name) + '</td><td>' + B2.esc(p.addr) + '</td><td>' + B2.esc(p.esp) + '</td><td><input type="radio" name="adresat" value="' + i + '" aria-label="' + B2.esc(p.name) + '"></td></tr>'; }).join('');
        t.hidden = false;
        Array.prototype.forEach.call(t.querySelectorAll('input[type=radio]'), function (r) { r.addEventListener('change', function () { var p = found[Number(r.value)]; S.set('recipient', p.esp); document.getElementById('adresat').textContent = p.name + ' (' + p.esp + ')'; }); });
      }, 400);
    });
    if (S.get('recipient')) document.getElementById('adresat').textContent = S.get('recipient');
  } else if (step === 1) {
    var ti = document.getElementById('tytul'); ti.value = S.get('tytul'); B2.text(ti, S, 'tytul');
    var pm = ekran.querySelector('.ProseMirror');
    B2.docEditor(pm, { render: function (t) { pm.innerHTML = t ? '<p>' + B2.esc(t) + '</p>' : '<p><br class="ProseMirror-trailingBreak"></p>'; }, changed: function (t) { S.set('tresc', t); } });
    if (S.get('tresc')) pm.innerHTML = '<p>' + B2.esc(S.get('tresc')) + '</p>';
  } else {
    document.getElementById('podsumowanie').innerHTML = ['recipient', 'rodzaj', 'tytul', 'tresc'].map(function (k) { return '<dt>' + k + '</dt><dd>' + B2.esc(S.get(k)) + '</dd>'; }).join('');
    B2.action(document.getElementById('podpisz'), S);
  }
}
B2.guardForms(document, S);
B2.action(document.getElementById('dalej'), S, function () {
  var msg = document.getElementById('komunikat');
  if (step === 0 && (!S.get('recipient') || !S.get('rodzaj'))) { msg.textContent = 'Wybierz adresata i rodzaj pisma.'; return; }
  msg.textContent = ''; step++; render();
});
document.getElementById('wstecz').addEventListener('click', function () { step--; render(); });
render();
B2.expose(S, function () { return step >= 1 && B2.filled(S, ${js(PISMO_KEYS)}); });
`;
  return {
    id: 'blind2-wizard-prosemirror',
    form: 'pismo',
    description:
      'Three-screen wizard (screens replaced, not hidden): recipient table with a radio per row (named only by aria-label) and the kind select labelled by aria-label, the clerk clicks "Dalej"; then the title and a ProseMirror-like editor that keeps its own document from beforeinput/input and re-renders its paragraph.',
    dimensions: {
      framework: 'vanilla-spa',
      steps: 'two+summary',
      recipient: 'table-radio-per-row',
      body: 'prosemirror',
      label: 'aria-label',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Pismo ogólne do podmiotu publicznego',
        'body{font-family:sans-serif;max-width:860px;margin:0 auto;padding:10px 20px 60px}.kroki{display:flex;gap:20px;list-style:none;padding:0}[aria-current=step]{font-weight:bold}.ProseMirror{border:1px solid #999;min-height:120px;padding:6px;outline:0}label,.etykieta{display:block;margin-top:12px;font-weight:bold}#tytul{width:100%}',
        body,
        boot,
      ),
    },
    script: [
      fill('#q', T.query),
      click('#szukaj'),
      wait('#wyniki tr:has-text("/MC/SkrytkaESP") input[type=radio]'),
      { action: 'check', selector: '#wyniki tr:has-text("/MC/SkrytkaESP") input[type=radio]' },
      choose('#rodzaj', 'WNIOSEK'),
      click('#dalej'),
      fill('#tytul', T.tytul),
      fill('.ProseMirror', T.tresc),
    ],
    userSteps: [[click('#dalej')]],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** A form re-rendered from state after every change (new nodes and ids), disabled until a recipient is set, then blocked by an overlay while "permissions" are checked. */
function rerenderOverlay(): CorpusVariant {
  const body = `<div id="aplikacja"><h1>Pismo ogólne do podmiotu publicznego</h1><div id="formularz"></div></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 11);
var KINDS = ${js(RODZAJE)};
var ui = { q: '', found: null, name: '', checking: false, ok: false };
var gen = 0;
var host = document.getElementById('formularz');
function render() {
  gen++;
  var g = 'r' + gen + '-';
  var off = !S.get('recipient') || ui.checking ? ' disabled' : '';
  host.innerHTML = '<form class="pismo" novalidate>' +
    '<div class="pole"><label for="' + g + 'q">Adresat</label><input id="' + g + 'q" name="q" value="' + B2.esc(ui.q) + '" autocomplete="off" placeholder="Szukaj urzędu…">' +
    (ui.name ? '<p class="wybrany">✔ ' + B2.esc(ui.name) + '</p>' : '') +
    (ui.found ? '<ul class="lista">' + ui.found.map(function (p, i) { return '<li><button type="button" class="opcja" data-i="' + i + '">' + B2.esc(p.name) + ' <small>' + B2.esc(p.esp) + '</small></button></li>'; }).join('') + '</ul>' : '') + '</div>' +
    '<fieldset' + off + '><legend>Dane pisma (dostępne po wybraniu adresata)</legend>' +
    '<div class="pole"><label for="' + g + 'rodzaj">Rodzaj pisma</label><select id="' + g + 'rodzaj" name="rodzaj" required><option value=""></option>' + KINDS.map(function (k) { return '<option value="' + k.v + '"' + (S.get('rodzaj') === k.v ? ' selected' : '') + '>' + k.t + '</option>'; }).join('') + '</select></div>' +
    '<div class="pole"><label for="' + g + 'tytul">Tytuł pisma</label><input id="' + g + 'tytul" name="tytul" required value="' + B2.esc(S.get('tytul')) + '"></div>' +
    '<div class="pole"><label for="' + g + 'tresc">Treść pisma</label><textarea id="' + g + 'tresc" name="tresc" rows="6" required>' + B2.esc(S.get('tresc')) + '</textarea></div></fieldset>' +
    '<button type="submit">Wyślij</button></form>';
  var f = host.querySelector('form');
  f.addEventListener('submit', function (e) { e.preventDefault(); S.submitted++; });
  var q = f.elements.q;
  var t = 0;
  q.addEventListener('input', function () { ui.q = q.value; clearTimeout(t); var v = q.value; t = setTimeout(function () { if (B2.norm(v).length < 3) return; setTimeout(function () { ui.found = B2.find(DIR, v); rerender(); }, 300); }, 400); });
  Array.prototype.forEach.call(f.querySelectorAll('.opcja'), function (b) { b.addEventListener('click', function () {
    var p = ui.found[Number(b.getAttribute('data-i'))]; ui.found = null; ui.q = ''; ui.name = p.name; ui.checking = true;
    S.set('recipient', p.esp);
    B2.busy(1000, 'Sprawdzanie, czy adresat przyjmuje pisma ogólne…');
    setTimeout(function () { ui.checking = false; rerender(); }, 1000);
  }); });
  f.elements.rodzaj.addEventListener('change', function () { S.set('rodzaj', f.elements.rodzaj.value); });
  f.elements.tytul.addEventListener('input', function () { S.set('tytul', f.elements.tytul.value); });
  f.elements.tresc.addEventListener('input', function () { S.set('tresc', f.elements.tresc.value); });
}
var queued = false;
function rerender() {
  if (queued) return; queued = true;
  Promise.resolve().then(function () {
    queued = false;
    var a = document.activeElement; var name = a && host.contains(a) ? a.name : ''; var pos = name && typeof a.selectionStart === 'number' ? a.selectionStart : null;
    render();
    if (name) { var n = host.querySelector('form').elements[name]; if (n && n.focus) { n.focus(); if (pos != null && n.setSelectionRange) try { n.setSelectionRange(pos, pos); } catch (e) {} } }
  });
}
S.on(rerender);
render();
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([host]); });
`;
  return {
    id: 'blind2-rerender-disabled-overlay',
    form: 'pismo',
    description:
      'A form rebuilt from state after every change (new nodes, ids r<N>-… change each render, only names stay); kind, title and body sit in a disabled fieldset until a recipient is chosen, then a full-page blocking overlay runs a 1 s "permission check" before they are enabled; typeahead results as buttons with the ESP in <small>.',
    dimensions: {
      framework: 'vanilla-vdom',
      timing: 'rerender-every-change',
      structure: 'disabled-until-recipient',
      overlay: 'blocking-async-check',
      recipient: 'typeahead-buttons',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Pismo ogólne do podmiotu publicznego',
        'body{font-family:sans-serif;max-width:820px;margin:0 auto;padding:10px 20px 60px}.pole{margin:10px 0}.pole label{display:block;font-weight:bold}.pole input,.pole textarea,.pole select{width:100%;max-width:600px}.lista{list-style:none;padding:0}.opcja{width:100%;text-align:left;padding:6px;margin:2px 0}',
        body,
        boot,
      ),
    },
    script: [
      type('input[name="q"]', 'Ministerstwo Cyfryzacji'),
      wait('.opcja:has-text("/MC/SkrytkaESP")'),
      click('.opcja:has-text("/MC/SkrytkaESP")'),
      wait('fieldset:not([disabled]) select[name="rodzaj"]'),
      choose('select[name="rodzaj"]', 'WNIOSEK'),
      fill('input[name="tytul"]', T.tytul),
      fill('textarea[name="tresc"]', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

export function structurePismo(): CorpusVariant[] {
  return [
    nestedFrames(),
    srcdocDatalist('filled'),
    srcdocDatalist('two'),
    nestedShadow(),
    slottedFac(),
    wizardProse(),
    rerenderOverlay(),
  ];
}
