// Pismo ogólne pages in the style of Angular Material and MUI (React).

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, RODZAJE, T, type, wait } from './page';

const MAT_CSS = `
body { font-family: Roboto, Arial, sans-serif; margin: 0; background: #fafafa; color: rgba(0,0,0,.87); }
.mat-toolbar { background: #1a3d7c; color: #fff; height: 56px; display: flex; align-items: center; padding: 0 16px; font-size: 18px; }
main { max-width: 860px; margin: 16px auto; background: #fff; padding: 16px 24px 80px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.mat-mdc-form-field { display: block; margin: 14px 0; max-width: 640px; position: relative; }
.mdc-notched-outline { border: 1px solid rgba(0,0,0,.38); border-radius: 4px; position: absolute; inset: 0; pointer-events: none; }
.mat-mdc-text-field-wrapper { position: relative; padding: 18px 12px 6px; }
.mdc-floating-label { position: absolute; top: -8px; left: 10px; background: #fff; padding: 0 4px; font-size: 12px; color: rgba(0,0,0,.6); }
.mat-mdc-form-field-required-marker::after { content: ' *'; }
.mat-mdc-input-element { border: 0; outline: 0; width: 100%; font: inherit; background: transparent; }
.mat-mdc-form-field-subscript-wrapper { font-size: 12px; color: rgba(0,0,0,.6); padding: 4px 12px; display: flex; justify-content: space-between; }
mat-error { color: #b3261e; }
.mat-mdc-select { display: block; cursor: pointer; }
.mat-mdc-select-placeholder { color: rgba(0,0,0,.42); }
.cdk-overlay-container { position: fixed; inset: 0; pointer-events: none; z-index: 1000; }
.cdk-overlay-pane { pointer-events: auto; background: #fff; box-shadow: 0 5px 5px -3px rgba(0,0,0,.2), 0 8px 10px 1px rgba(0,0,0,.14); max-height: 256px; overflow: auto; }
.mat-mdc-option { display: block; padding: 10px 16px; cursor: pointer; }
.mat-mdc-option:hover, .mat-mdc-option.mdc-list-item--selected { background: rgba(0,0,0,.06); }
.mat-mdc-option small { display: block; color: rgba(0,0,0,.54); }
mark { background: none; font-weight: 700; color: inherit; }
.mat-mdc-raised-button { background: #1a3d7c; color: #fff; border: 0; border-radius: 4px; padding: 9px 18px; font: inherit; }
.mat-mdc-outlined-button { background: #fff; color: #1a3d7c; border: 1px solid #1a3d7c; border-radius: 4px; padding: 8px 16px; font: inherit; }
.spinner { margin: 40px auto; width: 40px; height: 40px; border: 4px solid #ccd; border-top-color: #1a3d7c; border-radius: 50%; animation: s 1s linear infinite; }
@keyframes s { to { transform: rotate(360deg); } }
.cookie-bar button { margin-left: 16px; }
`;

