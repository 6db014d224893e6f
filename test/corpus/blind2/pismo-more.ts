// More Pismo ogólne pages: TinyMCE in a frame with a two-level recipient picker, jQuery UI autocomplete and
// selectmenu, a placeholders-only form searched with Enter, Kendo UI widgets.

import type { CorpusVariant } from '../types';
import { choose, click, doc, fill, js, PISMO_KEYS, pismo, press, RODZAJE, T, type, wait } from './page';

const VALID = `function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([document]); }`;

/** TinyMCE (iframe body), Bootstrap btn-check kind buttons, a two-level recipient picker (category, then body; disabled until chosen). */
function tinymceTwoLevel(): CorpusVariant {
  const cats = [
    { v: 'rzad', t: 'Administracja rządowa' },
    { v: 'jedn', t: 'Jednostki podległe i nadzorowane' },
    { v: 'jst', t: 'Jednostki samorządu terytorialnego' },
  ];
  const kinds = RODZAJE.filter((o) => ['PODANIE', 'WNIOSEK', 'SKARGA', 'ZAZALENIE', 'INNE'].includes(o.v));
  const body = `<div class="container"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="f" novalidate>
<div class="row"><div class="col"><label for="kategoria" class="form-label">Rodzaj podmiotu</label><select id="kategoria" class="form-select"><option value="">Wybierz rodzaj podmiotu</option>${cats.map((c) => `<option value="${c.v}">${c.t}</option>`).join('')}</select></div>
<div class="col"><label for="podmiot" class="form-label">Podmiot (adresat pisma)</label><select id="podmiot" class="form-select" disabled required><option value="">Najpierw wybierz rodzaj podmiotu</option></select><div class="form-text" id="podmiot-adres"></div></div></div>
<div class="mb-3"><span class="form-label d-block" id="rodzaj-lbl">Rodzaj pisma</span><div class="btn-group" role="group" aria-labelledby="rodzaj-lbl">${kinds.map((k, i) => `<input type="radio" class="btn-check" name="rodzaj" id="rodzaj${i}" value="${k.v}" autocomplete="off"><label class="btn btn-outline-primary" for="rodzaj${i}">${k.t}</label>`).join('')}</div></div>
<div class="mb-3"><label for="tytul" class="form-label">Tytuł</label><input id="tytul" class="form-control" required></div>
<div class="mb-3"><label for="tresc" class="form-label">Treść</label><textarea id="tresc" name="tresc" aria-hidden="true" style="display:none"></textarea>
<div role="application" class="tox tox-tinymce" aria-disabled="false" style="height:260px"><div class="tox-editor-container"><div class="tox-editor-header"><div role="group" class="tox-toolbar" aria-label="Pasek narzędzi"><button type="button" class="tox-tbtn" aria-label="Pogrubienie">B</button><button type="button" class="tox-tbtn" aria-label="Kursywa">I</button><button type="button" class="tox-tbtn" aria-label="Wyrównaj do lewej">⯇</button></div></div>
<div class="tox-sidebar-wrap"><div class="tox-edit-area"><iframe id="tresc_ifr" frameborder="0" allowtransparency="true" title="Obszar tekstu sformatowanego. Naciśnij ALT-0, aby uzyskać pomoc." class="tox-edit-area__iframe"></iframe></div></div>
<div class="tox-statusbar"><div class="tox-statusbar__path">p</div><div class="tox-statusbar__wordcount" id="slowa">0 słów</div></div></div></div></div>
<button type="submit" class="btn btn-primary">Przejdź dalej</button></form></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 0);
B2.guardForms(document, S);
B2.radios(document, 'rodzaj', S, 'rodzaj');
B2.text(document.getElementById('tytul'), S, 'tytul');
// two levels: the category loads its bodies
var kat = document.getElementById('kategoria'); var pod = document.getElementById('podmiot');
kat.addEventListener('change', function () {
  pod.disabled = true; S.set('recipient', ''); pod.innerHTML = '<option value="">Wczytywanie…</option>';
  var c = kat.value;
  setTimeout(function () {
    if (!c) { pod.innerHTML = '<option value="">Najpierw wybierz rodzaj podmiotu</option>'; return; }
    var list = DIR.filter(function (p) { return p.cat === c; }).sort(function (a, b) { return a.name.localeCompare(b.name, 'pl'); });
    pod.innerHTML = '<option value="">Wybierz podmiot</option>' + list.map(function (p) { return '<option value="' + B2.esc(p.esp) + '">' + B2.esc(p.name) + '</option>'; }).join('');
    pod.disabled = false;
  }, 500);
});
pod.addEventListener('change', function () { S.set('recipient', pod.value); var p = DIR.filter(function (e) { return e.esp === pod.value; })[0]; document.getElementById('podmiot-adres').textContent = p ? p.addr + ' · ' + p.esp : ''; });
// TinyMCE: the iframe document is written by the editor; getContent() feeds the textarea and the app
var ifr = document.getElementById('tresc_ifr'); var ta = document.getElementById('tresc');
function init() {
  var d = ifr.contentDocument; if (!d || !d.body) { setTimeout(init, 50); return; }
  d.open(); d.write('<!doctype html><html><head><style>body{font-family:sans-serif;margin:8px}</style></head><body id="tinymce" class="mce-content-body" data-id="tresc" contenteditable="true" spellcheck="false" aria-label="Treść"><p><br data-mce-bogus="1"></p></body></html>'); d.close();
  var b = d.body;
  function sync() { var t = B2.textOf(b); ta.value = t ? b.innerHTML : ''; S.set('tresc', t); document.getElementById('slowa').textContent = (t ? t.split(/\\s+/).length : 0) + ' słów'; }
  ['input', 'keyup', 'change', 'blur'].forEach(function (n) { b.addEventListener(n, sync); });
  if (window.MutationObserver) new MutationObserver(sync).observe(b, { childList: true, subtree: true, characterData: true });
}
setTimeout(init, 300);
B2.expose(S, function () { return B2.filled(S, ${js(PISMO_KEYS)}) && B2.validAll([document]); });
`;
  const css = `body{font-family:system-ui,sans-serif;margin:0}.container{max-width:900px;margin:0 auto;padding:14px 20px 80px}.row{display:flex;gap:16px}.col{flex:1}
.form-label{font-weight:600;display:block;margin-top:10px}.form-select,.form-control{width:100%;padding:6px;box-sizing:border-box}.btn-check{position:absolute;clip:rect(0,0,0,0);pointer-events:none}
.btn{display:inline-block;border:1px solid #0d6efd;padding:5px 10px;color:#0d6efd;cursor:pointer;margin-right:-1px}.btn-check:checked+.btn{background:#0d6efd;color:#fff}
.tox-tinymce{border:1px solid #ccc;display:flex;flex-direction:column}.tox-edit-area__iframe{width:100%;height:180px;border:0}.tox-statusbar{font-size:12px;color:#666;display:flex;justify-content:space-between;padding:2px 6px}`;
  return {
    id: 'blind2-tinymce-two-level-picker',
    form: 'pismo',
    description:
      'Recipient chosen in two dependent selects (entity type, then the body: disabled until the first is chosen, loaded 500 ms later; the body list holds the ministry, the organ, MAiC and departments); kind as Bootstrap btn-check radios (visually hidden inputs, button labels); TinyMCE whose iframe document is written 300 ms after load.',
    dimensions: {
      framework: 'bootstrap+tinymce',
      recipient: 'two-level-select',
      widget: 'btn-check-radios',
      body: 'tinymce-iframe',
      structure: 'disabled-until-choice',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      choose('#kategoria', 'rzad'),
      wait('#podmiot:not([disabled])'),
      choose('#podmiot', '/MC/SkrytkaESP'),
      click('label[for="rodzaj2"]'),
      fill('#tytul', T.tytul),
      fill('#tinymce', T.tresc, ['#tresc_ifr']),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** jQuery UI: autocomplete menu appended to body with a live-region helper, selectmenu over a hidden select, counter. */
function jqueryUi(scenario: 'filled' | 'none'): CorpusVariant {
  const body = `<div id="strona"><div id="naglowek">Elektroniczna Platforma Usług Administracji Publicznej</div>
<h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo" action="wyslij.php" method="post">
<table class="formularz"><tr><td class="et"><label for="adresat">Adresat*:</label></td><td><input type="text" id="adresat" name="adresat_nazwa" size="60" class="ui-autocomplete-input" autocomplete="off"><input type="hidden" name="adresat_esp" id="adresat_esp"><div class="pomoc">Podaj co najmniej 3 litery.</div></td></tr>
<tr><td class="et"><label for="rodzaj">Rodzaj pisma*:</label></td><td><select id="rodzaj" name="rodzaj" style="display:none"><option value="">wybierz...</option>${RODZAJE.map((o) => `<option value="${o.v}">${o.t}</option>`).join('')}</select><span tabindex="0" id="rodzaj-button" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-owns="rodzaj-menu" aria-haspopup="true" class="ui-selectmenu-button ui-button ui-widget ui-selectmenu-button-closed ui-corner-all" aria-activedescendant="" aria-labelledby="ui-id-lbl" aria-disabled="false"><span class="ui-selectmenu-icon ui-icon ui-icon-triangle-1-s"></span><span class="ui-selectmenu-text" id="ui-id-lbl">wybierz...</span></span></td></tr>
<tr><td class="et"><label for="tytul">Tytuł*:</label></td><td><input type="text" id="tytul" name="tytul" size="60" maxlength="200"></td></tr>
<tr><td class="et"><label for="tresc">Treść*:</label></td><td><textarea id="tresc" name="tresc" cols="60" rows="8"></textarea><div class="pomoc" id="licznik">Wpisano 0 z 2000 znaków</div></td></tr>
</table><p><input type="submit" value="Dalej &raquo;" id="dalej"></p></form></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 3);
B2.guardForms(document, S);
var helper = document.createElement('div'); helper.setAttribute('role', 'status'); helper.setAttribute('aria-live', 'assertive'); helper.className = 'ui-helper-hidden-accessible'; document.body.appendChild(helper);
// autocomplete
var inp = document.getElementById('adresat'); var hid = document.getElementById('adresat_esp');
var ul = document.createElement('ul'); ul.id = 'ui-id-1'; ul.tabIndex = -1; ul.className = 'ui-menu ui-widget ui-widget-content ui-autocomplete ui-front'; ul.style.display = 'none'; document.body.appendChild(ul);
function hide() { ul.style.display = 'none'; }
inp.addEventListener('blur', function () { setTimeout(hide, 150); });
inp.addEventListener('keydown', function (e) {
  var items = ul.querySelectorAll('.ui-menu-item-wrapper'); var cur = -1;
  Array.prototype.forEach.call(items, function (it, i) { if (it.classList.contains('ui-state-active')) cur = i; });
  if (ul.style.display === 'none') return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); cur = Math.max(0, Math.min(items.length - 1, cur + (e.key === 'ArrowDown' ? 1 : -1))); Array.prototype.forEach.call(items, function (it, i) { it.classList.toggle('ui-state-active', i === cur); }); if (items[cur]) inp.value = items[cur].getAttribute('data-label'); }
  if (e.key === 'Enter' && cur >= 0) { e.preventDefault(); items[cur].click(); }
});
inp.addEventListener('input', function () { if (hid.value) { hid.value = ''; S.set('recipient', ''); } });
B2.typeahead({ input: inp, min: 3, debounce: 300, latency: 250, dir: DIR,
  short: hide,
  render: function (found) {
    if (!found.length) { hide(); helper.textContent = 'Brak wyników.'; return; }
    ul.innerHTML = found.map(function (p, i) { return '<li class="ui-menu-item"><div id="ui-id-' + (10 + i) + '" tabindex="-1" class="ui-menu-item-wrapper" data-i="' + i + '" data-label="' + B2.esc(p.name) + '">' + B2.esc(p.name) + ' &ndash; ' + B2.esc(p.esp) + '</div></li>'; }).join('');
    helper.textContent = found.length + ' wyników. Użyj strzałek w górę i w dół, aby je przeglądać.';
    ul.style.display = 'block'; B2.place(ul, inp);
    Array.prototype.forEach.call(ul.querySelectorAll('.ui-menu-item-wrapper'), function (w) {
      w.addEventListener('mouseenter', function () { w.classList.add('ui-state-active'); });
      w.addEventListener('mouseleave', function () { w.classList.remove('ui-state-active'); });
      w.addEventListener('mousedown', function (e) { e.preventDefault(); });
      w.addEventListener('click', function () { var p = found[Number(w.getAttribute('data-i'))]; inp.value = p.name; hid.value = p.esp; S.set('recipient', p.esp); hide(); });
    });
  } });
// selectmenu
var sel = document.getElementById('rodzaj'); var btn = document.getElementById('rodzaj-button');
var OPTS = Array.prototype.map.call(sel.options, function (o) { return { v: o.value, t: o.textContent }; });
sel.addEventListener('change', function () { S.set('rodzaj', sel.value); document.getElementById('ui-id-lbl').textContent = sel.options[sel.selectedIndex].textContent; });
B2.popup({
  trigger: btn, options: OPTS,
  panel: function () { var d = document.createElement('div'); d.className = 'ui-selectmenu-menu ui-front ui-selectmenu-open'; d.innerHTML = '<ul aria-hidden="false" aria-labelledby="rodzaj-button" id="rodzaj-menu" role="listbox" tabindex="0" class="ui-menu ui-corner-bottom ui-widget ui-widget-content"></ul>'; return d; },
  itemsIn: 'ul', controls: 'rodzaj-menu', dropControls: false,
  item: function (x, i) { return '<li class="ui-menu-item" data-b2-v="' + x.v + '"><div id="ui-id-' + (30 + i) + '" tabindex="-1" role="option" class="ui-menu-item-wrapper">' + B2.esc(x.t) + '</div></li>'; },
  current: function () { return sel.value; },
  pick: function (x) { sel.value = x.v; sel.dispatchEvent(new Event('change', { bubbles: true })); }
});
B2.text(document.getElementById('tytul'), S, 'tytul', { on: 'change' });
var tr = document.getElementById('tresc');
B2.text(tr, S, 'tresc', { on: 'change' });
tr.addEventListener('keyup', function () { document.getElementById('licznik').textContent = 'Wpisano ' + tr.value.length + ' z 2000 znaków'; });
B2.expose(S, ${VALID});
`;
  const css = `body{font-family:Verdana,sans-serif;font-size:12px;margin:0}#strona{max-width:860px;margin:0 auto;padding:0 16px 60px}#naglowek{background:#00467f;color:#fff;padding:8px}
.formularz td{padding:5px;vertical-align:top}.et{width:140px;text-align:right;font-weight:bold}.pomoc{color:#777;font-size:11px}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-menu{list-style:none;margin:0;padding:2px;background:#fff;border:1px solid #aaa;z-index:100}.ui-menu-item-wrapper{padding:3px 6px;cursor:pointer}.ui-state-active{background:#007fff;color:#fff}
.ui-selectmenu-button{display:inline-block;border:1px solid #aaa;padding:3px 8px;min-width:200px;cursor:pointer;background:#f6f6f6}.ui-selectmenu-menu{position:absolute;z-index:101}`;
  const filled = scenario === 'filled';
  return {
    id: filled ? 'blind2-jquery-ui-autocomplete' : 'blind2-jquery-ui-no-recipient',
    form: 'pismo',
    description: filled
      ? 'jQuery UI: autocomplete menu appended to body ("Name – /ESP" items, arrow keys copy the name into the input), a status live region, selectmenu button over a display:none select, right-aligned "Label*:" cells, change events, counter on keyup, input type=submit "Dalej »".'
      : 'jQuery UI autocomplete with no entity named exactly Ministerstwo Cyfryzacji (departments, organ, COI, MAiC): nothing may be chosen.',
    dimensions: {
      framework: 'jquery-ui',
      label: 'for-colon-asterisk',
      widget: 'selectmenu',
      recipient: 'jquery-autocomplete',
      events: 'change',
    },
    origin: 'hand',
    files: { 'index.html': doc('ePUAP - Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      type('#adresat', 'Ministerstwo Cyfryzacji'),
      wait('#ui-id-1 .ui-menu-item-wrapper:has-text("/MC/SkrytkaESP")'),
      click('#ui-id-1 .ui-menu-item-wrapper:has-text("/MC/SkrytkaESP")'),
      click('#rodzaj-button'),
      click('#rodzaj-menu li[data-b2-v="WNIOSEK"] .ui-menu-item-wrapper'),
      fill('#tytul', T.tytul),
      press('#tytul', 'Tab'),
      fill('#tresc', T.tresc),
      press('#tresc', 'Tab'),
    ],
    expected: pismo(filled ? '/MC/SkrytkaESP' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'no-recipient',
  };
}

/** No labels at all: placeholders only, the search runs on Enter only, results are clickable table rows. */
function placeholdersOnly(): CorpusVariant {
  const body = `<div class="karta"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="f" novalidate>
<input type="text" id="szukaj" placeholder="Adresat: wpisz nazwę i naciśnij Enter" autocomplete="off">
<table id="wyniki" class="wyniki" hidden><tbody></tbody></table>
<div id="adresat" class="adresat" aria-live="polite"></div>
<select id="rodzaj" required><option value="">-- Rodzaj pisma --</option>${RODZAJE.map((o) => `<option value="${o.v}">${o.t}</option>`).join('')}</select>
<input type="text" id="tytul" placeholder="Tytuł pisma*" required>
<textarea id="tresc" placeholder="Treść pisma*" rows="8" required></textarea>
<p class="zal">Załącznik (PDF, maks. 5 MB): <input type="file" id="plik" accept="application/pdf"></p>
<button type="submit">Wyślij pismo</button></form></div>
<div class="cookie-bar" role="region" aria-label="Cookies">Ta strona używa plików cookie zgodnie z polityką prywatności. Możesz zmienić ustawienia w swojej przeglądarce.</div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory('filled', 7);
B2.guardForms(document, S);
B2.select(document.getElementById('rodzaj'), S, 'rodzaj');
B2.text(document.getElementById('tytul'), S, 'tytul');
B2.text(document.getElementById('tresc'), S, 'tresc');
var q = document.getElementById('szukaj'); var t = document.getElementById('wyniki');
q.addEventListener('keydown', function (e) {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  var v = q.value; if (B2.norm(v).length < 3) return;
  setTimeout(function () {
    var found = B2.find(DIR, v);
    t.querySelector('tbody').innerHTML = found.map(function (p, i) { return '<tr tabindex="0" data-i="' + i + '" aria-selected="false"><td>' + B2.esc(p.name) + '</td><td class="esp">' + B2.esc(p.esp) + '</td></tr>'; }).join('') || '<tr><td>Nic nie znaleziono</td></tr>';
    t.hidden = false;
    Array.prototype.forEach.call(t.querySelectorAll('tr[data-i]'), function (tr) {
      function pick() { var p = found[Number(tr.getAttribute('data-i'))]; S.set('recipient', p.esp); document.getElementById('adresat').textContent = 'Adresat: ' + p.name; t.hidden = true; }
      tr.addEventListener('click', pick);
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); pick(); } });
    });
  }, 600);
});
B2.expose(S, ${VALID});
`;
  const css = `body{font-family:sans-serif;margin:0;background:#eee}.karta{max-width:640px;margin:20px auto;background:#fff;padding:20px 24px 140px}
.karta input[type=text],.karta select,.karta textarea{display:block;width:100%;margin:12px 0;padding:8px;box-sizing:border-box}.wyniki{width:100%;border-collapse:collapse}.wyniki tr{cursor:pointer}.wyniki tr:hover{background:#def}.esp{color:#666}`;
  return {
    id: 'blind2-placeholders-enter-search',
    form: 'pismo',
    description:
      'No labels at all: every field named only by its placeholder ("Tytuł pisma*"), the kind by its first option "-- Rodzaj pisma --"; the recipient search runs only on Enter (no button) and its results are clickable table rows with the ESP in a second cell; a cookie bar over the bottom; a file input for the attachment.',
    dimensions: {
      framework: 'plain',
      label: 'placeholder-only',
      recipient: 'enter-search-row-click',
      widget: 'native-select-first-option-label',
      overlay: 'cookie-bar',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne', css, body, boot) },
    script: [
      fill('#szukaj', T.query),
      press('#szukaj', 'Enter'),
      wait('#wyniki tr:has-text("/MC/SkrytkaESP")'),
      click('#wyniki tr:has-text("/MC/SkrytkaESP")'),
      choose('#rodzaj', 'WNIOSEK'),
      fill('#tytul', T.tytul),
      fill('#tresc', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** Kendo UI: DropDownList (span combobox, hidden input) and AutoComplete with popups in k-animation-container at the end of body. */
function kendo(scenario: 'filled' | 'two'): CorpusVariant {
  const body = `<div class="k-content"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="formularz" class="k-form k-form-vertical" novalidate>
<div class="k-form-field"><label class="k-label k-form-label" for="adresat" id="adresat-label">Adresat<span class="k-required">*</span></label>
<span class="k-autocomplete k-input k-input-solid k-input-md k-rounded-md"><input id="adresat" data-role="autocomplete" class="k-input-inner" type="text" autocomplete="off" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-haspopup="listbox" aria-controls="adresat_listbox" placeholder="Nazwa podmiotu"><span class="k-clear-value k-hidden" title="wyczyść" role="button" tabindex="-1">×</span></span>
<div class="k-form-hint">Min. 3 znaki. Po wybraniu pokażemy adres skrytki.</div><div class="k-form-hint" id="adresat-esp"></div></div>
<div class="k-form-field"><label class="k-label k-form-label" id="rodzaj_label" for="rodzaj">Rodzaj pisma<span class="k-required">*</span></label>
<span title="" class="k-picker k-dropdownlist k-picker-solid k-picker-md k-rounded-md" unselectable="on" role="combobox" aria-expanded="false" tabindex="0" aria-controls="rodzaj_listbox" aria-labelledby="rodzaj_label" aria-haspopup="listbox" aria-readonly="false" aria-busy="false" aria-autocomplete="list" id="rodzaj-wrap"><span class="k-input-inner" unselectable="on"><span class="k-input-value-text">Wybierz…</span></span><button aria-label="rozwiń" tabindex="-1" class="k-input-button k-button k-icon-button" type="button">▾</button><input id="rodzaj" name="rodzaj" data-role="dropdownlist" style="display: none;" required></span></div>
<div class="k-form-field"><label class="k-label k-form-label" for="tytul">Tytuł<span class="k-required">*</span></label><span class="k-textbox k-input k-input-solid"><input id="tytul" class="k-input-inner" data-role="textbox" required></span></div>
<div class="k-form-field"><label class="k-label k-form-label" for="tresc">Treść<span class="k-required">*</span></label><span class="k-textarea k-input k-input-solid"><textarea id="tresc" data-role="textarea" class="k-input-inner" rows="7" required></textarea></span></div>
<div class="k-form-buttons"><button class="k-button k-button-solid-primary" type="submit">Wyślij</button></div></form></div>`;
  const boot = `
var S = B2.store(${js(PISMO_KEYS)});
var DIR = B2.directory(${js(scenario)}, 5);
var KINDS = ${js(RODZAJE)};
B2.guardForms(document, S);
B2.text(document.getElementById('tytul'), S, 'tytul', { on: 'change' });
B2.text(document.getElementById('tresc'), S, 'tresc', { on: 'change' });
function container(id) { var c = document.createElement('div'); c.className = 'k-animation-container'; c.innerHTML = '<div class="k-popup k-list-container k-child-animation-container" data-role="popup"><div class="k-list k-list-md"><div class="k-list-content k-list-scroller"><ul class="k-list-ul" role="listbox" id="' + id + '_listbox" aria-live="off" tabindex="-1"></ul></div></div></div>'; return c; }
var wrap = document.getElementById('rodzaj-wrap'); var hid = document.getElementById('rodzaj');
B2.popup({
  trigger: wrap, options: KINDS, controls: 'rodzaj_listbox', dropControls: false,
  panel: function () { return container('rodzaj'); }, itemsIn: 'ul',
  item: function (x, i, on) { return '<li class="k-list-item' + (on ? ' k-selected' : '') + '" role="option" aria-selected="' + on + '" id="rodzaj_' + i + '" data-offset-index="' + i + '" data-b2-v="' + x.v + '"><span class="k-list-item-text">' + B2.esc(x.t) + '</span></li>'; },
  current: function () { return hid.value; },
  pick: function (x) { hid.value = x.v; wrap.querySelector('.k-input-value-text').textContent = x.t; S.set('rodzaj', x.v); }
});
// AutoComplete: filter contains, delay 500, the value committed on select or on blur (change)
var inp = document.getElementById('adresat'); var pop = null; var found = [];
function close() { if (pop) { pop.remove(); pop = null; } inp.setAttribute('aria-expanded', 'false'); }
inp.addEventListener('blur', function () { setTimeout(close, 150); });
inp.addEventListener('input', function () { if (S.get('recipient')) { S.set('recipient', ''); document.getElementById('adresat-esp').textContent = ''; } });
B2.typeahead({ input: inp, min: 3, debounce: 500, latency: 200, dir: DIR,
  short: close,
  render: function (f) {
    found = f; close(); if (!f.length) return;
    pop = container('adresat'); document.body.appendChild(pop); B2.place(pop, inp.parentNode);
    pop.querySelector('ul').innerHTML = f.map(function (p, i) { return '<li class="k-list-item" role="option" id="adresat_' + i + '" data-offset-index="' + i + '"><span class="k-list-item-text">' + B2.esc(p.name) + '</span></li>'; }).join('');
    inp.setAttribute('aria-expanded', 'true');
    Array.prototype.forEach.call(pop.querySelectorAll('li'), function (li) {
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () { var p = found[Number(li.getAttribute('data-offset-index'))]; inp.value = p.name; S.set('recipient', p.id); document.getElementById('adresat-esp').textContent = 'Skrytka: ' + p.esp + ', ' + p.addr; close(); });
    });
  } });
B2.expose(S, ${VALID});
`;
  const css = `body{font-family:"Segoe UI",sans-serif;margin:0}.k-content{max-width:760px;margin:0 auto;padding:14px 20px 80px}.k-form-field{margin:14px 0}.k-label{display:block;font-weight:600}.k-required{color:#d51923}
.k-input{display:flex;border:1px solid #ccc;border-radius:4px}.k-input-inner{border:0;flex:1;padding:5px 8px;font:inherit;outline:0}.k-form-hint{font-size:12px;color:#666}
.k-picker{display:flex;border:1px solid #ccc;border-radius:4px;cursor:pointer;min-width:280px}.k-animation-container{position:absolute;z-index:10002}.k-popup{background:#fff;border:1px solid #ccc;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.k-list-ul{list-style:none;margin:0;padding:2px}.k-list-item{padding:4px 8px;cursor:pointer}.k-list-item:hover{background:#eee}`;
  const filled = scenario === 'filled';
  return {
    id: filled ? 'blind2-kendo-dropdown-autocomplete' : 'blind2-kendo-two-ministries',
    form: 'pismo',
    description: filled
      ? 'Kendo UI: DropDownList as a focusable span role=combobox over a display:none input, AutoComplete (contains filter, 500 ms delay) with popups in k-animation-container at the end of body, names only in the list (the ESP shown after choosing), key = internal id, textbox and textarea committed on change.'
      : 'Kendo AutoComplete listing two equal "Ministerstwo Cyfryzacji" entries: the clerk must decide.',
    dimensions: {
      framework: 'kendo-ui',
      widget: 'kendo-dropdownlist',
      recipient: 'kendo-autocomplete',
      events: 'change',
      key: 'internal-id',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego', css, body, boot) },
    script: [
      type('#adresat', 'Ministerstwo Cyfryzacji'),
      wait('#adresat_listbox li >> text="Ministerstwo Cyfryzacji"'),
      click('#adresat_listbox li >> text="Ministerstwo Cyfryzacji"'),
      click('#rodzaj-wrap'),
      click('#rodzaj_listbox li[data-b2-v="WNIOSEK"]'),
      fill('#tytul', T.tytul),
      press('#tytul', 'Tab'),
      fill('#tresc', T.tresc),
      press('#tresc', 'Tab'),
    ],
    expected: pismo(filled ? '3f2a91c0' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'ambiguous-recipient',
  };
}

export function morePismo(): CorpusVariant[] {
  return [
    tinymceTwoLevel(),
    jqueryUi('filled'),
    jqueryUi('none'),
    placeholdersOnly(),
    kendo('filled'),
    kendo('two'),
  ];
}
