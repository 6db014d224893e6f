// Pismo ogólne pages built with widget kits: react-select + Quill, Vue (v-model.lazy) with paged results,
// Ant Design, Bootstrap 5 + bootstrap-select + Summernote, PrimeFaces.

import type { CorpusVariant } from '../types';
import { choose, click, doc, fill, js, PISMO_KEYS, pismo, press, RODZAJE, T, type, wait } from './page';

const VALID = `function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([document.body]); }`;

/** react-select (async, menu portal, react-select-N-option-M), a non-searchable react-select, Quill, keyed title input. */
function reactSelectQuill(): CorpusVariant {
  const css = `body{font-family:system-ui,sans-serif;margin:0;background:#f3f5f8}
.wrap{max-width:820px;margin:0 auto;background:#fff;padding:20px 28px 90px}
.field{margin:18px 0}.field>label,.field>.lbl{display:block;font-weight:600;margin-bottom:6px}
.req{color:#c00}
.react-select__control{display:flex;border:1px solid #ccc;border-radius:4px;min-height:38px;align-items:center;padding:0 8px;background:#fff;cursor:default}
.react-select__value-container{flex:1;position:relative;display:grid}
.react-select__placeholder,.react-select__single-value{grid-area:1/1;color:#808080}
.react-select__single-value{color:#333}
.react-select__input-container{grid-area:1/1}
.react-select__input{border:0;outline:0;width:100%;font:inherit;background:transparent}
.react-select__dummy{opacity:0;width:1px;border:0;padding:0}
.react-select__menu{background:#fff;border-radius:4px;box-shadow:0 0 0 1px rgba(0,0,0,.1),0 4px 11px rgba(0,0,0,.1);margin-top:4px}
.react-select__option{padding:8px 12px}.react-select__option--is-focused{background:#deebff}
.react-select__menu-notice{padding:8px 12px;color:#999;text-align:center}
.ql-toolbar{border:1px solid #ccc;padding:6px}.ql-toolbar button{border:0;background:none;width:28px}
.ql-container{border:1px solid #ccc;border-top:0;min-height:140px;position:relative}
.ql-editor{padding:12px 15px;min-height:120px;outline:0}.ql-editor.ql-blank::before{content:attr(data-placeholder);color:rgba(0,0,0,.6);font-style:italic;position:absolute}
.ql-clipboard{left:-100000px;height:1px;overflow-y:hidden;position:absolute;top:50%}
.ql-tooltip.ql-hidden{visibility:hidden}.ql-tooltip{position:absolute;background:#fff;border:1px solid #ccc;padding:5px 12px}
input.tytul{width:100%;padding:8px;border:1px solid #ccc;border-radius:4px;box-sizing:border-box}
.btn{background:#0052a5;color:#fff;border:0;padding:10px 20px;border-radius:4px}`;
  const body = `<div id="root"><div class="wrap"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="f" noValidate>
<div class="field"><span class="lbl" id="lbl-adresat">Adresat <span class="req">*</span></span>
<div class="react-select-container css-b62m3t-container" id="adresat"><span id="react-select-3-live-region" class="css-1f43avz-a11yText-A11yText"></span><span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText" id="rs3-log"></span>
<div class="react-select__control css-13cymwt-control"><div class="react-select__value-container css-hlgwow"><div class="react-select__placeholder css-1jqq78o-placeholder" id="react-select-3-placeholder">Wpisz nazwę urzędu…</div><div class="react-select__input-container css-19bb58m" data-value=""><input class="react-select__input" autocapitalize="none" autocomplete="off" autocorrect="off" id="react-select-3-input" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="lbl-adresat" role="combobox" aria-describedby="react-select-3-placeholder" value=""></div></div><div class="react-select__indicators"><span class="react-select__indicator-separator"></span><div class="react-select__indicator react-select__dropdown-indicator" aria-hidden="true">▾</div></div></div>
<input name="adresat" type="hidden" value=""></div></div>
<div class="field"><span class="lbl" id="lbl-rodzaj">Rodzaj pisma <span class="req">*</span></span>
<div class="react-select-container css-b62m3t-container" id="rodzaj"><div class="react-select__control css-13cymwt-control" id="rodzaj-control"><div class="react-select__value-container"><div class="react-select__placeholder" id="react-select-4-placeholder">Wybierz…</div><input id="react-select-4-input" tabindex="0" inputmode="none" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="lbl-rodzaj" role="combobox" aria-readonly="true" readonly class="react-select__dummy css-mohuvp-dummyInput-DummyInput" value=""></div><div class="react-select__indicators"><div class="react-select__indicator">▾</div></div></div><input name="rodzaj" type="hidden" value=""></div></div>
<div class="field"><label for="tytul-pisma">Tytuł pisma <span class="req">*</span></label><span id="tytul-slot"><input class="tytul" id="tytul-pisma" name="tytul" maxlength="250" required value=""></span></div>
<div class="field"><span class="lbl" id="lbl-tresc">Treść pisma <span class="req">*</span></span>
<div id="toolbar" class="ql-toolbar ql-snow"><span class="ql-formats"><button type="button" class="ql-bold" aria-label="Pogrubienie">B</button><button type="button" class="ql-italic" aria-label="Kursywa">I</button><button type="button" class="ql-underline" aria-label="Podkreślenie">U</button></span><span class="ql-formats"><button type="button" class="ql-list" value="ordered" aria-label="Lista numerowana">1.</button><button type="button" class="ql-link" aria-label="Wstaw link">🔗</button></span></div>
<div id="editor" class="ql-container ql-snow"><div class="ql-editor ql-blank" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="lbl-tresc" data-placeholder="Wpisz treść pisma…"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div><div class="ql-tooltip ql-hidden"><a class="ql-preview" rel="noopener noreferrer" target="_blank" href="about:blank"></a><input type="text" data-formula="e=mc^2" data-link="https://quilljs.com" data-video="Embed URL"><a class="ql-action"></a><a class="ql-remove"></a></div></div></div>
<p><button class="btn" type="submit">Przejdź do podpisu</button></p>
</form></div></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 5);
var OPTS = ${js(RODZAJE)};
B2.guardForms(document, S);
function portal(id) {
  var p = document.createElement('div'); p.className = 'react-select__menu-portal css-1nmdiq5-menu'; p.style.zIndex = '1';
  p.innerHTML = '<div class="react-select__menu" id="' + id + '-listbox"><div class="react-select__menu-list" role="listbox" aria-multiselectable="false"></div></div>';
  return p;
}
// async react-select for the recipient
var inp = document.getElementById('react-select-3-input');
var box = document.getElementById('adresat');
var hidden = box.querySelector('input[type=hidden]');
B2.track(inp);
var menu = null; var found = []; var focused = -1;
function closeMenu() { if (menu) { menu.remove(); menu = null; } inp.setAttribute('aria-expanded', 'false'); inp.removeAttribute('aria-controls'); inp.removeAttribute('aria-activedescendant'); }
function drawMenu(html) {
  if (!menu) { menu = portal('react-select-3'); document.body.appendChild(menu); }
  B2.place(menu, box.querySelector('.react-select__control'));
  menu.querySelector('[role=listbox]').innerHTML = html;
  inp.setAttribute('aria-expanded', 'true'); inp.setAttribute('aria-controls', 'react-select-3-listbox');
}
function pick(p) {
  S.set('recipient', p.esp); hidden.value = p.esp;
  var vc = box.querySelector('.react-select__value-container');
  var old = vc.querySelector('.react-select__single-value'); if (old) old.remove();
  var ph = vc.querySelector('.react-select__placeholder'); if (ph) ph.remove();
  var sv = document.createElement('div'); sv.className = 'react-select__single-value css-1dimb5e-singleValue'; sv.textContent = p.name; vc.insertBefore(sv, vc.firstChild);
  inp.value = ''; inp.parentNode.setAttribute('data-value', '');
  document.getElementById('rs3-log').textContent = 'opcja ' + p.name + ', wybrana.';
  closeMenu();
}
function drawOptions(q) {
  drawMenu(found.length ? found.map(function (p, i) { return '<div class="react-select__option' + (i === focused ? ' react-select__option--is-focused' : '') + '" aria-disabled="false" id="react-select-3-option-' + i + '" tabindex="-1" role="option" aria-selected="false">' + B2.esc(p.name) + '</div>'; }).join('') : '<div class="react-select__menu-notice react-select__menu-notice--no-options">Nie znaleziono urzędu</div>');
  Array.prototype.forEach.call(menu.querySelectorAll('.react-select__option'), function (o, i) {
    o.addEventListener('mousemove', function () { focused = i; });
    o.addEventListener('click', function () { pick(found[i]); });
  });
}
var timer = 0;
inp.addEventListener('input', function () {
  if (!inp.__b2t.changed()) return;
  inp.parentNode.setAttribute('data-value', inp.value);
  var ph = box.querySelector('.react-select__placeholder'); if (ph) ph.style.display = inp.value ? 'none' : '';
  var q = inp.value; clearTimeout(timer);
  if (B2.norm(q).length < 3) { drawMenu('<div class="react-select__menu-notice">Wpisz co najmniej 3 znaki</div>'); return; }
  drawMenu('<div class="react-select__menu-notice react-select__menu-notice--loading">Wyszukiwanie…</div>');
  timer = setTimeout(function () { var my = q; setTimeout(function () { if (inp.value !== my) return; found = B2.find(DIR, my); focused = found.length ? 0 : -1; drawOptions(my); }, 450); }, 500);
});
inp.addEventListener('keydown', function (e) {
  if (!menu || !found.length) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); focused = Math.max(0, Math.min(found.length - 1, focused + (e.key === 'ArrowDown' ? 1 : -1))); drawOptions(inp.value); inp.setAttribute('aria-activedescendant', 'react-select-3-option-' + focused); }
  if (e.key === 'Enter' && focused >= 0) { e.preventDefault(); pick(found[focused]); }
});
inp.addEventListener('blur', function () { setTimeout(closeMenu, 100); inp.value = ''; });
box.querySelector('.react-select__control').addEventListener('mousedown', function (e) { if (e.target !== inp) { e.preventDefault(); inp.focus(); } });
// non-searchable react-select for the kind
var rc = document.getElementById('rodzaj-control');
var dummy = document.getElementById('react-select-4-input');
B2.popup({
  trigger: rc, keyTarget: dummy, options: OPTS, openOn: 'mousedown', controls: 'react-select-4-listbox',
  panel: function () { return portal('react-select-4'); }, itemsIn: '[role=listbox]',
  item: function (x, i, on) { return '<div class="react-select__option' + (on ? ' react-select__option--is-selected' : '') + '" id="react-select-4-option-' + i + '" tabindex="-1" role="option" aria-selected="' + on + '" data-b2-v="' + x.v + '">' + B2.esc(x.t) + '</div>'; },
  current: function () { return S.get('rodzaj'); },
  pick: function (x) {
    S.set('rodzaj', x.v); document.querySelector('#rodzaj input[type=hidden]').value = x.v;
    var vc = rc.querySelector('.react-select__value-container'); var ph = vc.querySelector('.react-select__placeholder,.react-select__single-value');
    ph.className = 'react-select__single-value'; ph.textContent = x.t;
  }
});
// the title input is re-keyed on every change: a new node each time (focus and caret kept)
function bindTitle(el) {
  B2.track(el);
  el.addEventListener('input', function () {
    if (!el.__b2t.changed()) return;
    S.set('tytul', el.value);
    var pos = el.selectionStart; var had = document.activeElement === el;
    var n = el.cloneNode(false); n.value = el.value;
    el.replaceWith(n); bindTitle(n);
    if (had) { n.focus(); try { n.setSelectionRange(pos, pos); } catch (e) {} }
  });
}
bindTitle(document.getElementById('tytul-pisma'));
// Quill
var ed = document.querySelector('#editor .ql-editor');
B2.observedEditor(ed, function (t) { S.set('tresc', t); ed.classList.toggle('ql-blank', !t); });
B2.expose(S, ${VALID});
`;
  return {
    id: 'blind2-react-select-quill',
    form: 'pismo',
    description:
      'React: async react-select recipient (3 chars, 500 ms debounce + 450 ms load, menu portal, react-select-3-option-N, hidden input), non-searchable react-select kind with a readonly dummy input opening on mousedown, title input re-created on every keystroke, Quill editor with a hidden tooltip input and clipboard.',
    dimensions: {
      framework: 'react',
      widget: 'react-select',
      recipient: 'react-select-async',
      body: 'quill',
      events: 'react-tracker',
      structure: 'node-per-keystroke',
    },
    origin: 'hand',
    files: { 'index.html': doc('ePUAP – Pismo ogólne', css, body, boot) },
    script: [
      click('#adresat .react-select__control'),
      type('#react-select-3-input', 'Ministerstwo Cyfryzacji'),
      wait('#react-select-3-listbox .react-select__option >> text="Ministerstwo Cyfryzacji"'),
      click('#react-select-3-listbox .react-select__option >> text="Ministerstwo Cyfryzacji"'),
      click('#rodzaj-control'),
      click('#react-select-4-listbox >> text="Wniosek"'),
      fill('#tytul-pisma', T.tytul),
      fill('#editor .ql-editor', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** Vue 3: v-model.lazy (change only), vee-validate messages on blur, search button with paged results (MC on page 2). */
function vueLazyPaged(scenario: 'filled' | 'none'): CorpusVariant {
  const css = `body{font-family:"Source Sans Pro",Arial,sans-serif;margin:0}
#app{max-width:880px;margin:0 auto;padding:16px 24px 80px}
.form-group{margin:14px 0}.form-group label{display:block;font-weight:600}
.form-control{width:100%;max-width:620px;padding:6px 8px;box-sizing:border-box}
.invalid-feedback{color:#c62828;font-size:13px}
table.wyniki{border-collapse:collapse;width:100%}table.wyniki td,table.wyniki th{border:1px solid #ccc;padding:5px 8px;text-align:left}
.paginacja button{margin:0 2px}.paginacja .active{font-weight:bold;background:#003c8f;color:#fff}
fieldset{border:1px solid #ccc;padding:10px 16px}`;
  const body = `<div id="app" data-v-app=""><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo" novalidate>
<fieldset><legend>Adresat pisma</legend>
<div class="form-group"><label for="szukaj-adresata">Nazwa podmiotu lub identyfikator ESP</label>
<div class="input-group"><input id="szukaj-adresata" class="form-control" type="search" autocomplete="off"> <button type="button" class="btn" id="btn-szukaj">Szukaj</button></div></div>
<div id="wyniki" aria-live="polite"></div>
<p>Wybrany adresat: <strong id="wybrany">nie wybrano</strong></p></fieldset>
<div class="form-group"><label for="rodzaj">Rodzaj pisma *</label><select id="rodzaj" class="form-control" required><option value="" disabled selected>-- wybierz --</option>${RODZAJE.map((o) => `<option value="${o.v.toLowerCase()}">${o.t}</option>`).join('')}</select></div>
<div class="form-group"><label for="tytul">Tytuł *</label><input id="tytul" name="tytul" class="form-control" required maxlength="200"><div class="invalid-feedback" id="tytul-err"></div></div>
<div class="form-group"><label for="tresc">Treść *</label><textarea id="tresc" name="tresc" class="form-control" rows="6" required></textarea><div class="invalid-feedback" id="tresc-err"></div></div>
<p><button type="submit" class="btn btn-primary">Dalej</button></p>
</form></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 'alpha');
B2.guardForms(document, S);
function err(id, name) { return function (el, msg) { document.getElementById(id).textContent = msg ? msg : ''; el.classList.toggle('is-invalid', !!msg); }; }
B2.text(document.getElementById('tytul'), S, 'tytul', { on: 'change', trim: true, check: function (v) { return v ? '' : 'Pole Tytuł jest wymagane'; }, error: err('tytul-err') });
B2.text(document.getElementById('tresc'), S, 'tresc', { on: 'change', trim: true, check: function (v) { return v ? '' : 'Pole Treść jest wymagane'; }, error: err('tresc-err') });
B2.select(document.getElementById('rodzaj'), S, 'rodzaj');
var PAGE = 3; var all = []; var page = 0; var q = '';
var res = document.getElementById('wyniki');
function draw() {
  if (!all.length) { res.innerHTML = '<p>Brak podmiotów spełniających kryteria wyszukiwania.</p>'; return; }
  var pages = Math.ceil(all.length / PAGE);
  var rows = all.slice(page * PAGE, page * PAGE + PAGE);
  res.innerHTML = '<p>Znaleziono ' + all.length + ' podmiotów (strona ' + (page + 1) + ' z ' + pages + ')</p><table class="wyniki"><thead><tr><th>Nazwa</th><th>Adres</th><th>Skrytka ESP</th><th></th></tr></thead><tbody>' +
    rows.map(function (p, i) { return '<tr><td>' + B2.esc(p.name) + '</td><td>' + B2.esc(p.addr) + '</td><td>' + B2.esc(p.esp) + '</td><td><button type="button" class="btn-wybierz" data-i="' + (page * PAGE + i) + '">Wybierz</button></td></tr>'; }).join('') +
    '</tbody></table><nav class="paginacja" aria-label="Strony wyników"><button type="button" class="poprzednia"' + (page ? '' : ' disabled') + '>‹ Poprzednia</button>' +
    Array.from({ length: pages }, function (_, i) { return '<button type="button" class="strona' + (i === page ? ' active' : '') + '" data-p="' + i + '" aria-label="Strona ' + (i + 1) + '">' + (i + 1) + '</button>'; }).join('') +
    '<button type="button" class="nastepna"' + (page < pages - 1 ? '' : ' disabled') + '>Następna ›</button></nav>';
  Array.prototype.forEach.call(res.querySelectorAll('.btn-wybierz'), function (b) { b.addEventListener('click', function () { var p = all[Number(b.getAttribute('data-i'))]; S.set('recipient', p.esp); document.getElementById('wybrany').textContent = p.name + ' (' + p.esp + ')'; }); });
  Array.prototype.forEach.call(res.querySelectorAll('.strona'), function (b) { b.addEventListener('click', function () { page = Number(b.getAttribute('data-p')); draw(); }); });
  var n = res.querySelector('.nastepna'); n.addEventListener('click', function () { page++; draw(); });
  var pr = res.querySelector('.poprzednia'); pr.addEventListener('click', function () { page--; draw(); });
}
function search() {
  q = document.getElementById('szukaj-adresata').value;
  if (B2.norm(q).length < 3) { res.innerHTML = '<p class="invalid-feedback">Wpisz co najmniej 3 znaki.</p>'; return; }
  res.innerHTML = '<p>Wyszukiwanie…</p>';
  setTimeout(function () { all = B2.find(DIR, q); page = 0; draw(); }, 600);
}
document.getElementById('btn-szukaj').addEventListener('click', search);
document.getElementById('szukaj-adresata').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(); } });
B2.expose(S, ${VALID});
`;
  const id = scenario === 'filled' ? 'blind2-vue-lazy-paged' : 'blind2-vue-paged-no-recipient';
  return {
    id,
    form: 'pismo',
    description:
      scenario === 'filled'
        ? 'Vue 3: v-model.lazy title and body (model only on change), trimmed, vee-validate messages on blur, search button with results paged by 3 (alphabetical: Ministerstwo Cyfryzacji first on page 2, its departments after it), lower-case option values.'
        : 'Vue 3 paged search with no entity named exactly Ministerstwo Cyfryzacji: pages of its departments, the organ "Minister Cyfryzacji", the abolished MAiC, COI; nothing may be chosen.',
    dimensions: {
      framework: 'vue',
      events: 'change-lazy',
      recipient: 'search-button-paged',
      widget: 'native-select',
      validation: 'blur-messages',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      fill('#szukaj-adresata', T.query),
      click('#btn-szukaj'),
      click('#wyniki .strona[data-p="1"]'),
      wait('#wyniki tr:has-text("/MC/SkrytkaESP") .btn-wybierz'),
      click('#wyniki tr:has-text("/MC/SkrytkaESP") .btn-wybierz'),
      choose('#rodzaj', 'wniosek'),
      fill('#tytul', T.tytul),
      press('#tytul', 'Tab'),
      fill('#tresc', T.tresc),
      press('#tresc', 'Tab'),
    ],
    expected: pismo(scenario === 'filled' ? '/MC/SkrytkaESP' : '', 'wniosek'),
    outcome: scenario === 'filled' ? 'filled' : 'no-recipient',
  };
}

/** Ant Design: required marks by CSS, Select with a search box and a virtual list (6 rendered), remote Select for the recipient, showCount textarea. */
function antDesign(): CorpusVariant {
  const kinds = [
    { v: '1', t: 'Deklaracja' },
    { v: '2', t: 'Informacja' },
    { v: '3', t: 'Odwołanie' },
    { v: '4', t: 'Pismo przewodnie' },
    { v: '5', t: 'Podanie' },
    { v: '6', t: 'Skarga' },
    { v: '7', t: 'Wniosek o udostępnienie informacji publicznej' },
    { v: '8', t: 'Wniosek' },
    { v: '9', t: 'Wyjaśnienie' },
    { v: '10', t: 'Zażalenie' },
    { v: '11', t: 'Inne pismo' },
  ];
  const css = `body{font-family:-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f0f2f5;color:rgba(0,0,0,.88)}
.ant-layout-content{max-width:860px;margin:24px auto;background:#fff;padding:24px 32px 90px;border-radius:8px}
.ant-form-item{margin-bottom:24px}.ant-form-item-label>label{font-size:14px}
.ant-form-item-required::before{display:inline-block;margin-inline-end:4px;color:#ff4d4f;content:"*"}
.ant-select{position:relative;display:block;max-width:600px;cursor:pointer}
.ant-select-selector{border:1px solid #d9d9d9;border-radius:6px;padding:4px 11px;min-height:22px;position:relative;display:flex}
.ant-select-selection-search{position:absolute;inset:0 11px}.ant-select-selection-search-input{border:0;outline:0;width:100%;height:100%;background:transparent;font:inherit;cursor:inherit}
.ant-select-selection-placeholder{color:rgba(0,0,0,.25)}.ant-select-selection-item,.ant-select-selection-placeholder{pointer-events:none;line-height:30px}
.ant-select-dropdown{background:#fff;border-radius:8px;box-shadow:0 6px 16px rgba(0,0,0,.08);padding:4px;z-index:1050}
.ant-select-item{padding:5px 12px;border-radius:4px;cursor:pointer}.ant-select-item-option-active{background:rgba(0,0,0,.04)}
.rc-virtual-list-holder{max-height:192px;overflow-y:auto}
.ant-input{border:1px solid #d9d9d9;border-radius:6px;padding:4px 11px;width:100%;max-width:600px;box-sizing:border-box;font:inherit}
.ant-input-textarea-show-count::after{display:block;color:rgba(0,0,0,.45);content:attr(data-count);text-align:end;max-width:600px}
.ant-btn-primary{background:#1677ff;color:#fff;border:0;border-radius:6px;padding:4px 15px;height:32px}
.ant-select-item-option-content b{color:#1677ff}`;
  const body = `<section class="ant-layout"><main class="ant-layout-content"><h2 class="ant-typography">Pismo ogólne do podmiotu publicznego</h2>
<form id="pismo" class="ant-form ant-form-vertical">
<div class="ant-form-item"><div class="ant-form-item-label"><label for="pismo_adresat" class="ant-form-item-required" title="Adresat">Adresat</label></div>
<div class="ant-form-item-control"><div class="ant-select ant-select-show-search ant-select-single" id="adresat-sel"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="pismo_adresat" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="pismo_adresat_list" aria-autocomplete="list" aria-controls="pismo_adresat_list" value=""></span><span class="ant-select-selection-placeholder">Wyszukaj po nazwie (min. 3 znaki)</span></div></div>
<div class="ant-form-item-extra">Wyniki pochodzą z katalogu podmiotów publicznych ePUAP</div></div></div>
<div class="ant-form-item"><div class="ant-form-item-label"><label for="pismo_rodzaj" class="ant-form-item-required" title="Rodzaj pisma">Rodzaj pisma</label></div>
<div class="ant-form-item-control"><div class="ant-select ant-select-show-search ant-select-single" id="rodzaj-sel"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="pismo_rodzaj" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" value=""></span><span class="ant-select-selection-placeholder">Wybierz rodzaj</span></div></div></div></div>
<div class="ant-form-item"><div class="ant-form-item-label"><label for="pismo_tytul" class="ant-form-item-required" title="Tytuł">Tytuł</label></div>
<div class="ant-form-item-control"><input id="pismo_tytul" class="ant-input" type="text" value="" aria-required="true" required></div></div>
<div class="ant-form-item"><div class="ant-form-item-label"><label for="pismo_tresc" class="ant-form-item-required" title="Treść">Treść</label></div>
<div class="ant-form-item-control"><div class="ant-input-textarea ant-input-textarea-show-count" data-count="0 / 3000" id="licznik"><textarea id="pismo_tresc" class="ant-input" rows="6" maxlength="3000" aria-required="true" required></textarea></div></div></div>
<button type="submit" class="ant-btn ant-btn-primary"><span>Przejdź do podpisu</span></button>
</form></main></section>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 3);
var KINDS = ${js(kinds)};
B2.guardForms(document, S);
B2.text(document.getElementById('pismo_tytul'), S, 'tytul', { react: true });
B2.text(document.getElementById('pismo_tresc'), S, 'tresc', { react: true, after: function (v) { document.getElementById('licznik').setAttribute('data-count', v.length + ' / 3000'); } });
function dropdown(id) { var d = document.createElement('div'); d.innerHTML = '<div class="ant-select-dropdown ant-select-dropdown-placement-bottomLeft"><div role="listbox" id="' + id + '_list" class="ant-select-item-list"></div><div class="rc-virtual-list"><div class="rc-virtual-list-holder"><div class="rc-virtual-list-holder-inner"></div></div></div></div>'; d.style.position = 'absolute'; d.style.top = '0'; d.style.left = '0'; d.style.width = '100%'; return d; }
function selected(sel, text) {
  var sr = sel.querySelector('.ant-select-selector'); var ph = sr.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item');
  ph.className = 'ant-select-selection-item'; ph.textContent = text; ph.title = text;
}
// the kind: a virtual list renders 6 items; typing into the search input filters them
var rs = document.getElementById('rodzaj-sel'); var ri = document.getElementById('pismo_rodzaj');
var kd = null;
function kindPh() { return rs.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item'); }
function closeKinds() { if (kd) { kd.remove(); kd = null; } ri.setAttribute('aria-expanded', 'false'); ri.removeAttribute('aria-controls'); ri.value = ''; kindPh().style.visibility = ''; }
function drawKinds() {
  var inner = kd.querySelector('.rc-virtual-list-holder-inner');
  var q = B2.fold(ri.value);
  inner.innerHTML = KINDS.filter(function (x) { return B2.fold(x.t).indexOf(q) >= 0; }).slice(0, 6).map(function (x, i) {
    var on = S.get('rodzaj') === x.v;
    return '<div aria-selected="' + on + '" class="ant-select-item ant-select-item-option' + (on ? ' ant-select-item-option-selected' : '') + '" title="' + B2.esc(x.t) + '" data-v="' + x.v + '" id="pismo_rodzaj_list_' + i + '" role="option"><div class="ant-select-item-option-content">' + B2.esc(x.t) + '</div></div>';
  }).join('') || '<div class="ant-select-item-empty">Brak danych</div>';
  Array.prototype.forEach.call(inner.querySelectorAll('[data-v]'), function (d) {
    d.addEventListener('mousedown', function (e) { e.preventDefault(); });
    d.addEventListener('click', function () { var v = d.getAttribute('data-v'); var x = KINDS.filter(function (k) { return k.v === v; })[0]; S.set('rodzaj', x.v); selected(rs, x.t); closeKinds(); });
  });
}
function openKinds() {
  if (kd) return;
  kd = dropdown('pismo_rodzaj'); document.body.appendChild(kd); B2.place(kd.firstChild, rs);
  ri.setAttribute('aria-expanded', 'true'); ri.setAttribute('aria-controls', 'pismo_rodzaj_list');
  drawKinds();
}
rs.querySelector('.ant-select-selector').addEventListener('mousedown', function (e) { if (e.button !== 0) return; if (e.target !== ri) e.preventDefault(); if (kd) closeKinds(); else openKinds(); ri.focus(); });
ri.addEventListener('input', function () { if (!kd) openKinds(); kindPh().style.visibility = ri.value ? 'hidden' : ''; drawKinds(); });
ri.addEventListener('blur', function () { setTimeout(closeKinds, 150); });
document.addEventListener('mousedown', function (e) { if (kd && !kd.contains(e.target) && !rs.contains(e.target)) closeKinds(); }, true);
// the recipient: a remote search Select (debounce 500 ms), the query highlighted in bold
var as = document.getElementById('adresat-sel'); var ai = document.getElementById('pismo_adresat');
var dd = null;
function closeDd() { if (dd) { dd.remove(); dd = null; } ai.setAttribute('aria-expanded', 'false'); }
document.addEventListener('mousedown', function (e) { if (dd && !dd.contains(e.target) && !as.contains(e.target)) closeDd(); }, true);
B2.typeahead({
  input: ai, min: 3, debounce: 500, latency: 300, dir: DIR,
  short: closeDd,
  loading: function () { var ph = as.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item'); if (ph) ph.style.visibility = 'hidden'; },
  render: function (found, q) {
    closeDd();
    dd = dropdown('pismo_adresat'); document.body.appendChild(dd); B2.place(dd.firstChild, as);
    var inner = dd.querySelector('.rc-virtual-list-holder-inner');
    inner.innerHTML = found.length ? found.map(function (p, i) { return '<div class="ant-select-item ant-select-item-option" title="' + B2.esc(p.name) + '" role="option" id="pismo_adresat_list_' + i + '" data-i="' + i + '"><div class="ant-select-item-option-content">' + B2.mark(p.name, q, 'b') + '</div></div>'; }).join('') : '<div class="ant-select-item-empty"><div class="ant-empty ant-empty-small"><div class="ant-empty-description">Brak danych</div></div></div>';
    ai.setAttribute('aria-expanded', 'true');
    Array.prototype.forEach.call(inner.querySelectorAll('[data-i]'), function (d) {
      d.addEventListener('mousedown', function (e) { e.preventDefault(); });
      d.addEventListener('click', function () { var p = found[Number(d.getAttribute('data-i'))]; S.set('recipient', p.esp); selected(as, p.name); ai.value = ''; closeDd(); });
    });
  }
});
ai.addEventListener('blur', function () { setTimeout(function () { ai.value = ''; var ph = as.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item'); if (ph) ph.style.visibility = ''; }, 200); });
B2.expose(S, ${VALID});
`;
  return {
    id: 'blind2-ant-design-virtual',
    form: 'pismo',
    description:
      'Ant Design: required marks drawn by CSS ::before, kind Select (mousedown, search input inside) whose virtual list renders only 6 of 11 kinds (Wniosek is 8th: type to reach it), remote recipient Select (500 ms debounce, names with bold query words, no ESP shown), showCount textarea, React tracker.',
    dimensions: {
      framework: 'ant-design',
      label: 'css-required-mark',
      widget: 'ant-select-virtual',
      recipient: 'ant-select-remote',
      events: 'react-tracker',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      type('#pismo_adresat', 'Ministerstwo Cyfryzacji'),
      wait('#pismo_adresat_list ~ .rc-virtual-list .ant-select-item[title="Ministerstwo Cyfryzacji"]'),
      click('#pismo_adresat_list ~ .rc-virtual-list .ant-select-item[title="Ministerstwo Cyfryzacji"]'),
      click('#rodzaj-sel .ant-select-selector'),
      type('#pismo_rodzaj', 'Wniosek'),
      click('.ant-select-item[title="Wniosek"]'),
      fill('#pismo_tytul', T.tytul),
      fill('#pismo_tresc', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', '8'),
    outcome: 'filled',
  };
}

export function widgetPismo(): CorpusVariant[] {
  return [reactSelectQuill(), vueLazyPaged('filled'), vueLazyPaged('none'), antDesign()];
}