/** Angular Material: form from an XHR, mat-autocomplete recipient in the cdk overlay, mat-select kind, counters. */
function matAutocomplete(): CorpusVariant {
  const opts = RODZAJE;
  const body = `<app-root ng-version="17.3.4">
<mat-toolbar class="mat-toolbar mat-primary mat-toolbar-single-row">ePUAP<span style="flex:1"></span><span class="konto">Jan Nowak · Urząd Gminy Brudzew</span></mat-toolbar>
<main><app-pismo-ogolne><div class="spinner" role="progressbar" aria-label="Wczytywanie formularza" id="ladowanie"></div></app-pismo-ogolne></main>
<div class="cookie-bar" role="region" aria-label="Informacja o plikach cookie">Serwis korzysta z plików cookie. Szczegóły w <a href="#">polityce prywatności</a>.<button type="button" class="mat-mdc-outlined-button" id="cookie-ok">Rozumiem</button></div>
</app-root>
<div class="cdk-overlay-container"></div>`;
  const boot = `
var OPTS = ${js(opts)};
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 2);
var host = document.querySelector('app-pismo-ogolne');
var seq = 0;
function ff(n, label, control, hint, required) {
  return '<mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper"><div class="mdc-notched-outline"></div>' +
    '<label class="mdc-floating-label" id="mat-mdc-form-field-label-' + n + '"' + (control.indexOf('<mat-select') === 0 ? '' : ' for="mat-input-' + n + '"') + '><mat-label>' + label + '</mat-label>' + (required ? '<span aria-hidden="true" class="mat-mdc-form-field-required-marker"></span>' : '') + '</label>' +
    '<div class="mat-mdc-form-field-infix">' + control + '</div></div>' +
    '<div class="mat-mdc-form-field-subscript-wrapper"><div class="mat-mdc-form-field-hint-wrapper" id="mat-mdc-hint-' + n + '">' + (hint || '') + '</div></div></mat-form-field>';
}
function render() {
  host.innerHTML = '<form novalidate class="ng-untouched ng-pristine ng-invalid" id="pismo">' +
    '<h1>Pismo ogólne do podmiotu publicznego</h1><p>Wypełnij pola oznaczone gwiazdką.</p>' +
    '<h2>Adresat</h2>' +
    ff(0, 'Wyszukaj adresata', '<input matinput id="mat-input-0" class="mat-mdc-input-element mat-mdc-autocomplete-trigger" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" autocomplete="off" aria-describedby="mat-mdc-hint-0" required>', '<mat-hint>Wpisz co najmniej 3 znaki nazwy urzędu lub adres skrytki</mat-hint>', true) +
    '<h2>Treść pisma</h2>' +
    ff(2, 'Rodzaj pisma', '<mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select" id="mat-select-0" tabindex="0" aria-expanded="false" aria-required="true" aria-labelledby="mat-mdc-form-field-label-2 mat-select-value-0"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-0"><span class="mat-mdc-select-placeholder">Wybierz</span></div><div class="mat-mdc-select-arrow-wrapper">▾</div></div></mat-select>', '', true) +
    ff(3, 'Tytuł pisma', '<input matinput id="mat-input-3" class="mat-mdc-input-element" maxlength="200" required aria-describedby="mat-mdc-hint-3">', '<mat-hint class="licznik">0 / 200</mat-hint>', true) +
    ff(4, 'Treść', '<textarea matinput cdktextareaautosize id="mat-input-4" class="mat-mdc-input-element" rows="4" maxlength="2000" required aria-describedby="mat-mdc-hint-4"></textarea>', '<mat-hint class="licznik">0 / 2000</mat-hint>', true) +
    '<h2>Załączniki</h2><p><button type="button" class="mat-mdc-outlined-button" id="dodaj-zal">+ Dodaj załącznik</button> <input type="file" id="plik" hidden> <span class="hint">PDF lub JPG, łącznie do 5 MB</span></p>' +
    '<p><button type="button" class="mat-mdc-outlined-button" id="zapisz">Zapisz jako roboczy</button> <button type="submit" class="mat-mdc-raised-button" id="wyslij">Podpisz i wyślij</button></p></form>';
  var f = host.querySelector('form');
  B2.guardForms(host, S);
  document.getElementById('dodaj-zal').addEventListener('click', function () { document.getElementById('plik').click(); });
  function counter(el, max) { var c = el.closest('mat-form-field').querySelector('.licznik'); c.textContent = el.value.length + ' / ' + max; }
  function touched(el, msg) {
    var w = el.closest('mat-form-field').querySelector('.mat-mdc-form-field-hint-wrapper');
    var e = w.querySelector('mat-error');
    if (e) e.remove();
    if (msg) { e = document.createElement('mat-error'); e.id = 'mat-mdc-error-' + (seq++); e.textContent = msg; w.appendChild(e); el.setAttribute('aria-invalid', 'true'); }
    else el.removeAttribute('aria-invalid');
    f.classList.remove('ng-untouched'); f.classList.add('ng-touched');
  }
  var tytul = document.getElementById('mat-input-3');
  B2.text(tytul, S, 'tytul', { check: function (v) { return v ? '' : 'Tytuł pisma jest wymagany'; }, error: touched, after: function (v, el) { counter(el, 200); } });
  var tresc = document.getElementById('mat-input-4');
  B2.text(tresc, S, 'tresc', { check: function (v) { return v ? '' : 'Treść jest wymagana'; }, error: touched, after: function (v, el) { counter(el, 2000); } });
  // mat-select
  var sel = document.getElementById('mat-select-0');
  var overlay = document.querySelector('.cdk-overlay-container');
  B2.popup({
    trigger: sel, options: OPTS, controls: 'mat-select-0-panel',
    host: function () { return overlay; },
    panel: function () { var p = document.createElement('div'); p.className = 'cdk-overlay-pane'; p.innerHTML = '<div role="listbox" id="mat-select-0-panel" class="mat-mdc-select-panel" aria-labelledby="mat-mdc-form-field-label-2"></div>'; return p; },
    itemsIn: '[role=listbox]',
    item: function (x, i, on) { return '<mat-option role="option" id="mat-option-' + (10 + i) + '" class="mat-mdc-option' + (on ? ' mdc-list-item--selected' : '') + '" aria-selected="' + on + '" data-b2-v="' + x.v + '"><span class="mdc-list-item__primary-text">' + B2.esc(x.t) + '</span></mat-option>'; },
    current: function () { return S.get('rodzaj'); },
    pick: function (x) { S.set('rodzaj', x.v); document.getElementById('mat-select-value-0').innerHTML = '<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">' + B2.esc(x.t) + '</span></span>'; }
  });
  // mat-autocomplete
  var ac = document.getElementById('mat-input-0');
  var pane = null;
  function closePane() { if (pane) { pane.remove(); pane = null; ac.setAttribute('aria-expanded', 'false'); ac.removeAttribute('aria-controls'); } }
  ac.addEventListener('input', function () { if (S.get('recipient')) S.set('recipient', ''); });
  ac.addEventListener('blur', function () { setTimeout(closePane, 200); });
  B2.typeahead({
    input: ac, min: 3, debounce: 400, latency: 350, dir: DIR,
    short: closePane,
    render: function (found, q) {
      closePane();
      pane = document.createElement('div'); pane.className = 'cdk-overlay-pane'; pane.id = 'cdk-overlay-1';
      pane.innerHTML = '<div role="listbox" id="mat-autocomplete-0" class="mat-mdc-autocomplete-panel" aria-label="Wyszukaj adresata">' +
        (found.length ? found.map(function (p, i) { return '<mat-option role="option" id="mat-option-' + (40 + i) + '" class="mat-mdc-option" data-i="' + i + '"><span class="mdc-list-item__primary-text">' + B2.mark(p.name, q, 'mark') + '<small>' + B2.esc(p.esp) + ' · ' + B2.esc(p.addr) + '</small></span></mat-option>'; }).join('') : '<mat-option class="mat-mdc-option" aria-disabled="true">Brak wyników</mat-option>') + '</div>';
      overlay.appendChild(pane);
      B2.place(pane, ac.closest('mat-form-field'));
      ac.setAttribute('aria-expanded', 'true'); ac.setAttribute('aria-controls', 'mat-autocomplete-0');
      Array.prototype.forEach.call(pane.querySelectorAll('[data-i]'), function (o) {
        o.addEventListener('mousedown', function (e) { e.preventDefault(); });
        o.addEventListener('click', function () { var p = found[Number(o.getAttribute('data-i'))]; ac.value = p.name; S.set('recipient', p.esp); closePane(); });
      });
    }
  });
}
setTimeout(render, 900);
document.getElementById('cookie-ok').addEventListener('click', function () { this.parentNode.remove(); });
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([host]); });
`;
  return {
    id: 'blind2-mat-autocomplete-overlay',
    form: 'pismo',
    description:
      'Angular Material: form built 0.9 s after load, mat-autocomplete recipient (3 chars, 400 ms debounce, <mark>, ESP+address lines) and mat-select options in the cdk overlay, "Wniosek o udostępnienie…" listed before "Wniosek", counters and touched-on-blur mat-error, cookie bar.',
    dimensions: {
      framework: 'angular-material',
      label: 'floating-mat-label',
      widget: 'mat-select',
      recipient: 'mat-autocomplete',
      timing: 'xhr-900ms',
      overlay: 'cookie-bar',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego – ePUAP', MAT_CSS, body, boot) },
    script: [
      type('#mat-input-0', 'Ministerstwo Cyfr'),
      wait('.cdk-overlay-container mat-option:has-text("/MC/SkrytkaESP")'),
      click('.cdk-overlay-container mat-option:has-text("/MC/SkrytkaESP")'),
      click('#mat-select-0'),
      click('.cdk-overlay-container mat-option >> text="Wniosek"'),
      fill('#mat-input-3', T.tytul),
      fill('#mat-input-4', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

const MUI_CSS = `
body { font-family: "Roboto","Helvetica","Arial",sans-serif; margin: 0; color: rgba(0,0,0,.87); }
header.MuiAppBar-root { background: #d4213d; color: #fff; padding: 14px 24px; font-weight: 500; }
.MuiContainer-root { max-width: 900px; margin: 0 auto; padding: 16px 24px 100px; }
.MuiFormControl-root { display: flex; flex-direction: column; margin: 16px 0; max-width: 640px; position: relative; }
.MuiInputLabel-root { font-size: 13px; color: rgba(0,0,0,.6); margin-bottom: 4px; }
.MuiInputLabel-asterisk { color: #d32f2f; }
.MuiInputBase-root { border: 1px solid rgba(0,0,0,.23); border-radius: 4px; padding: 10px 12px; display: flex; align-items: center; }
.MuiInputBase-input { border: 0; outline: 0; font: inherit; width: 100%; background: transparent; }
.MuiSelect-select { cursor: pointer; min-height: 1.4em; width: 100%; }
.MuiSelect-nativeInput { position: absolute; bottom: 0; left: 0; opacity: 0; pointer-events: none; width: 100%; box-sizing: border-box; }
.MuiFormHelperText-root { font-size: 12px; color: rgba(0,0,0,.6); margin: 3px 14px 0; }
.MuiPopover-root, .MuiAutocomplete-popper { position: fixed; inset: 0; z-index: 1300; }
.MuiPopover-root .MuiBackdrop-root { position: fixed; inset: 0; background: transparent; }
.MuiPaper-root { position: absolute; background: #fff; box-shadow: 0 5px 5px -3px rgba(0,0,0,.2), 0 8px 10px 1px rgba(0,0,0,.14); border-radius: 4px; max-height: 300px; overflow: auto; }
.MuiAutocomplete-popper { inset: auto; position: absolute; }
.MuiMenuItem-root, .MuiAutocomplete-option { list-style: none; padding: 8px 16px; cursor: pointer; }
.MuiMenuItem-root:hover, .MuiAutocomplete-option:hover, .Mui-focused { background: rgba(0,0,0,.04); }
.MuiList-root { margin: 0; padding: 8px 0; }
.MuiAutocomplete-option .opis { display: block; font-size: 12px; color: rgba(0,0,0,.6); }
.MuiButton-contained { background: #d4213d; color: #fff; border: 0; border-radius: 4px; padding: 8px 22px; font: inherit; text-transform: uppercase; }
`;

/** MUI + React: controlled inputs behind a value tracker, Select opening on mousedown into a portal, async Autocomplete. */
function muiReact(): CorpusVariant {
  const opts = [
    { v: 'pismo', t: 'Pismo' },
    { v: 'podanie', t: 'Podanie' },
    { v: 'wniosek-uip', t: 'Wniosek o udostępnienie informacji publicznej' },
    { v: 'wniosek', t: 'Wniosek' },
    { v: 'zazalenie', t: 'Zażalenie' },
    { v: 'inne', t: 'Inne' },
  ];
  const body = `<div id="root"><header class="MuiAppBar-root MuiPaper-root">gov.pl · ePUAP · Skrzynka podawcza</header>
<div class="MuiContainer-root"><h1 class="MuiTypography-h4">Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo-form" noValidate>
<div class="MuiFormControl-root MuiAutocomplete-root" id="adresat-ctl"><label class="MuiInputLabel-root" for=":r1:" id=":r1:-label">Adresat pisma<span aria-hidden="true" class="MuiInputLabel-asterisk"> *</span></label>
<div class="MuiInputBase-root MuiOutlinedInput-root MuiAutocomplete-inputRoot"><input aria-invalid="false" autocomplete="off" id=":r1:" type="text" class="MuiInputBase-input MuiAutocomplete-input" aria-autocomplete="list" aria-expanded="false" autocapitalize="none" spellcheck="false" role="combobox" required value="" placeholder="Nazwa urzędu"></div>
<p class="MuiFormHelperText-root" id=":r1:-helper-text">Zacznij pisać, aby wyszukać podmiot</p></div>
<div class="MuiFormControl-root"><label class="MuiInputLabel-root" id=":r3:-label">Rodzaj pisma<span aria-hidden="true" class="MuiInputLabel-asterisk"> *</span></label>
<div class="MuiInputBase-root MuiOutlinedInput-root MuiSelect-root"><div tabindex="0" role="combobox" aria-controls=":r4:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby=":r3:-label :r3:" id=":r3:" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input"><span class="notranslate">​</span></div><input aria-invalid="false" name="rodzaj" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="" required></div></div>
<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root" for=":r5:" id=":r5:-label">Tytuł<span aria-hidden="true" class="MuiInputLabel-asterisk"> *</span></label>
<div class="MuiInputBase-root MuiOutlinedInput-root"><input aria-invalid="false" id=":r5:" name="tytul" type="text" class="MuiInputBase-input MuiOutlinedInput-input" required value=""></div></div>
<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root" for=":r6:" id=":r6:-label">Treść pisma<span aria-hidden="true" class="MuiInputLabel-asterisk"> *</span></label>
<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-multiline"><textarea rows="5" aria-invalid="false" id=":r6:" name="tresc" class="MuiInputBase-input MuiInputBase-inputMultiline" required aria-describedby=":r6:-helper-text"></textarea></div>
<p class="MuiFormHelperText-root" id=":r6:-helper-text">Pozostało znaków: <span id="pozostalo">4000</span></p></div>
<p><button class="MuiButton-root MuiButton-contained" type="submit" id="wyslij">Dalej: podpisz</button></p>
</form></div></div>`;
  const boot = `
var OPTS = ${js(opts)};
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 'alpha');
var form = document.getElementById('pismo-form');
B2.guardForms(form, S);
// controlled text fields: the tracker decides what is a change, the render puts the state back
B2.text(document.getElementById(':r5:'), S, 'tytul', { react: true });
var tr = document.getElementById(':r6:');
B2.text(tr, S, 'tresc', { react: true, after: function (v) { document.getElementById('pozostalo').textContent = String(4000 - v.length); } });
// Select: opens on mousedown, the menu in a portal at the end of body, a hidden native input mirrors the value
var sel = document.getElementById(':r3:');
var nat = form.querySelector('.MuiSelect-nativeInput');
B2.popup({
  trigger: sel, options: OPTS, openOn: 'mousedown', controls: ':r4:', dropControls: false,
  panel: function () { var p = document.createElement('div'); p.className = 'MuiPopover-root MuiMenu-root MuiModal-root'; p.setAttribute('role', 'presentation'); p.innerHTML = '<div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible"></div><div tabindex="-1" class="MuiPaper-root MuiMenu-paper MuiPopover-paper"><ul class="MuiList-root MuiMenu-list" role="listbox" tabindex="-1" aria-labelledby=":r3:-label" id=":r4:"></ul></div>'; return p; },
  itemsIn: 'ul', placeIn: '.MuiPaper-root',
  backdrop: '.MuiBackdrop-root',
  item: function (x, i, on) { return '<li class="MuiButtonBase-root MuiMenuItem-root' + (on ? ' Mui-selected' : '') + '" tabindex="' + (on ? 0 : -1) + '" role="option" aria-selected="' + on + '" data-value="' + x.v + '" data-b2-v="' + x.v + '">' + B2.esc(x.t) + '<span class="MuiTouchRipple-root"></span></li>'; },
  current: function () { return S.get('rodzaj'); },
  pick: function (x) { S.set('rodzaj', x.v); sel.textContent = x.t; nat.value = x.v; }
});
// as MUI's SelectInput does for browser autofill: a change of the hidden native input selects that option
B2.track(nat);
['input', 'change'].forEach(function (n) { nat.addEventListener(n, function () {
  if (!nat.__b2t.changed()) return;
  var o = OPTS.filter(function (x) { return x.v === nat.value; })[0];
  if (o) { S.set('rodzaj', o.v); sel.textContent = o.t; }
}); });
// Autocomplete with options loaded from the server after each keystroke
var ac = document.getElementById(':r1:');
B2.track(ac);
var popper = null;
function closePopper() { if (popper) { popper.remove(); popper = null; } ac.setAttribute('aria-expanded', 'false'); ac.removeAttribute('aria-controls'); }
ac.addEventListener('blur', function () { setTimeout(closePopper, 150); if (!S.get('recipient')) ac.value = ''; else ac.value = chosenName; });
var chosenName = '';
function drawPopper(html) {
  if (!popper) {
    popper = document.createElement('div'); popper.className = 'MuiPopper-root MuiAutocomplete-popper'; popper.setAttribute('role', 'presentation');
    document.body.appendChild(popper);
  }
  popper.innerHTML = '<div class="MuiPaper-root MuiAutocomplete-paper">' + html + '</div>';
  B2.place(popper, ac.parentNode);
}
ac.addEventListener('input', function () {
  if (!ac.__b2t.changed()) return;
  if (S.get('recipient')) { S.set('recipient', ''); chosenName = ''; }
  ac.dispatchEvent(new CustomEvent('mui-input-change'));
});
B2.typeahead({
  input: ac, on: 'mui-input-change', min: 3, debounce: 300, latency: 500, dir: DIR,
  short: closePopper,
  loading: function () { drawPopper('<div class="MuiAutocomplete-loading">Ładowanie…</div>'); },
  render: function (found, q) {
    if (document.activeElement !== ac) return;
    if (!found.length) { drawPopper('<div class="MuiAutocomplete-noOptions">Brak wyników</div>'); return; }
    drawPopper('<ul class="MuiAutocomplete-listbox" role="listbox" id=":r1:-listbox" aria-labelledby=":r1:-label">' + found.map(function (p, i) { return '<li tabindex="-1" role="option" id=":r1:-option-' + i + '" data-option-index="' + i + '" aria-disabled="false" aria-selected="false" class="MuiAutocomplete-option">' + B2.esc(p.name) + '<span class="opis">' + B2.esc(p.addr) + '</span></li>'; }).join('') + '</ul>');
    ac.setAttribute('aria-expanded', 'true'); ac.setAttribute('aria-controls', ':r1:-listbox');
    Array.prototype.forEach.call(popper.querySelectorAll('[data-option-index]'), function (li) {
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { var p = found[Number(li.getAttribute('data-option-index'))]; chosenName = p.name; ac.value = p.name; S.set('recipient', p.id); closePopper(); });
    });
  }
});
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([form]); });
`;
  return {
    id: 'blind2-mui-react-autocomplete',
    form: 'pismo',
    description:
      'MUI/React: useId ids with colons (":r5:"), controlled inputs behind a value tracker, Select opening on mousedown with its listbox in a body portal and a hidden native input, async Autocomplete (500 ms, "Ładowanie…", addresses, no ESP) keyed by an internal id, alphabetical results.',
    dimensions: {
      framework: 'mui-react',
      label: 'for+asterisk-span',
      widget: 'mui-select-mousedown',
      recipient: 'mui-autocomplete-async',
      events: 'react-tracker',
      key: 'internal-id',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', MUI_CSS, body, boot) },
    script: [
      type('[id=":r1:"]', 'Ministerstwo Cyfryzacji'),
      wait('[id=":r1:-listbox"] li >> text="Ministerstwo Cyfryzacji"'),
      click('[id=":r1:-listbox"] li >> text="Ministerstwo Cyfryzacji"'),
      click('[id=":r3:"]'),
      click('[id=":r4:"] li >> text="Wniosek"'),
      fill('[id=":r5:"]', T.tytul),
      fill('[id=":r6:"]', T.tresc),
    ],
    expected: pismo('3f2a91c0', 'wniosek'),
    outcome: 'filled',
  };
}

export function materialPismo(): CorpusVariant[] {
  return [matAutocomplete(), muiReact()];
}
