// Pismo ogólne in the style of an Angular + PrimeNG application: p-autoComplete with forceSelection,
// p-dropdown whose panel (with a filter input) is appended to body, p-float-label, p-editor (Quill).

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, T, type, wait } from './page';

const KINDS = [
  { v: 'DEKL', t: 'Deklaracja' },
  { v: 'INFO', t: 'Informacja' },
  { v: 'ODWO', t: 'Odwołanie' },
  { v: 'OSWI', t: 'Oświadczenie' },
  { v: 'PODA', t: 'Podanie' },
  { v: 'SKAR', t: 'Skarga' },
  { v: 'SPRZ', t: 'Sprzeciw' },
  { v: 'WEZW', t: 'Wezwanie' },
  { v: 'WUIP', t: 'Wniosek o udostępnienie informacji publicznej' },
  { v: 'WPRR', t: 'Wniosek o ponowne rozpatrzenie sprawy' },
  { v: 'WNIO', t: 'Wniosek' },
  { v: 'WYJA', t: 'Wyjaśnienie' },
  { v: 'ZAWI', t: 'Zawiadomienie' },
  { v: 'ZAZA', t: 'Zażalenie' },
  { v: 'INNE', t: 'Inne pismo' },
];

const CSS = `
body { margin: 0; font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; background: #eff3f8; color: #334155; font-size: 15px; }
.layout-topbar { background: #fff; height: 60px; display: flex; align-items: center; padding: 0 28px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
.layout-topbar .logo { font-weight: 700; color: #c8102e; font-size: 20px; margin-right: 24px; }
.layout-topbar .konto { margin-left: auto; font-size: 13px; color: #64748b; text-align: right; }
.layout-main { max-width: 900px; margin: 24px auto; padding: 0 16px 80px; }
.card { background: #fff; border-radius: 10px; padding: 28px 32px; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
.loading { padding: 60px; text-align: center; color: #64748b; }
.p-fieldset { border: 1px solid #dee2e6; border-radius: 6px; padding: 10px 20px 18px; margin: 0 0 18px; }
.p-fieldset-legend { font-weight: 700; padding: 0 8px; }
.field { margin: 16px 0; }
.field > label { display: block; margin-bottom: 6px; font-weight: 600; }
.req { color: #dc2626; }
.p-inputtext { font: inherit; color: inherit; border: 1px solid #cbd5e1; border-radius: 6px; padding: 9px 11px; width: 100%; box-sizing: border-box; background: #fff; }
.p-inputtext:focus { outline: 0; border-color: #3b82f6; box-shadow: 0 0 0 3px #bfdbfe; }
.ng-touched.ng-invalid-field { border-color: #e24c4c; }
.help { display: block; color: #64748b; font-size: 13px; margin-top: 4px; }
.p-autocomplete { position: relative; display: block; }
.p-autocomplete-loader { position: absolute; right: 10px; top: 10px; }
.p-autocomplete-panel, .p-dropdown-panel { background: #fff; border: 0; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.16); z-index: 1001; }
.p-autocomplete-panel { max-height: 260px; overflow: auto; }
.p-autocomplete-items, .p-dropdown-items { list-style: none; margin: 0; padding: 6px 0; }
.p-autocomplete-item, .p-dropdown-item { padding: 9px 14px; cursor: pointer; }
.p-autocomplete-item:hover, .p-dropdown-item:hover, .p-focus-item { background: #f1f5f9; }
.p-highlight { background: #eff6ff; color: #1d4ed8; }
.podmiot .nazwa { display: block; }
.podmiot small { display: block; color: #64748b; font-size: 12px; }
.p-autocomplete-empty-message, .p-dropdown-empty-message { padding: 9px 14px; color: #64748b; }
.p-dropdown { display: flex; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; cursor: pointer; position: relative; }
.p-dropdown.p-focus { border-color: #3b82f6; box-shadow: 0 0 0 3px #bfdbfe; }
.p-dropdown-label { border: 0; flex: 1; }
.p-placeholder { color: #94a3b8; }
.p-dropdown-trigger { width: 40px; display: flex; align-items: center; justify-content: center; color: #64748b; }
.p-hidden-accessible { border: 0; clip: rect(0 0 0 0); height: 1px; margin: -1px; overflow: hidden; padding: 0; position: absolute; width: 1px; }
.p-dropdown-header { padding: 8px 12px; border-bottom: 1px solid #e2e8f0; background: #f8fafc; }
.p-dropdown-filter-container { position: relative; }
.p-dropdown-filter-icon { position: absolute; right: 10px; top: 9px; color: #94a3b8; }
.p-float-label { display: block; position: relative; margin-top: 24px; }
.p-float-label > label { position: absolute; left: 12px; top: 10px; color: #64748b; pointer-events: none; transition: all .15s; }
.p-float-label > input:focus ~ label, .p-float-label > input.p-filled ~ label { top: -20px; left: 2px; font-size: 12px; color: #334155; font-weight: 600; }
.p-editor-container { border: 1px solid #cbd5e1; border-radius: 6px; }
.ql-toolbar { border-bottom: 1px solid #cbd5e1; padding: 6px; background: #f8fafc; }
.ql-toolbar button { background: none; border: 0; width: 30px; height: 26px; cursor: pointer; font-weight: 700; }
.ql-container { position: relative; }
.ql-editor { height: 100%; padding: 12px 14px; outline: 0; overflow-y: auto; box-sizing: border-box; line-height: 1.45; }
.ql-editor p { margin: 0; }
.ql-editor.ql-blank::before { content: attr(data-placeholder); color: #94a3b8; font-style: italic; position: absolute; left: 14px; }
.ql-clipboard { left: -100000px; height: 1px; overflow-y: hidden; position: absolute; top: 50%; }
.wybrany { margin-top: 8px; background: #f0fdf4; border: 1px solid #bbf7d0; border-radius: 6px; padding: 8px 12px; font-size: 14px; }
.p-fileupload-choose { position: relative; overflow: hidden; display: inline-block; }
.p-fileupload-choose input[type=file] { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
.p-button { background: #2563eb; color: #fff; border: 1px solid #2563eb; border-radius: 6px; padding: 9px 18px; font: inherit; cursor: pointer; }
.p-button-outlined { background: #fff; color: #2563eb; }
.akcje { display: flex; gap: 10px; justify-content: flex-end; margin-top: 20px; }
`;

