// Pismo ogólne pages in the style of portal stacks: Bootstrap 5 + bootstrap-select + Summernote,
// JSF/PrimeFaces, the gov.pl design system, Liferay with a tree picker and CKEditor 5.

import type { CorpusVariant } from '../types';
import {
  check,
  choose,
  click,
  doc,
  fill,
  js,
  PISMO_KEYS,
  pismo,
  press,
  RODZAJE,
  T,
  type,
  wait,
} from './page';

const VALID = `function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([document.body]); }`;

/** Bootstrap 5: floating labels, bootstrap-select over a transparent native select, recipient modal with "Pokaż więcej", Summernote. */
function bootstrapSummernote(scenario: 'filled' | 'none'): CorpusVariant {
  const css = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#212529}
.navbar{background:#0d3c78;color:#fff;padding:10px 20px}.container{max-width:900px;margin:0 auto;padding:16px 20px 110px}
.form-floating{position:relative;margin:14px 0;max-width:640px}.form-floating>.form-control{width:100%;padding:26px 12px 8px;box-sizing:border-box;border:1px solid #ced4da;border-radius:6px;font:inherit}
.form-floating>label{position:absolute;top:0;left:0;padding:6px 12px;font-size:12px;color:#6c757d;pointer-events:none}
.form-floating>.form-control::placeholder{color:transparent}
.bootstrap-select{position:relative;display:block;max-width:640px;margin:14px 0}
.bootstrap-select>select{position:absolute!important;bottom:0;left:50%;display:block!important;width:.5px!important;height:100%!important;padding:0!important;opacity:0!important;border:none;z-index:0!important}
.bootstrap-select>.dropdown-toggle{width:100%;text-align:left;background:#f8f9fa;border:1px solid #ced4da;border-radius:6px;padding:8px 12px;position:relative;z-index:1}
.dropdown-menu{display:none;position:absolute;z-index:1000;background:#fff;border:1px solid rgba(0,0,0,.15);border-radius:6px;min-width:100%;padding:4px 0;margin:0;list-style:none}
.dropdown-menu.show{display:block}.dropdown-item{display:block;padding:5px 16px;color:#212529;text-decoration:none;cursor:pointer}.dropdown-item:hover,.dropdown-item.active{background:#e9ecef}
.modal{position:fixed;inset:0;z-index:1055;display:none;overflow-y:auto}.modal.show{display:block}
.modal-dialog{max-width:640px;margin:40px auto;background:#fff;border-radius:8px}.modal-header,.modal-body,.modal-footer{padding:12px 16px}
.modal-backdrop{position:fixed;inset:0;background:#000;opacity:.5;z-index:1050}
.list-group{list-style:none;padding:0}.list-group-item{border:1px solid #dee2e6;padding:8px 12px;margin-top:-1px;display:flex;justify-content:space-between;gap:12px}
.list-group-item small{display:block;color:#6c757d}
.note-editor{border:1px solid #ced4da;border-radius:6px;max-width:640px}.note-toolbar{background:#f5f5f5;padding:4px;border-bottom:1px solid #ddd}
.note-editable{min-height:140px;padding:10px;outline:0}.note-placeholder{position:absolute;color:#999;padding:10px;pointer-events:none}
.note-editing-area{position:relative}.note-codable{display:none}.note-modal{display:none}
.btn{border:1px solid #0d6efd;background:#0d6efd;color:#fff;border-radius:6px;padding:6px 14px}.btn-outline{background:#fff;color:#0d6efd}`;
  const opts = RODZAJE.map((o) => `<option value="${o.v}">${o.t}</option>`).join('');
  const items = RODZAJE.map(
    (o, i) =>
      `<li><a role="option" class="dropdown-item" id="bs-select-1-${i + 1}" tabindex="0" aria-selected="false" data-original-index="${i + 1}"><span class="text">${o.t}</span></a></li>`,
  ).join('');
  const body = `<nav class="navbar">ePUAP<sup>2</sup> · Strefa urzędnika</nav>
<div class="container"><h1 class="h3">Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo" class="needs-validation" novalidate>
<div class="mb-3"><span class="form-label">Adresat</span>: <strong id="adresat-nazwa" class="text-muted">nie wybrano</strong> <input type="hidden" id="adresat" name="adresat" value="">
<button type="button" class="btn btn-outline" id="otworz-adresat" data-bs-toggle="modal" data-bs-target="#modalAdresat">Wybierz adresata</button></div>
<div class="dropdown bootstrap-select form-control" id="rodzaj-bs"><select class="selectpicker" id="rodzaj" name="rodzaj" title="Rodzaj pisma" required tabindex="-98"><option class="bs-title-option" value=""></option>${opts}</select>
<button type="button" tabindex="-1" class="btn-light dropdown-toggle bs-placeholder" data-bs-toggle="dropdown" role="combobox" aria-owns="bs-select-1" aria-haspopup="listbox" aria-expanded="false" title="Rodzaj pisma" data-id="rodzaj"><div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner">Rodzaj pisma</div></div></div></button>
<div class="dropdown-menu" style="overflow:hidden"><div class="inner show" role="listbox" id="bs-select-1" tabindex="-1"><ul class="dropdown-menu inner show" role="presentation" style="position:static;border:0">${items}</ul></div></div></div>
<div class="form-floating"><input type="text" class="form-control" id="tytul" name="tytul" placeholder="Tytuł pisma" required maxlength="255"><label for="tytul">Tytuł pisma</label></div>
<label for="tresc" class="form-label">Treść pisma</label>
<textarea id="tresc" name="tresc" required style="display:none"></textarea>
<div class="note-editor note-frame"><div class="note-toolbar" role="toolbar"><div class="note-btn-group"><button type="button" class="note-btn" aria-label="Pogrubienie (CTRL+B)">B</button><button type="button" class="note-btn" aria-label="Kursywa">I</button><button type="button" class="note-btn" aria-label="Link">⛓</button><button type="button" class="note-btn btn-codeview" aria-label="Widok kodu">&lt;/&gt;</button></div></div>
<div class="note-modal link-dialog" aria-hidden="true" tabindex="-1" role="dialog" aria-label="Wstaw link"><div class="note-modal-content"><div class="note-form-group"><label for="note-dialog-link-txt-1" class="note-form-label">Tekst do wyświetlenia</label><input id="note-dialog-link-txt-1" class="note-link-text form-control note-form-control note-input" type="text"></div><div class="note-form-group"><label for="note-dialog-link-url-1" class="note-form-label">Adres URL</label><input id="note-dialog-link-url-1" class="note-link-url form-control note-form-control note-input" type="text" value="http://"></div></div></div>
<div class="note-editing-area"><div class="note-placeholder">Wpisz treść pisma</div><textarea class="note-codable" aria-multiline="true"></textarea><div class="note-editable" contenteditable="true" role="textbox" aria-multiline="true" spellcheck="true" autocorrect="true"><p><br></p></div></div>
<output class="note-status-output" role="status" aria-live="polite"></output></div>
<p class="mt-3"><button type="button" class="btn btn-outline" id="zapisz">Zapisz szkic</button> <button type="submit" class="btn" id="wyslij">Wyślij</button></p>
</form></div>
<div class="modal fade" id="modalAdresat" tabindex="-1" aria-labelledby="modalAdresatLabel" aria-hidden="true" role="dialog"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="modalAdresatLabel">Wyszukaj adresata</h5> <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Zamknij">×</button></div>
<div class="modal-body"><div class="input-group"><input type="text" class="form-control" id="adresat-q" placeholder="Nazwa podmiotu" aria-label="Nazwa podmiotu"> <button class="btn" type="button" id="adresat-szukaj">Szukaj</button></div>
<ul class="list-group" id="adresat-wyniki"></ul><p id="adresat-info" class="small"></p></div>
<div class="modal-footer"><button type="button" class="btn btn-outline" data-bs-dismiss="modal">Anuluj</button></div></div></div></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 0);
B2.guardForms(document, S);
B2.action(document.getElementById('wyslij'), S);
// bootstrap-select: the app listens to the native select; the widget mirrors it
var sel = document.getElementById('rodzaj');
var bs = document.getElementById('rodzaj-bs');
var toggle = bs.querySelector('.dropdown-toggle');
var menu = bs.querySelector('.dropdown-menu');
function refresh() {
  var o = sel.options[sel.selectedIndex];
  var t = o && o.value ? o.textContent : 'Rodzaj pisma';
  bs.querySelector('.filter-option-inner-inner').textContent = t;
  toggle.title = t; toggle.classList.toggle('bs-placeholder', !(o && o.value));
  Array.prototype.forEach.call(menu.querySelectorAll('.dropdown-item'), function (a) { var on = Number(a.getAttribute('data-original-index')) === sel.selectedIndex; a.classList.toggle('active', on); a.setAttribute('aria-selected', String(on)); });
}
sel.addEventListener('change', function () { S.set('rodzaj', sel.value); refresh(); });
function setOpen(on) { menu.classList.toggle('show', on); toggle.setAttribute('aria-expanded', String(on)); bs.classList.toggle('show', on); }
toggle.addEventListener('click', function () { setOpen(!menu.classList.contains('show')); });
document.addEventListener('click', function (e) { if (!bs.contains(e.target)) setOpen(false); });
Array.prototype.forEach.call(menu.querySelectorAll('.dropdown-item'), function (a) {
  a.addEventListener('click', function (e) { e.preventDefault(); sel.selectedIndex = Number(a.getAttribute('data-original-index')); sel.dispatchEvent(new Event('change', { bubbles: true })); setOpen(false); toggle.focus(); });
});
B2.text(document.getElementById('tytul'), S, 'tytul');
// Summernote: the editable is the editor, the original textarea gets its HTML on every change
var ne = document.querySelector('.note-editable'); var ta = document.getElementById('tresc'); var ph = document.querySelector('.note-placeholder');
B2.observedEditor(ne, function (t) { S.set('tresc', t); ta.value = t ? ne.innerHTML : ''; ph.style.display = t ? 'none' : ''; });
// the modal
var modal = document.getElementById('modalAdresat'); var backdrop = null;
function openModal() { modal.classList.add('show'); modal.style.display = 'block'; modal.removeAttribute('aria-hidden'); modal.setAttribute('aria-modal', 'true'); backdrop = document.createElement('div'); backdrop.className = 'modal-backdrop fade show'; document.body.appendChild(backdrop); document.body.classList.add('modal-open'); setTimeout(function () { document.getElementById('adresat-q').focus(); }, 150); }
function closeModal() { modal.classList.remove('show'); modal.style.display = 'none'; modal.setAttribute('aria-hidden', 'true'); modal.removeAttribute('aria-modal'); if (backdrop) backdrop.remove(); document.body.classList.remove('modal-open'); }
document.getElementById('otworz-adresat').addEventListener('click', openModal);
Array.prototype.forEach.call(modal.querySelectorAll('[data-bs-dismiss=modal]'), function (b) { b.addEventListener('click', closeModal); });
var list = document.getElementById('adresat-wyniki'); var info = document.getElementById('adresat-info');
var found = []; var shown = 3;
function draw() {
  list.innerHTML = found.slice(0, shown).map(function (p, i) { return '<li class="list-group-item"><div><span class="nazwa">' + B2.esc(p.name) + '</span><small>' + B2.esc(p.addr) + '</small><small>Skrytka: ' + B2.esc(p.esp) + '</small></div><button type="button" class="btn btn-sm wybierz" data-i="' + i + '">Wybierz</button></li>'; }).join('');
  info.innerHTML = found.length ? 'Wyświetlono ' + Math.min(shown, found.length) + ' z ' + found.length + (found.length > shown ? ' <button type="button" class="btn btn-outline" id="pokaz-wiecej">Pokaż więcej</button>' : '') : 'Nie znaleziono podmiotów.';
  var more = document.getElementById('pokaz-wiecej'); if (more) more.addEventListener('click', function () { shown += 3; draw(); });
  Array.prototype.forEach.call(list.querySelectorAll('.wybierz'), function (b) { b.addEventListener('click', function () { var p = found[Number(b.getAttribute('data-i'))]; S.set('recipient', p.esp); document.getElementById('adresat').value = p.esp; var n = document.getElementById('adresat-nazwa'); n.textContent = p.name; n.className = ''; closeModal(); }); });
}
function search() { var q = document.getElementById('adresat-q').value; info.textContent = 'Szukam…'; list.innerHTML = ''; setTimeout(function () { found = B2.find(DIR, q); shown = 3; draw(); }, 500); }
document.getElementById('adresat-szukaj').addEventListener('click', search);
document.getElementById('adresat-q').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(); } });
B2.expose(S, ${VALID});
`;
  const filled = scenario === 'filled';
  return {
    id: filled ? 'blind2-bootstrap-modal-summernote' : 'blind2-bootstrap-modal-no-recipient',
    form: 'pismo',
    description: filled
      ? 'Bootstrap 5: floating label after its input, bootstrap-select button over a transparent native select, recipient in a modal with 3 results and "Pokaż więcej" (the ministry is 4th, after a department, the organ and COI), Summernote with hidden code-view textarea and link-dialog inputs.'
      : 'Bootstrap modal search without the ministry: departments, "Minister Cyfryzacji", COI, MAiC behind "Pokaż więcej"; nothing may be chosen.',
    dimensions: {
      framework: 'bootstrap5',
      label: 'floating-after-input',
      widget: 'bootstrap-select',
      recipient: 'modal-show-more',
      body: 'summernote',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego | ePUAP', css, body, boot) },
    script: [
      click('#otworz-adresat'),
      fill('#adresat-q', T.query),
      click('#adresat-szukaj'),
      click('#pokaz-wiecej'),
      wait('#adresat-wyniki li:has-text("/MC/SkrytkaESP") .wybierz'),
      click('#adresat-wyniki li:has-text("/MC/SkrytkaESP") .wybierz'),
      click('#rodzaj-bs .dropdown-toggle'),
      click('#bs-select-1 .dropdown-item >> text="Wniosek"'),
      fill('#tytul', T.tytul),
      fill('.note-editable', T.tresc),
    ],
    expected: pismo(filled ? '/MC/SkrytkaESP' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'no-recipient',
  };
}

/** JSF/PrimeFaces: colon ids, p:autoComplete with its panel appended to body (UPPER CASE, query spans), p:selectOneRadio, counter. */
function primefaces(scenario: 'filled' | 'two'): CorpusVariant {
  const ns = 'formularz:j_idt45';
  const id = (s: string) => `${ns}:${s}`;
  const q = (s: string) => `[id="${id(s)}"]`;
  const kinds = [
    { v: 'PODANIE', t: 'Podanie' },
    { v: 'WNIOSEK', t: 'Wniosek' },
    { v: 'SKARGA', t: 'Skarga' },
    { v: 'ZAZALENIE', t: 'Zażalenie' },
    { v: 'INNE', t: 'Inne pismo' },
  ];
  const radios = kinds
    .map(
      (k, i) =>
        `<td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="${id('rodzaj')}:${i}" name="${id('rodzaj')}" type="radio" value="${k.v}" tabindex="-1" aria-required="true"></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default" data-i="${i}"><span class="ui-radiobutton-icon ui-icon ui-icon-blank ui-c"></span></div></div></td><td><label for="${id('rodzaj')}:${i}" class="ui-radiobutton-label">${k.t}</label></td>`,
    )
    .join('');
  const css = `body{font-family:Arial,sans-serif;font-size:13px;margin:0;background:#eef2f6}
#portlet{max-width:900px;margin:0 auto;background:#fff;padding:12px 20px 80px;border:1px solid #c5d0dc}
.ui-panelgrid td{padding:6px 8px;vertical-align:top}.ui-outputlabel{font-weight:bold}.ui-outputlabel-rfi{color:#d00;margin-left:3px}
.ui-inputfield{border:1px solid #a8a8a8;padding:4px;width:520px;font:inherit}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-radiobutton{display:inline-block;vertical-align:middle}.ui-radiobutton-box{width:16px;height:16px;border:1px solid #a8a8a8;border-radius:50%;cursor:pointer}
.ui-radiobutton-box.ui-state-active{background:#2d5b94}
.ui-autocomplete-panel{position:absolute;background:#fff;border:1px solid #a8a8a8;box-shadow:0 2px 6px rgba(0,0,0,.3);z-index:1001;max-height:220px;overflow:auto}
.ui-autocomplete-items{list-style:none;margin:0;padding:2px}.ui-autocomplete-item{padding:4px 6px;cursor:pointer}.ui-autocomplete-item.ui-state-highlight{background:#d9e5f3}
.ui-autocomplete-query{font-weight:bold}.ui-autocomplete-item .esp{display:block;color:#666;font-size:11px}
.ui-helper-hidden{display:none}.licznik{color:#555;font-size:11px}
.ui-button{background:#2d5b94;color:#fff;border:1px solid #1f4475;padding:5px 14px}`;
  const body = `<div id="portlet" class="wpthemeControl"><form id="formularz" name="formularz" method="post" action="/wps/myportal/!ut/p/z1/pismo" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="formularz" value="formularz">
<h2 class="ui-panel-title">Pismo ogólne do podmiotu publicznego</h2>
<div id="${id('msgs')}" class="ui-messages ui-widget" aria-live="polite"></div>
<table id="${id('siatka')}" class="ui-panelgrid ui-widget" role="grid"><tbody>
<tr class="ui-widget-content"><td><label id="${id('adresatLbl')}" class="ui-outputlabel ui-widget" for="${id('adresat')}_input">Adresat<span class="ui-outputlabel-rfi">*</span></label></td>
<td><span id="${id('adresat')}" class="ui-autocomplete"><input id="${id('adresat')}_input" name="${id('adresat')}_input" type="text" class="ui-autocomplete-input ui-inputfield ui-widget ui-state-default ui-corner-all" autocomplete="off" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" aria-controls="${id('adresat')}_panel" aria-required="true" value=""><input id="${id('adresat')}_hinput" name="${id('adresat')}_hinput" type="hidden" autocomplete="off" value=""></span><br><span class="licznik">Wpisz co najmniej 3 znaki nazwy podmiotu.</span></td></tr>
<tr class="ui-widget-content"><td><label id="${id('rodzajLbl')}" class="ui-outputlabel ui-widget">Rodzaj pisma<span class="ui-outputlabel-rfi">*</span></label></td>
<td><table id="${id('rodzaj')}" class="ui-selectoneradio ui-widget" role="radiogroup" aria-labelledby="${id('rodzajLbl')}"><tbody><tr>${radios}</tr></tbody></table></td></tr>
<tr class="ui-widget-content"><td><label class="ui-outputlabel ui-widget" for="${id('tytul')}">Tytuł pisma<span class="ui-outputlabel-rfi">*</span></label></td>
<td><input id="${id('tytul')}" name="${id('tytul')}" type="text" maxlength="250" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-required="true" required></td></tr>
<tr class="ui-widget-content"><td><label class="ui-outputlabel ui-widget" for="${id('tresc')}">Treść pisma<span class="ui-outputlabel-rfi">*</span></label></td>
<td><textarea id="${id('tresc')}" name="${id('tresc')}" cols="60" rows="8" maxlength="2000" class="ui-inputfield ui-inputtextarea ui-widget ui-state-default ui-corner-all" aria-required="true" required></textarea><br><span id="${id('licznik')}" class="licznik">Pozostało 2000 znaków.</span></td></tr>
<tr class="ui-widget-content"><td><label class="ui-outputlabel ui-widget" for="${id('zalacznik')}_input">Załączniki</label></td><td><span class="ui-fileupload"><input type="file" id="${id('zalacznik')}_input" name="${id('zalacznik')}_input"></span></td></tr>
</tbody></table>
<button id="${id('wyslij')}" name="${id('wyslij')}" class="ui-button ui-widget ui-state-default ui-corner-all" type="submit"><span class="ui-button-text ui-c">Dalej</span></button>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-8211730364468372045:3870462518049557723" autocomplete="off">
</form></div>`;
  const boot = `
var NS = ${js(ns)};
function byId(s) { return document.getElementById(NS + ':' + s); }
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 4);
B2.guardForms(document, S);
B2.text(byId('tytul'), S, 'tytul', { on: 'change' });
var tr = byId('tresc');
B2.text(tr, S, 'tresc', { on: 'change' });
tr.addEventListener('input', function () { byId('licznik').textContent = 'Pozostało ' + (2000 - tr.value.length) + ' znaków.'; });
// p:selectOneRadio: the box is clicked, the hidden radio is checked
var group = byId('rodzaj');
B2.radios(group, NS + ':rodzaj', S, 'rodzaj');
function paint() { Array.prototype.forEach.call(group.querySelectorAll('.ui-radiobutton-box'), function (b) { var r = byId('rodzaj:' + b.getAttribute('data-i')); b.classList.toggle('ui-state-active', r.checked); b.firstChild.className = 'ui-radiobutton-icon ui-icon ui-c ' + (r.checked ? 'ui-icon-bullet' : 'ui-icon-blank'); }); }
group.addEventListener('change', paint);
Array.prototype.forEach.call(group.querySelectorAll('.ui-radiobutton-box'), function (b) {
  b.addEventListener('click', function () { var r = byId('rodzaj:' + b.getAttribute('data-i')); if (!r.checked) { r.checked = true; r.dispatchEvent(new Event('change', { bubbles: true })); } });
});
// p:autoComplete, panel appended to body
var inp = byId('adresat_input'); var hid = byId('adresat_hinput');
var panel = document.createElement('span');
panel.id = NS + ':adresat_panel'; panel.className = 'ui-autocomplete-panel ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay'; panel.setAttribute('role', 'listbox'); panel.setAttribute('tabindex', '-1');
document.body.appendChild(panel);
function hide() { panel.classList.add('ui-helper-hidden'); inp.setAttribute('aria-expanded', 'false'); }
inp.addEventListener('blur', function () { setTimeout(hide, 200); });
inp.addEventListener('input', function () { if (hid.value) { hid.value = ''; S.set('recipient', ''); } });
inp.addEventListener('keydown', function (e) { if (e.key === 'Enter') e.preventDefault(); });
B2.typeahead({
  input: inp, min: 3, debounce: 300, latency: 400, dir: DIR,
  short: hide,
  render: function (found, q) {
    panel.innerHTML = '<ul class="ui-autocomplete-items ui-autocomplete-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox">' +
      found.map(function (p, i) { return '<li class="ui-autocomplete-item ui-autocomplete-list-item ui-corner-all" data-item-value="' + B2.esc(p.esp) + '" data-item-label="' + B2.esc(p.name.toUpperCase()) + '" role="option" id="' + NS + ':adresat_item_' + i + '">' + B2.mark(p.name, q, 'span class="ui-autocomplete-query"', true).replace(/<\\/span class="ui-autocomplete-query">/g, '</span>') + '<span class="esp">' + B2.esc(p.esp) + '</span></li>'; }).join('') +
      (found.length ? '' : '<li class="ui-autocomplete-item ui-autocomplete-empty-message">Brak wyników</li>') + '</ul>';
    B2.place(panel, inp);
    panel.classList.remove('ui-helper-hidden');
    inp.setAttribute('aria-expanded', 'true');
    Array.prototype.forEach.call(panel.querySelectorAll('[data-item-value]'), function (li) {
      li.addEventListener('mouseenter', function () { li.classList.add('ui-state-highlight'); });
      li.addEventListener('mouseleave', function () { li.classList.remove('ui-state-highlight'); });
      li.addEventListener('click', function () { inp.value = li.getAttribute('data-item-label'); hid.value = li.getAttribute('data-item-value'); S.set('recipient', hid.value); hide(); inp.focus(); });
    });
  }
});
B2.expose(S, ${VALID});
`;
  const filled = scenario === 'filled';
  return {
    id: filled ? 'blind2-primefaces-autocomplete-radio' : 'blind2-primefaces-two-ministries',
    form: 'pismo',
    description: filled
      ? 'JSF/PrimeFaces: ids "formularz:j_idt45:…", p:autoComplete whose panel is appended to body with UPPER-CASE items, query words in span.ui-autocomplete-query and the ESP line, hidden _hinput holds the value; p:selectOneRadio (hidden radios, clickable boxes), change events, "Pozostało N znaków." counter.'
      : 'PrimeFaces autocomplete listing two entries named exactly MINISTERSTWO CYFRYZACJI (/MC/SkrytkaESP and /MC/domyslna) among the departments: the clerk must decide.',
    dimensions: {
      framework: 'jsf-primefaces',
      ids: 'colons',
      widget: 'selectoneradio',
      recipient: 'p-autocomplete-body-panel',
      events: 'change',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      type(q('adresat_input'), 'MINISTERSTWO CYFR'),
      wait(`${q('adresat_panel')} li[data-item-value="/MC/SkrytkaESP"]`),
      click(`${q('adresat_panel')} li[data-item-value="/MC/SkrytkaESP"]`),
      click(`${q('rodzaj')} .ui-radiobutton-box[data-i="1"]`),
      fill(q('tytul'), T.tytul),
      press(q('tytul'), 'Tab'),
      fill(q('tresc'), T.tresc),
      press(q('tresc'), 'Tab'),
    ],
    expected: pismo(filled ? '/MC/SkrytkaESP' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'ambiguous-recipient',
  };
}

/** gov.pl design system: hints through aria-describedby, abbr markers, error summary, radios with hints, inline listbox search, session notice. */
function govpl(): CorpusVariant {
  const kinds = [
    { v: 'wniosek', t: 'Wniosek', h: 'Prosisz urząd o wydanie dokumentu, decyzji lub podjęcie działania.' },
    { v: 'podanie', t: 'Podanie', h: 'Zwracasz się z prośbą w sprawie, która nie ma osobnej procedury.' },
    { v: 'skarga', t: 'Skarga', h: 'Skarżysz się na działanie lub bezczynność urzędu.' },
    { v: 'inne', t: 'Inne pismo', h: 'Żadna z powyższych kategorii.' },
  ];
  const css = `body{font-family:"Lato",Arial,sans-serif;margin:0;color:#1b1b1b;font-size:16px}
.gov-header{position:sticky;top:0;z-index:50;background:#fff;border-bottom:4px solid #d4213d;padding:10px 24px;display:flex;justify-content:space-between}
main{max-width:760px;margin:0 auto;padding:20px 24px 90px}
.gov-form-group{margin:24px 0}.gov-label{display:block;font-weight:700;margin-bottom:4px}.gov-hint{color:#505a5f;margin-bottom:6px}
abbr[title]{text-decoration:none;color:#d4213d}
.gov-input,.gov-textarea{width:100%;padding:8px;border:2px solid #0b0c0c;box-sizing:border-box;font:inherit}
.gov-error-summary{border:4px solid #d4213d;padding:16px;margin-bottom:20px}.gov-error-message{color:#d4213d;font-weight:700;display:block}
.gov-form-group--error{border-left:5px solid #d4213d;padding-left:12px}
.gov-radios__item{margin:8px 0}.gov-radios__hint{color:#505a5f;margin-left:28px;font-size:14px}
.wyszukiwarka [role=listbox]{border:1px solid #0b0c0c;list-style:none;margin:0;padding:0;max-height:280px;overflow:auto}
.wyszukiwarka [role=option]{padding:8px;border-bottom:1px solid #ddd;cursor:pointer}.wyszukiwarka [role=option][aria-selected=true]{background:#1d70b8;color:#fff}
.wyszukiwarka .esp{display:block;font-size:13px}
.wybrany{background:#f3f2f1;padding:10px;border-left:5px solid #00703c}
.gov-session{position:fixed;right:16px;top:70px;width:300px;background:#fff;border:2px solid #0b0c0c;padding:12px;z-index:60;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.gov-button{background:#00703c;color:#fff;border:0;padding:10px 16px;font:inherit;font-weight:700}`;
  const body = `<header class="gov-header"><a href="#" class="gov-logo">gov.pl</a><span>Urząd Gminy Brudzew · <a href="#">Wyloguj</a></span></header>
<div class="gov-session" role="alertdialog" aria-modal="false" aria-labelledby="sesja-tytul" id="sesja"><p id="sesja-tytul"><strong>Twoja sesja wkrótce wygaśnie</strong></p><p>Pozostały czas: <span id="sesja-czas">4:59</span></p><button type="button" class="gov-button" id="sesja-przedluz">Przedłuż sesję</button></div>
<main><span class="gov-caption">Sprawy ogólne</span><h1>Pismo ogólne do podmiotu publicznego</h1>
<div class="gov-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" id="podsumowanie" hidden><h2 id="error-summary-title">Popraw błędy w formularzu</h2><ul id="lista-bledow"></ul></div>
<form id="formularz" novalidate>
<div class="gov-form-group wyszukiwarka" id="grupa-adresat"><label class="gov-label" for="adresat-szukaj">Do kogo wysyłasz pismo? <abbr title="wymagane">*</abbr></label>
<div class="gov-hint" id="adresat-hint">Wpisz nazwę urzędu lub instytucji, na przykład „Urząd Miasta Poznania”. Wyniki pojawią się poniżej.</div>
<input class="gov-input" id="adresat-szukaj" type="text" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="adresat-lista" aria-describedby="adresat-hint adresat-status">
<div id="adresat-status" class="gov-hint" role="status" aria-live="polite"></div>
<ul role="listbox" id="adresat-lista" aria-label="Wyniki wyszukiwania" hidden></ul>
<div class="wybrany" id="adresat-wybrany" hidden></div></div>
<div class="gov-form-group" id="grupa-rodzaj"><fieldset class="gov-fieldset" aria-describedby="rodzaj-hint"><legend class="gov-label">Rodzaj pisma <abbr title="wymagane">*</abbr></legend><div class="gov-hint" id="rodzaj-hint">Wybierz jedną opcję.</div>
<div class="gov-radios">${kinds.map((k) => `<div class="gov-radios__item"><input class="gov-radios__input" id="rodzaj-${k.v}" name="rodzaj" type="radio" value="${k.v}" aria-describedby="rodzaj-${k.v}-hint"> <label class="gov-label gov-radios__label" style="display:inline" for="rodzaj-${k.v}">${k.t}</label><div id="rodzaj-${k.v}-hint" class="gov-radios__hint">${k.h}</div></div>`).join('')}</div></fieldset></div>
<div class="gov-form-group" id="grupa-tytul"><label class="gov-label" for="tytul">Tytuł pisma <abbr title="wymagane">*</abbr></label><div class="gov-hint" id="tytul-hint">Krótko napisz, czego dotyczy pismo. Maksymalnie 200 znaków.</div><input class="gov-input" id="tytul" name="tytul" type="text" maxlength="200" aria-describedby="tytul-hint" required></div>
<div class="gov-form-group" id="grupa-tresc"><label class="gov-label" for="tresc">Treść pisma <abbr title="wymagane">*</abbr></label><div class="gov-hint" id="tresc-hint">Opisz swoją sprawę. Załączniki dodasz w następnym kroku.</div><textarea class="gov-textarea" id="tresc" name="tresc" rows="7" aria-describedby="tresc-hint tresc-licznik" required></textarea><div id="tresc-licznik" class="gov-hint" aria-live="polite">Możesz wpisać jeszcze 5000 znaków</div></div>
<button type="submit" class="gov-button" id="dalej">Zapisz i kontynuuj</button>
</form></main>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 1);
B2.guardForms(document, S);
var errors = {};
function summary() {
  var keys = Object.keys(errors).filter(function (k) { return errors[k]; });
  var box = document.getElementById('podsumowanie');
  box.hidden = !keys.length;
  document.getElementById('lista-bledow').innerHTML = keys.map(function (k) { return '<li><a href="#' + k + '">' + B2.esc(errors[k]) + '</a></li>'; }).join('');
}
function showErr(el, msg) {
  var g = el.closest('.gov-form-group'); var old = g.querySelector('.gov-error-message'); if (old) old.remove();
  g.classList.toggle('gov-form-group--error', !!msg);
  if (msg) { var m = document.createElement('span'); m.className = 'gov-error-message'; m.id = el.id + '-error'; m.innerHTML = '<span class="sr-only">Błąd:</span> ' + B2.esc(msg); el.insertAdjacentElement('beforebegin', m); el.setAttribute('aria-describedby', el.getAttribute('aria-describedby') + ' ' + m.id); }
  errors[el.id] = msg; summary();
}
B2.text(document.getElementById('tytul'), S, 'tytul', { trim: true, check: function (v) { return v ? '' : 'Wpisz tytuł pisma'; }, error: showErr });
var tr = document.getElementById('tresc');
B2.text(tr, S, 'tresc', { trim: true, check: function (v) { return v ? '' : 'Wpisz treść pisma'; }, error: showErr, after: function (v) { document.getElementById('tresc-licznik').textContent = 'Możesz wpisać jeszcze ' + (5000 - v.length) + ' znaków'; } });
B2.radios(document, 'rodzaj', S, 'rodzaj');
// the inline search
var inp = document.getElementById('adresat-szukaj'); var lb = document.getElementById('adresat-lista'); var st = document.getElementById('adresat-status');
function choose(p) {
  S.set('recipient', p.esp);
  var w = document.getElementById('adresat-wybrany'); w.hidden = false;
  w.innerHTML = '<strong>' + B2.esc(p.name) + '</strong><br>' + B2.esc(p.addr) + '<br>Adres skrytki: ' + B2.esc(p.esp) + ' <button type="button" class="gov-link" id="zmien-adresata">Zmień</button>';
  document.getElementById('zmien-adresata').addEventListener('click', function () { S.set('recipient', ''); w.hidden = true; inp.hidden = false; inp.focus(); });
  lb.hidden = true; inp.hidden = true; inp.setAttribute('aria-expanded', 'false'); st.textContent = 'Wybrano: ' + p.name;
}
B2.typeahead({
  input: inp, min: 3, debounce: 350, latency: 400, dir: DIR,
  short: function () { lb.hidden = true; st.textContent = 'Wpisz co najmniej 3 znaki'; },
  loading: function () { st.textContent = 'Wyszukiwanie…'; },
  render: function (found, q) {
    st.textContent = found.length ? 'Znaleziono ' + found.length + ' wyników. Użyj strzałek, aby je przeglądać.' : 'Brak wyników dla „' + q + '”';
    lb.innerHTML = found.map(function (p, i) { return '<li role="option" id="adresat-opcja-' + i + '" aria-selected="false" data-i="' + i + '"><span class="nazwa">' + B2.mark(p.name, q, 'mark') + '</span><span class="esp">' + B2.esc(p.addr) + ' · ' + B2.esc(p.esp) + '</span></li>'; }).join('');
    lb.hidden = !found.length; inp.setAttribute('aria-expanded', String(!!found.length));
    Array.prototype.forEach.call(lb.children, function (li) { li.addEventListener('click', function () { choose(found[Number(li.getAttribute('data-i'))]); }); });
  }
});
var left = 299; var ticks = 0;
(function tick() { if (ticks++ > 3) return; setTimeout(function () { left--; document.getElementById('sesja-czas').textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'); tick(); }, 1000); })();
document.getElementById('sesja-przedluz').addEventListener('click', function () { document.getElementById('sesja').remove(); });
B2.expose(S, ${VALID});
`;
  return {
    id: 'blind2-govpl-hints-session',
    form: 'pismo',
    description:
      'gov.pl design system: question-style labels with <abbr title="wymagane">, hints between label and input via aria-describedby, error summary and inline messages on blur, kind as radios each with a hint, inline listbox search (<mark>, address · ESP) whose input hides after the choice, sticky header, session-timeout notice.',
    dimensions: {
      framework: 'govpl-ds',
      label: 'question+abbr+hint',
      widget: 'radios-with-hints',
      recipient: 'inline-listbox',
      overlay: 'session-notice+sticky-header',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego - Gov.pl', css, body, boot) },
    script: [
      fill('#adresat-szukaj', T.query),
      wait('#adresat-lista li:has-text("/MC/SkrytkaESP")'),
      click('#adresat-lista li:has-text("/MC/SkrytkaESP")'),
      check('#rodzaj-wniosek'),
      fill('#tytul', T.tytul),
      fill('#tresc', T.tresc),
      press('#tresc', 'Tab'),
    ],
    expected: pismo('/MC/SkrytkaESP', 'wniosek'),
    outcome: 'filled',
  };
}

/** Liferay: namespaced ids, SVG required marks, a lazily loaded tree picker in a Clay modal, optgroups, CKEditor 5. */
function liferayTree(): CorpusVariant {
  const ns = '_pl_gov_epuap_pismo_PismoOgolnePortlet_INSTANCE_x7Kq2_';
  const css = `body{font-family:"Source Sans Pro",system-ui,sans-serif;margin:0;background:#f1f2f5}
.portlet{max-width:900px;margin:20px auto;background:#fff;padding:20px 28px 80px;border-radius:4px}
.form-group{margin:18px 0}.control-label{display:block;font-weight:600;color:#6b6c7e;font-size:14px}
.reference-mark{color:#b95000;margin-left:2px}.reference-mark svg{width:8px;height:8px;fill:currentColor}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
.form-control{width:100%;max-width:620px;border:1px solid #e7e7ed;background:#f1f2f5;border-radius:4px;padding:6px 10px;font:inherit;box-sizing:border-box}
.modal{position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:100}.modal-dialog{background:#fff;max-width:640px;margin:40px auto;padding:16px;border-radius:6px;max-height:80vh;overflow:auto}
[role=tree],[role=group]{list-style:none;padding-left:18px;margin:0}.treeitem-row{display:flex;gap:8px;align-items:center;padding:3px 0}
.toggle{border:0;background:none;width:20px;cursor:pointer}.ladowanie{color:#888;font-style:italic}
.ck-editor{max-width:620px;border:1px solid #c4c4c4}.ck-toolbar{background:#fafafa;border-bottom:1px solid #c4c4c4;padding:4px}.ck-toolbar button{border:0;background:none}
.ck-editor__editable{min-height:150px;padding:0 12px;outline:0}.ck-voice-label{display:none}
.btn-primary{background:#0b5fff;color:#fff;border:0;border-radius:4px;padding:6px 14px}.btn-secondary{background:#fff;border:1px solid #cdced9;border-radius:4px;padding:5px 12px}`;
  const lbl = (t: string) =>
    `${t}<span class="reference-mark"><svg class="lexicon-icon lexicon-icon-asterisk" focusable="false" role="presentation" viewBox="0 0 512 512"><path d="M323 255l130-75-67-116-130 75V0H188v139L58 64-9 180l130 75-130 75 67 116 130-75v141h134V372l130 75 67-116z"></path></svg></span><span class="hide-accessible sr-only">Wymagane</span>`;
  const body = `<section class="portlet" id="p_p_id${ns}"><div class="portlet-content"><h2 class="portlet-title-text">Pismo ogólne do podmiotu publicznego</h2>
<form action="/group/guest/pismo?p_p_id=${ns.slice(1, -1)}&amp;p_p_lifecycle=1" class="form" id="${ns}fm" method="post" name="${ns}fm">
<input class="field form-control" id="${ns}formDate" name="${ns}formDate" type="hidden" value="1764642000000">
<div class="form-group input-text-wrapper"><span class="control-label" id="${ns}adresatLabel">${lbl('Adresat')}</span>
<div class="input-group"><input class="form-control" id="${ns}adresatNazwa" type="text" readonly aria-labelledby="${ns}adresatLabel" placeholder="Nie wybrano adresata"> <button type="button" class="btn-secondary" id="${ns}wybierzAdresata">Wybierz…</button></div>
<input type="hidden" id="${ns}adresatId" name="${ns}adresatId" value=""></div>
<div class="form-group input-select-wrapper"><label class="control-label" for="${ns}rodzaj">${lbl('Rodzaj pisma')}</label>
<select class="form-control" id="${ns}rodzaj" name="${ns}rodzaj" required><option value="">Wybierz</option><optgroup label="Pisma w sprawie"><option value="101">Podanie</option><option value="102">Wniosek</option><option value="103">Wniosek o udostępnienie informacji publicznej</option></optgroup><optgroup label="Środki zaskarżenia"><option value="201">Odwołanie</option><option value="202">Zażalenie</option><option value="203">Skarga</option></optgroup><optgroup label="Pozostałe"><option value="901">Inne pismo</option></optgroup></select></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="${ns}tytul">${lbl('Tytuł')}</label><input class="field form-control" id="${ns}tytul" name="${ns}tytul" type="text" required maxlength="75"><small class="form-text">Maksymalnie 75 znaków.</small></div>
<div class="form-group"><label class="control-label" for="${ns}tresc">${lbl('Treść pisma')}</label>
<textarea id="${ns}tresc" name="${ns}tresc" style="display:none"></textarea>
<div class="ck ck-reset ck-editor ck-rounded-corners" role="application" dir="ltr" lang="pl" aria-labelledby="ck-editor__label_e9f1c"><label class="ck ck-label ck-voice-label" id="ck-editor__label_e9f1c">Edytor tekstu sformatowanego</label>
<div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-toolbar" role="toolbar" aria-label="Pasek narzędzi edytora"><button class="ck ck-button" type="button" aria-label="Pogrubienie" data-cke-tooltip-text="Pogrubienie (Ctrl+B)">B</button><button class="ck ck-button" type="button" aria-label="Kursywa">I</button><button class="ck ck-button" type="button" aria-label="Wstaw tabelę">▦</button></div></div></div>
<div class="ck ck-editor__main" role="presentation"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" lang="pl" dir="ltr" role="textbox" aria-label="Edytor tekstu sformatowanego, main" contenteditable="true"><p><br data-cke-filler="true"></p></div></div></div></div>
<div class="button-holder"><button class="btn-primary" type="submit" id="${ns}wyslij">Wyślij</button></div>
</form></div></section>
<div class="modal" id="${ns}picker" role="dialog" aria-modal="true" aria-labelledby="${ns}pickerTitle" hidden><div class="modal-dialog"><div class="modal-header"><h3 id="${ns}pickerTitle">Wybierz adresata</h3><button type="button" class="btn-secondary" id="${ns}pickerClose" aria-label="Zamknij">×</button></div>
<div class="modal-body"><p>Rozwiń kategorię, aby zobaczyć podmioty.</p><ul role="tree" id="${ns}drzewo" aria-label="Katalog podmiotów publicznych"></ul></div></div></div>`;
  const boot = `
var NS = ${js(ns)};
function el(s) { return document.getElementById(NS + s); }
var S = B2.store(${js(PISMO_KEYS)});
var E = B2.ENT;
B2.guardForms(document, S);
B2.select(el('rodzaj'), S, 'rodzaj');
B2.text(el('tytul'), S, 'tytul');
// CKEditor 5: the editable owns its model; the original textarea is only updated on submit
var ck = document.querySelector('.ck-editor__editable');
ck.addEventListener('focus', function () { ck.classList.remove('ck-blurred'); ck.classList.add('ck-focused'); });
ck.addEventListener('blur', function () { ck.classList.add('ck-blurred'); ck.classList.remove('ck-focused'); });
B2.docEditor(ck, { render: function (t) { ck.innerHTML = t ? '<p>' + B2.esc(t) + '</p>' : '<p><br data-cke-filler="true"></p>'; }, changed: function (t) { S.set('tresc', t); } });
el('fm').addEventListener('submit', function () { el('tresc').value = ck.innerHTML; }, true);
// the tree: categories load their children 300 ms after expanding
var TREE = [
  { t: 'Administracja rządowa', kids: [
    { t: 'Ministerstwa', kids: [ { e: 'mf' }, { e: 'mswia' }, { e: 'maic' }, { e: 'mc', kids: [ { e: 'dt' }, { e: 'bdg' } ] } ] },
    { t: 'Organy administracji rządowej', kids: [ { e: 'minister' }, { e: 'pelno' } ] },
    { t: 'Jednostki podległe i nadzorowane', kids: [ { e: 'coi' }, { e: 'nask' }, { e: 'uke' } ] } ] },
  { t: 'Samorząd terytorialny', kids: [ { t: 'Województwo wielkopolskie', kids: [ { e: 'ug' }, { e: 'woc' } ] } ] }
];
var seq = 0;
function node(n, level) {
  var li = document.createElement('li'); li.setAttribute('role', 'treeitem'); li.setAttribute('aria-level', String(level)); li.id = NS + 'wezel' + (seq++);
  var ent = n.e ? E[n.e] : null; var label = ent ? ent.name : n.t;
  li.setAttribute('aria-label', label);
  var row = document.createElement('div'); row.className = 'treeitem-row';
  if (n.kids) { li.setAttribute('aria-expanded', 'false'); row.innerHTML = '<button type="button" class="toggle" tabindex="-1" aria-hidden="true">▸</button>'; } else row.innerHTML = '<span class="toggle"></span>';
  var name = document.createElement('span'); name.className = 'nazwa'; name.textContent = label; row.appendChild(name);
  if (ent) { var b = document.createElement('button'); b.type = 'button'; b.className = 'btn-secondary wybierz'; b.textContent = 'Wybierz'; b.setAttribute('aria-label', 'Wybierz: ' + ent.name); b.addEventListener('click', function () { pick(ent); }); row.appendChild(b); }
  li.appendChild(row);
  if (n.kids) {
    var loaded = false; var group = null;
    function toggle() {
      var open = li.getAttribute('aria-expanded') === 'true';
      if (open) { li.setAttribute('aria-expanded', 'false'); if (group) group.hidden = true; row.firstChild.textContent = '▸'; return; }
      li.setAttribute('aria-expanded', 'true'); row.firstChild.textContent = '▾';
      if (loaded) { group.hidden = false; return; }
      group = document.createElement('ul'); group.setAttribute('role', 'group'); group.innerHTML = '<li class="ladowanie">Ładowanie…</li>'; li.appendChild(group);
      setTimeout(function () { loaded = true; group.innerHTML = ''; n.kids.forEach(function (k) { group.appendChild(node(k, level + 1)); }); }, 300);
    }
    row.firstChild.addEventListener('click', toggle);
    name.addEventListener('click', toggle);
  }
  return li;
}
TREE.forEach(function (n) { el('drzewo').appendChild(node(n, 1)); });
function pick(p) { S.set('recipient', p.id); el('adresatId').value = p.id; el('adresatNazwa').value = p.name + ' (' + p.esp + ')'; el('picker').hidden = true; }
el('wybierzAdresata').addEventListener('click', function () { el('picker').hidden = false; });
el('pickerClose').addEventListener('click', function () { el('picker').hidden = true; });
B2.expose(S, ${VALID});
`;
  const q = (s: string) => `[id="${ns}${s}"]`;
  return {
    id: 'blind2-liferay-tree-ckeditor',
    form: 'pismo',
    description:
      'Liferay portlet: namespaced ids, SVG asterisk + "Wymagane" for screen readers, recipient chosen in a tree (Administracja rządowa › Ministerstwa, children loaded 300 ms after expanding; the ministry node has department children; organ and COI in sibling branches), key = internal id, optgroup select, CKEditor 5 labelled only "Edytor tekstu sformatowanego, main".',
    dimensions: {
      framework: 'liferay',
      ids: 'portlet-namespace',
      widget: 'select-optgroups',
      recipient: 'tree-picker-lazy',
      body: 'ckeditor5',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne - Liferay DXP', css, body, boot) },
    script: [
      click(q('wybierzAdresata')),
      click(`${q('drzewo')} [role=treeitem][aria-label="Administracja rządowa"] > .treeitem-row .nazwa`),
      click('[role=treeitem][aria-label="Ministerstwa"] > .treeitem-row .nazwa'),
      click('[role=treeitem][aria-label="Ministerstwo Cyfryzacji"] > .treeitem-row .wybierz'),
      choose(q('rodzaj'), '102'),
      fill(q('tytul'), T.tytul),
      fill('.ck-editor__editable', T.tresc),
    ],
    expected: pismo('3f2a91c0', '102'),
    outcome: 'filled',
  };
}

export function portalPismo(): CorpusVariant[] {
  return [
    bootstrapSummernote('filled'),
    bootstrapSummernote('none'),
    primefaces('filled'),
    primefaces('two'),
    govpl(),
    liferayTree(),
  ];
}