function template(): string {
  return `<div class="card">
<h1>Pismo ogólne do podmiotu publicznego</h1>
<p>Formularz pozwala wysłać pismo do dowolnego podmiotu publicznego, który ma skrytkę w ePUAP. Pola oznaczone <span class="req">*</span> są obowiązkowe.</p>
<form id="pismoForm" novalidate class="ng-untouched ng-pristine ng-invalid">
<p-fieldset class="p-element"><fieldset class="p-fieldset p-component"><legend class="p-fieldset-legend"><span class="p-fieldset-legend-text">Adresat</span></legend>
<div class="field">
<label for="adresat">Podmiot publiczny <span class="req" aria-hidden="true">*</span></label>
<p-autocomplete class="p-element p-inputwrapper" id="adresat-host"><span class="p-autocomplete p-component"><input id="adresat" name="adresat" type="text" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-required="true" aria-describedby="adresat-help" class="p-autocomplete-input p-inputtext p-component p-element" placeholder="Nazwa, adres skrytki lub identyfikator"><i class="p-autocomplete-loader" hidden aria-hidden="true">⟳</i></span></p-autocomplete>
<small id="adresat-help" class="help">Wpisz co najmniej 3 znaki i wybierz podmiot z listy podpowiedzi. Tekst, który nie jest pozycją listy, zostanie usunięty.</small>
<div id="adresat-wybrany" class="wybrany" hidden></div>
</div></fieldset></p-fieldset>
<p-fieldset class="p-element"><fieldset class="p-fieldset p-component"><legend class="p-fieldset-legend"><span class="p-fieldset-legend-text">Pismo</span></legend>
<div class="field">
<label id="rodzaj-label">Rodzaj pisma <span class="req" aria-hidden="true">*</span></label>
<p-dropdown class="p-element p-inputwrapper" id="rodzaj-host"><div class="p-dropdown p-component" id="rodzaj"><span class="p-hidden-accessible"><input type="text" role="combobox" readonly id="rodzaj-input" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="rodzaj-label" aria-required="true"></span><span class="p-dropdown-label p-inputtext p-placeholder" id="rodzaj-value">Wybierz rodzaj pisma</span><div role="button" aria-label="rozwiń listę" class="p-dropdown-trigger"><span class="p-dropdown-trigger-icon">▾</span></div></div></p-dropdown>
</div>
<div class="field"><span class="p-float-label"><input id="tytul" name="tytul" type="text" class="p-inputtext p-component p-element" maxlength="250" autocomplete="off"><label for="tytul">Tytuł pisma *</label></span></div>
<div class="field"><label id="tresc-label">Treść pisma <span class="req" aria-hidden="true">*</span></label>
<p-editor class="p-element" id="tresc-host"><div class="p-editor-container"><div class="p-editor-toolbar ql-toolbar ql-snow"><span class="ql-formats"><button type="button" class="ql-bold" aria-label="Pogrubienie">B</button><button type="button" class="ql-italic" aria-label="Kursywa"><i>I</i></button><button type="button" class="ql-underline" aria-label="Podkreślenie"><u>U</u></button></span><span class="ql-formats"><button type="button" class="ql-list" value="ordered" aria-label="Lista numerowana">1.</button><button type="button" class="ql-list" value="bullet" aria-label="Lista punktowana">•</button></span><span class="ql-formats"><button type="button" class="ql-clean" aria-label="Usuń formatowanie">Tx</button></span></div>
<div class="p-editor-content ql-container ql-snow" style="height: 180px"><div class="ql-editor ql-blank" data-gramm="false" contenteditable="true" data-placeholder="Wpisz treść pisma…"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div></div></p-editor>
<small class="help" id="tresc-licznik">Liczba znaków: 0 / 5000</small>
</div>
</fieldset></p-fieldset>
<p-fieldset class="p-element"><fieldset class="p-fieldset p-component"><legend class="p-fieldset-legend"><span class="p-fieldset-legend-text">Załączniki</span></legend>
<p-fileupload class="p-element"><span class="p-button p-fileupload-choose p-button-outlined"><input type="file" id="zalacznik" accept=".pdf,.jpg,.jpeg,.xml" title=""><span>+ Wybierz załącznik</span></span></p-fileupload>
<small class="help">Dopuszczalne formaty: PDF, JPG, XML. Łączny rozmiar załączników do 5 MB.</small>
</fieldset></p-fieldset>
<div class="akcje"><button type="button" class="p-button p-button-outlined" id="zapisz">Zapisz wersję roboczą</button><button type="submit" class="p-button" id="dalej">Dalej</button></div>
</form></div>`;
}

function primeng(): CorpusVariant {
  const body = `<app-root ng-version="16.2.12">
<div class="layout-topbar"><span class="logo">ePUAP</span><span>Strefa klienta</span><div class="konto">Zalogowany: <b>Jan Nowak</b><br>Organizacja: Urząd Gminy Brudzew (UGBrudzew)</div></div>
<div class="layout-main"><app-pismo-ogolne><div class="loading" role="status">Trwa ładowanie formularza…</div></app-pismo-ogolne></div>
</app-root>`;
  const boot = `
var KINDS = ${js(KINDS)};
var S = B3.store(${js(PISMO_KEYS)});
var DIR = B3.dir(['dzs', 'dc', 'mc', 'min', 'biuro', 'maic', 'coi', 'nask', 'kprm', 'mrit', 'mf', 'uke', 'ug']);
var host = document.querySelector('app-pismo-ogolne');
function place(panel, anchor) {
  var r = anchor.getBoundingClientRect();
  panel.style.position = 'absolute';
  panel.style.left = (r.left + window.scrollX) + 'px';
  panel.style.top = (r.bottom + window.scrollY + 2) + 'px';
  panel.style.minWidth = r.width + 'px';
}
function mount() {
  host.innerHTML = ${js(template())};
  var form = host.querySelector('form');
  B3.guard(form, S);
  function touched() { form.classList.remove('ng-untouched'); form.classList.add('ng-touched'); }
  function dirty() { form.classList.remove('ng-pristine'); form.classList.add('ng-dirty'); }
  S.on(function () { dirty(); var ok = api.valid(); form.classList.toggle('ng-invalid', !ok); form.classList.toggle('ng-valid', ok); });

  // --- pInputText in a p-float-label (DefaultValueAccessor: input)
  var tytul = host.querySelector('#tytul');
  tytul.addEventListener('input', function () { S.set('tytul', tytul.value); tytul.classList.toggle('p-filled', !!tytul.value); });
  tytul.addEventListener('blur', touched);

  // --- p-dropdown, panel appended to body, filter inside it
  var dd = host.querySelector('#rodzaj'); var ddIn = host.querySelector('#rodzaj-input'); var ddVal = host.querySelector('#rodzaj-value');
  var panel = null; var shown = []; var focusIdx = -1;
  function drawItems(q) {
    shown = KINDS.filter(function (k) { return !q || B3.fold(k.t).indexOf(B3.fold(q)) >= 0; });
    var ul = panel.querySelector('ul');
    ul.innerHTML = shown.length ? shown.map(function (k, i) {
      var on = S.get('rodzaj') === k.v;
      return '<p-dropdownitem class="p-element"><li role="option" id="pn_id_7_' + i + '" class="p-ripple p-element p-dropdown-item' + (on ? ' p-highlight' : '') + '" aria-label="' + B3.esc(k.t) + '" aria-selected="' + on + '" data-i="' + i + '"><span>' + B3.esc(k.t) + '</span></li></p-dropdownitem>';
    }).join('') : '<li class="p-dropdown-empty-message" role="option">Brak wyników</li>';
    focusIdx = -1;
    Array.prototype.forEach.call(ul.querySelectorAll('li[data-i]'), function (li) {
      li.addEventListener('click', function () { pick(shown[Number(li.getAttribute('data-i'))]); });
    });
  }
  function moveFocus(d) {
    if (!panel || !shown.length) return;
    focusIdx = Math.max(0, Math.min(shown.length - 1, focusIdx + d));
    Array.prototype.forEach.call(panel.querySelectorAll('li[data-i]'), function (li, i) { li.classList.toggle('p-focus-item', i === focusIdx); });
    ddIn.setAttribute('aria-activedescendant', 'pn_id_7_' + focusIdx);
  }
  function keys(e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); moveFocus(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); moveFocus(-1); }
    else if (e.key === 'Enter') { e.preventDefault(); if (focusIdx >= 0) pick(shown[focusIdx]); else if (shown.length === 1) pick(shown[0]); }
    else if (e.key === 'Escape' || e.key === 'Tab') closeDd();
  }
  function openDd() {
    if (panel) return;
    panel = document.createElement('div');
    panel.className = 'p-dropdown-panel p-component ng-star-inserted';
    panel.innerHTML = '<div class="p-dropdown-header"><div class="p-dropdown-filter-container"><input type="text" autocomplete="off" role="searchbox" class="p-dropdown-filter p-inputtext p-component" placeholder="Szukaj" aria-owns="pn_id_7_list"><span class="p-dropdown-filter-icon">⌕</span></div></div><div class="p-dropdown-items-wrapper" style="max-height: 200px; overflow: auto"><ul role="listbox" id="pn_id_7_list" class="p-dropdown-items" aria-labelledby="rodzaj-label"></ul></div>';
    document.body.appendChild(panel);
    place(panel, dd);
    var f = panel.querySelector('.p-dropdown-filter');
    f.addEventListener('input', function () { drawItems(f.value); });
    f.addEventListener('keydown', keys);
    drawItems('');
    dd.classList.add('p-dropdown-open', 'p-focus');
    ddIn.setAttribute('aria-expanded', 'true'); ddIn.setAttribute('aria-controls', 'pn_id_7_list');
    setTimeout(function () { if (panel) f.focus(); }, 0);
  }
  function closeDd() {
    if (!panel) return;
    panel.remove(); panel = null;
    dd.classList.remove('p-dropdown-open', 'p-focus');
    ddIn.setAttribute('aria-expanded', 'false'); ddIn.removeAttribute('aria-controls'); ddIn.removeAttribute('aria-activedescendant');
    touched();
  }
  function pick(k) {
    if (!k) return;
    S.set('rodzaj', k.v);
    ddVal.textContent = k.t; ddVal.classList.remove('p-placeholder');
    closeDd();
    ddIn.focus();
  }
  dd.addEventListener('click', function () { if (panel) closeDd(); else openDd(); });
  ddIn.addEventListener('keydown', function (e) {
    if (!panel) { if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openDd(); } return; }
    keys(e);
  });
  document.addEventListener('mousedown', function (e) {
    if (panel && !panel.contains(e.target) && !dd.contains(e.target)) closeDd();
    if (acPanel && !acPanel.contains(e.target) && e.target !== ac) hideAc();
  }, true);

  // --- p-autoComplete, forceSelection: only a suggestion may stay in the field
  var ac = host.querySelector('#adresat'); var loader = host.querySelector('.p-autocomplete-loader');
  var wybrany = host.querySelector('#adresat-wybrany');
  var acPanel = null; var sugg = []; var chosen = null; var timer = 0; var seq = 0; var acFocus = -1;
  function showChosen() {
    if (chosen) { wybrany.hidden = false; wybrany.innerHTML = 'Wybrany adresat: <b>' + B3.esc(chosen.name) + '</b><br>Adres skrytki: ' + B3.esc(chosen.esp); }
    else { wybrany.hidden = true; wybrany.innerHTML = ''; }
  }
  function hideAc() {
    if (!acPanel) return;
    acPanel.remove(); acPanel = null; acFocus = -1;
    ac.setAttribute('aria-expanded', 'false'); ac.removeAttribute('aria-controls'); ac.removeAttribute('aria-activedescendant');
  }
  function select(p) {
    chosen = p; ac.value = p.name; S.set('recipient', p.esp);
    hideAc(); showChosen();
  }
  function showAc() {
    if (!acPanel) { acPanel = document.createElement('div'); acPanel.className = 'p-autocomplete-panel p-component ng-star-inserted'; document.body.appendChild(acPanel); }
    acPanel.innerHTML = '<ul role="listbox" id="pn_id_3_list" class="p-autocomplete-items" aria-label="Podpowiedzi">' + (sugg.length ? sugg.map(function (p, i) {
      return '<li role="option" id="pn_id_3_' + i + '" class="p-autocomplete-item" aria-label="' + B3.esc(p.name) + '" aria-selected="false" data-i="' + i + '"><div class="podmiot"><span class="nazwa">' + B3.esc(p.name) + '</span><small>' + B3.esc(p.esp) + ' · ' + B3.esc(p.addr + ', ' + p.kod + ' ' + p.miasto) + '</small></div></li>';
    }).join('') : '<li class="p-autocomplete-empty-message">Nie znaleziono podmiotów</li>') + '</ul>';
    place(acPanel, ac);
    ac.setAttribute('aria-expanded', 'true'); ac.setAttribute('aria-controls', 'pn_id_3_list');
    Array.prototype.forEach.call(acPanel.querySelectorAll('li[data-i]'), function (li) {
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { select(sugg[Number(li.getAttribute('data-i'))]); });
    });
  }
  ac.addEventListener('input', function () {
    if (chosen) { chosen = null; S.set('recipient', ''); showChosen(); }
    clearTimeout(timer);
    var q = ac.value;
    if (B3.norm(q).length < 3) { seq++; loader.hidden = true; hideAc(); return; }
    timer = setTimeout(function () {
      var my = ++seq; loader.hidden = false;
      setTimeout(function () { if (my !== seq) return; loader.hidden = true; sugg = B3.find(DIR, q); if (document.activeElement === ac) showAc(); }, 350);
    }, 300);
  });
  ac.addEventListener('keydown', function (e) {
    if (!acPanel || !sugg.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      acFocus = Math.max(0, Math.min(sugg.length - 1, acFocus + (e.key === 'ArrowDown' ? 1 : -1)));
      Array.prototype.forEach.call(acPanel.querySelectorAll('li[data-i]'), function (li, i) { li.classList.toggle('p-focus-item', i === acFocus); });
      ac.setAttribute('aria-activedescendant', 'pn_id_3_' + acFocus);
    } else if (e.key === 'Enter') { e.preventDefault(); if (acFocus >= 0) select(sugg[acFocus]); }
    else if (e.key === 'Escape') hideAc();
  });
  ac.addEventListener('blur', function () {
    touched();
    if (chosen && ac.value === chosen.name) return;
    // forceSelection: the text must be one of the suggestions' labels, otherwise it is removed
    var same = sugg.filter(function (p) { return p.name === ac.value; });
    if (same.length === 1) { select(same[0]); return; }
    seq++; clearTimeout(timer); loader.hidden = true;
    if (chosen) { chosen = null; S.set('recipient', ''); showChosen(); }
    ac.value = '';
    hideAc();
  });

  // --- p-editor: Quill watches its DOM, normalises it into paragraphs and emits the text
  var ed = host.querySelector('.ql-editor'); var licznik = host.querySelector('#tresc-licznik');
  var lastText = '';
  function readEditor() {
    Array.prototype.slice.call(ed.childNodes).forEach(function (n) {
      if (n.nodeType === 3) {
        if (n.data.trim()) { var p = document.createElement('p'); ed.insertBefore(p, n); p.appendChild(n); }
        else n.remove();
      } else if (n.nodeType === 1 && n.tagName === 'DIV') {
        var q = document.createElement('p'); while (n.firstChild) q.appendChild(n.firstChild); ed.replaceChild(q, n);
      }
    });
    if (!ed.firstChild) ed.innerHTML = '<p><br></p>';
    var t = B3.blockText(ed);
    ed.classList.toggle('ql-blank', !t);
    if (t !== lastText) {
      lastText = t; S.set('tresc', t);
      licznik.textContent = 'Liczba znaków: ' + t.length + ' / 5000';
    }
  }
  new MutationObserver(readEditor).observe(ed, { childList: true, subtree: true, characterData: true });
  ed.addEventListener('blur', touched);
}
var api = B3.expose(S, function () {
  return S.filled(${js(PISMO_KEYS)}) && S.get('tytul').length <= 250 && S.get('tresc').length <= 5000;
});
setTimeout(mount, 500);
`;
  return {
    id: 'blind3-primeng-autocomplete-force-dropdown-filter',
    form: 'pismo',
    description:
      'Angular + PrimeNG, mounted 0.5 s after load: p-autoComplete recipient with forceSelection (300 ms delay + 350 ms load, panel in body, name with ESP · address; on blur a text equal to the label of exactly one suggestion is taken, any other text cleared), p-dropdown kind whose body panel has a filter input and 15 kinds ("Wniosek" 11th, after two "Wniosek o …"), p-float-label title, p-editor (Quill) body normalised by a MutationObserver.',
    dimensions: {
      framework: 'angular-primeng',
      label: 'for+float-label+labelledby',
      widget: 'p-dropdown-filter-body-panel',
      recipient: 'p-autocomplete-force-selection',
      body: 'quill-observer',
      timing: 'late-mount-500ms',
      events: 'input',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego – ePUAP', CSS, body, boot) },
    script: [
      type('#adresat', 'Ministerstwo Cyfryzacji'),
      wait('.p-autocomplete-panel li[aria-label="Ministerstwo Cyfryzacji"]'),
      click('.p-autocomplete-panel li[aria-label="Ministerstwo Cyfryzacji"]'),
      click('#rodzaj'),
      fill('.p-dropdown-panel input.p-dropdown-filter', 'Wniosek'),
      click('.p-dropdown-panel li[aria-label="Wniosek"]'),
      fill('#tytul', T.tytul),
      fill('.ql-editor', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIO'),
    outcome: 'filled',
  };
}

export function primengPismo(): CorpusVariant[] {
  return [primeng()];
}
