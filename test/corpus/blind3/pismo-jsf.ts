// Pismo ogólne as a JSF/PrimeFaces portlet page without frames: every change is a partial ajax request
// (queued, one at a time) whose response replaces a region of the DOM; "Ustaw/zmień adresata" opens a
// search region with a paginated data table and a "Wybierz" link per row.

import type { CorpusVariant } from '../types';
import { choose, click, doc, fill, js, PISMO_KEYS, pismo, press, T, wait } from './page';

const KINDS = [
  { v: '', t: '-- wybierz --' },
  { v: 'PODANIE', t: 'Podanie' },
  { v: 'WNIOSEK', t: 'Wniosek' },
  { v: 'SKARGA', t: 'Skarga' },
  { v: 'ZAZALENIE', t: 'Zażalenie' },
  { v: 'ODWOLANIE', t: 'Odwołanie' },
  { v: 'WYJASNIENIE', t: 'Wyjaśnienie' },
  { v: 'INNE', t: 'Inne pismo' },
];

const CSS = `
body { margin: 0; font: 13px/1.45 Arial, Helvetica, sans-serif; color: #222; background: #e9ecef; }
.wpthemeHeader { background: #fff; border-bottom: 4px solid #d7122a; padding: 10px 24px; display: flex; align-items: center; }
.wpthemeHeader .logo { font: bold 22px Georgia, serif; color: #d7122a; margin-right: 20px; }
.wpthemeHeader .user { margin-left: auto; text-align: right; font-size: 12px; }
.breadcrumbs { padding: 8px 24px; font-size: 12px; color: #555; background: #f7f7f7; border-bottom: 1px solid #ddd; }
.wpthemeFrame { max-width: 940px; margin: 18px auto; background: #fff; border: 1px solid #ccc; padding: 18px 26px 40px; }
h1 { font-size: 20px; color: #003d7a; margin: 0 0 14px; }
h2 { font-size: 15px; color: #003d7a; border-bottom: 1px solid #c9d6e3; padding-bottom: 3px; margin: 22px 0 10px; }
.ui-grid-row { display: flex; margin: 7px 0; align-items: flex-start; }
.ui-grid-col-3 { width: 28%; padding-top: 4px; font-weight: bold; }
.ui-grid-col-9 { width: 72%; }
.ui-outputlabel-rfi { color: #c00; margin-left: 2px; }
.ui-inputfield { font: inherit; border: 1px solid #a8a8a8; padding: 4px 6px; border-radius: 2px; box-sizing: border-box; }
.ui-inputfield:disabled { background: #eee; }
input.ui-inputfield[type=text] { width: 100%; }
textarea.ui-inputfield { width: 100%; }
.brak { color: #888; font-style: italic; }
.ui-button { background: linear-gradient(#fdfdfd, #e3e3e3); border: 1px solid #a8a8a8; border-radius: 3px; padding: 5px 12px; font: inherit; cursor: pointer; }
.ui-button-primary { background: linear-gradient(#2a6db5, #134b8a); color: #fff; border-color: #0e3c70; }
.ui-state-disabled { opacity: .6; }
.szukaj { background: #f4f8fc; border: 1px solid #c9d6e3; padding: 10px 14px; margin: 10px 0; }
.ui-datatable table { width: 100%; border-collapse: collapse; margin-top: 8px; }
.ui-datatable th { background: #dfe8f1; text-align: left; padding: 5px 6px; border: 1px solid #c9d6e3; }
.ui-datatable td { padding: 5px 6px; border: 1px solid #e1e7ee; vertical-align: top; }
.ui-datatable-odd { background: #f8fafc; }
.ui-datatable-header { font-weight: bold; padding: 4px 0; }
.ui-paginator { text-align: center; padding: 6px; background: #f3f3f3; border: 1px solid #ddd; border-top: 0; }
.ui-paginator a { display: inline-block; min-width: 22px; padding: 2px 5px; margin: 0 1px; color: #134b8a; text-decoration: none; cursor: pointer; }
.ui-paginator a.ui-state-active { background: #134b8a; color: #fff; border-radius: 2px; }
.ui-paginator a.ui-state-disabled { color: #aaa; cursor: default; }
.ui-message-error { color: #c00; display: block; }
.licznik { color: #666; font-size: 12px; }
.status { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); background: #fff8c4; border: 1px solid #e0c94d; padding: 4px 14px; visibility: hidden; z-index: 50; }
.akcje { margin-top: 24px; text-align: right; }
.ui-helper-hidden-accessible { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

function jsfPage(scenario: 'filled' | 'none'): CorpusVariant {
  const names =
    scenario === 'filled'
      ? [
          'dzs',
          'dc',
          'dgd',
          'dt',
          'min',
          'biuro',
          'sek',
          'mc',
          'maic',
          'coi',
          'nask',
          'kprm',
          'mf',
          'ug',
          'sp',
          'wuw',
        ]
      : [
          'dzs',
          'dc',
          'dgd',
          'dt',
          'min',
          'biuro',
          'sek',
          'maic',
          'coi',
          'nask',
          'kprm',
          'mf',
          'ug',
          'sp',
          'wuw',
        ];
  const body = `<div class="wpthemeHeader"><span class="logo">ePUAP</span><span>Elektroniczna Platforma Usług Administracji Publicznej</span>
<div class="user">Zalogowany: <b>jnowak_ug</b> (Jan Nowak)<br>Organizacja: <b>Urząd Gminy Brudzew</b> · UGBrudzew · <a href="#">Wyloguj</a></div></div>
<div class="breadcrumbs">Katalog spraw › Sprawy ogólne › Ogólne sprawy urzędowe › Pismo ogólne do podmiotu publicznego</div>
<div class="wpthemeFrame"><div class="portlet" id="portlet_pismo">
<h1>Pismo ogólne do podmiotu publicznego</h1>
<div id="form:ajaxStatus" class="status" role="status">Przetwarzanie…</div>
<form id="form" name="form" method="post" action="#" enctype="multipart/form-data">
<input type="hidden" name="form" value="form">
<div id="form:panelAdresat"></div>
<div id="form:panelSzukaj"></div>
<h2>Dane pisma</h2>
<div id="form:panelPismo"></div>
<h2>Załączniki</h2>
<div class="ui-grid-row"><div class="ui-grid-col-3"><label for="form:zalacznik_input">Załącznik</label></div><div class="ui-grid-col-9"><input type="file" id="form:zalacznik_input" name="form:zalacznik_input"><br><span class="licznik">Maksymalny łączny rozmiar załączników: 5 MB.</span></div></div>
<div class="akcje"><button type="submit" id="form:dalej" name="form:dalej" class="ui-button ui-button-primary">Dalej</button></div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-3154808127219632812:4400713394561129650" autocomplete="off">
</form></div></div>`;
  const boot = `
var KINDS = ${js(KINDS)};
var S = B3.store(${js(PISMO_KEYS)});
var DIR = B3.dir(${js(names)});
var PAGE = 5;
var sv = { open: false, fraza: '', kod: '', wyniki: null, strona: 0, msg: '', chosen: null, jakiInny: '', tytulMsg: '', trescMsg: '' };
var form = document.getElementById('form');
B3.guard(form, S);
function $(id) { return document.getElementById(id); }
var esc = B3.esc;
function row(label, forId, control, req) {
  return '<div class="ui-grid-row"><div class="ui-grid-col-3">' + (forId ? '<label id="' + forId + '_lbl" for="' + forId + '" class="ui-outputlabel">' + label + (req ? '<span class="ui-outputlabel-rfi">*</span>' : '') + '</label>' : '<span class="ui-outputlabel">' + label + '</span>') + '</div><div class="ui-grid-col-9">' + control + '</div></div>';
}
// ---- the server's renderers
var R = {
  panelAdresat: function () {
    var c = sv.chosen;
    return '<div id="form:panelAdresat"><h2>Adresat</h2>' +
      row('Nazwa adresata:', '', '<span id="form:adresatNazwa" class="' + (c ? 'wartosc' : 'brak') + '">' + (c ? esc(c.name) : 'nie wybrano') + '</span>') +
      row('Adres skrytki:', '', '<span id="form:adresatSkrytka">' + (c ? esc(c.esp) : '—') + '</span>') +
      '<input type="hidden" id="form:adresat_input" name="form:adresat_input" value="' + esc(c ? c.esp : '') + '">' +
      '<p><button type="button" id="form:ustawAdresata" name="form:ustawAdresata" class="ui-button">Ustaw/zmień adresata</button></p></div>';
  },
  panelSzukaj: function () {
    if (!sv.open) return '<div id="form:panelSzukaj"></div>';
    var h = '<div id="form:panelSzukaj" class="szukaj" role="region" aria-label="Wyszukiwanie adresata">' +
      row('Nazwa lub identyfikator podmiotu', 'form:fraza', '<input type="text" id="form:fraza" name="form:fraza" class="ui-inputfield ui-inputtext" value="' + esc(sv.fraza) + '" autocomplete="off">') +
      row('Kod pocztowy', 'form:kod', '<input type="text" id="form:kod" name="form:kod" class="ui-inputfield ui-inputtext" style="width:90px" placeholder="__-___" value="' + esc(sv.kod) + '">') +
      '<p><button type="button" id="form:szukaj" name="form:szukaj" class="ui-button ui-button-primary">Szukaj</button> <button type="button" id="form:anulujSzukaj" class="ui-button">Anuluj</button></p>' +
      (sv.msg ? '<span class="ui-message-error" id="form:fraza_msg">' + esc(sv.msg) + '</span>' : '');
    if (sv.wyniki) {
      var all = sv.wyniki; var pages = Math.max(1, Math.ceil(all.length / PAGE)); var from = sv.strona * PAGE;
      h += '<div id="form:wyniki" class="ui-datatable ui-widget"><div class="ui-datatable-header">Wyniki wyszukiwania: znaleziono ' + all.length + '</div>' +
        '<table role="grid"><thead><tr><th>Nazwa podmiotu</th><th>Adres</th><th>Adres skrytki</th><th><span class="ui-helper-hidden-accessible">Akcja</span></th></tr></thead><tbody id="form:wyniki_data" class="ui-datatable-data">' +
        (all.length ? all.slice(from, from + PAGE).map(function (p, i) {
          var ri = from + i;
          return '<tr data-ri="' + ri + '" class="ui-widget-content ' + (i % 2 ? 'ui-datatable-odd' : 'ui-datatable-even') + '" role="row"><td role="gridcell" class="nazwa">' + esc(p.name) + '</td><td role="gridcell">' + esc(p.addr) + '<br>' + esc(p.kod + ' ' + p.miasto) + '</td><td role="gridcell">' + esc(p.esp) + '</td><td role="gridcell"><a href="#" id="form:wyniki:' + ri + ':wybierz" class="ui-commandlink ui-widget wybierz">Wybierz</a></td></tr>';
        }).join('') : '<tr class="ui-widget-content ui-datatable-empty-message"><td colspan="4">Nie znaleziono podmiotów spełniających kryteria.</td></tr>') +
        '</tbody></table>';
      if (all.length > PAGE) {
        h += '<div id="form:wyniki_paginator_bottom" class="ui-paginator ui-paginator-bottom" role="navigation" aria-label="Stronicowanie">' +
          '<a class="ui-paginator-prev' + (sv.strona === 0 ? ' ui-state-disabled' : '') + '" aria-label="Poprzednia strona" data-p="' + (sv.strona - 1) + '" href="#">‹</a><span class="ui-paginator-pages">';
        for (var n = 0; n < pages; n++) h += '<a class="ui-paginator-page' + (n === sv.strona ? ' ui-state-active' : '') + '" aria-label="Strona ' + (n + 1) + '" data-p="' + n + '" href="#">' + (n + 1) + '</a>';
        h += '</span><a class="ui-paginator-next' + (sv.strona >= pages - 1 ? ' ui-state-disabled' : '') + '" aria-label="Następna strona" data-p="' + (sv.strona + 1) + '" href="#">›</a> <span class="ui-paginator-current">(' + (sv.strona + 1) + ' z ' + pages + ')</span></div>';
      }
      h += '</div>';
    }
    return h + '</div>';
  },
  panelPismo: function () {
    var r = S.get('rodzaj');
    return '<div id="form:panelPismo">' +
      row('Rodzaj pisma', 'form:rodzaj', '<select id="form:rodzaj" name="form:rodzaj" class="ui-inputfield" size="1">' + KINDS.map(function (k) { return '<option value="' + k.v + '"' + (k.v === r ? ' selected="selected"' : '') + '>' + esc(k.t) + '</option>'; }).join('') + '</select>', true) +
      (r === 'INNE' ? row('Jakie pismo?', 'form:jakiInny', '<input type="text" id="form:jakiInny" name="form:jakiInny" class="ui-inputfield" value="' + esc(sv.jakiInny) + '">', true) : '') +
      R.panelTytul() + R.panelTresc() + '</div>';
  },
  panelTytul: function () {
    return '<div id="form:panelTytul">' + row('Tytuł pisma', 'form:tytul', '<input type="text" id="form:tytul" name="form:tytul" class="ui-inputfield ui-inputtext" maxlength="255" value="' + esc(S.get('tytul')) + '">' + (sv.tytulMsg ? '<span class="ui-message-error">' + esc(sv.tytulMsg) + '</span>' : ''), true) + '</div>';
  },
  panelTresc: function () {
    return '<div id="form:panelTresc">' + row('Treść pisma', 'form:tresc', '<textarea id="form:tresc" name="form:tresc" class="ui-inputfield ui-inputtextarea" rows="8" cols="70">' + esc(S.get('tresc')) + '</textarea><br><span class="licznik" id="form:trescLicznik">Wprowadzono ' + S.get('tresc').length + ' z 4000 znaków</span>' + (sv.trescMsg ? '<span class="ui-message-error">' + esc(sv.trescMsg) + '</span>' : ''), true) + '</div>';
  }
};
function update(id) {
  var old = $('form:' + id);
  var t = document.createElement('div'); t.innerHTML = R[id]();
  old.parentNode.replaceChild(t.firstElementChild, old);
}
['panelAdresat', 'panelSzukaj', 'panelPismo'].forEach(update);
// ---- jsf.ajax: requests queued and sent one at a time; the values are collected when a request is sent
var queue = []; var busy = false; var view = 4400713394561129650;
function showStatus() { $('form:ajaxStatus').style.visibility = (busy || queue.length) ? 'visible' : 'hidden'; }
function block(id, on) {
  var el = $('form:' + id); if (!el) return;
  Array.prototype.forEach.call(el.querySelectorAll('input, select, textarea, button'), function (c) { c.disabled = on; });
  el.classList.toggle('ui-state-disabled', on);
}
function request(o) {
  queue.push(o);
  if (o.block) block(o.block, true);
  showStatus(); pump();
}
function pump() {
  if (busy || !queue.length) return;
  var o = queue.shift(); busy = true; showStatus();
  var data = o.collect ? o.collect() : null;
  setTimeout(function () {
    o.apply(data);
    o.render.forEach(update);
    view++; $('j_id1:javax.faces.ViewState:0').value = '-3154808127219632812:' + view;
    busy = false; showStatus(); pump();
  }, o.latency || 300);
}
function val(id) { var el = $(id); return el ? el.value : ''; }
function szukaj() {
  request({ render: ['panelSzukaj'], latency: 500, block: 'panelSzukaj',
    collect: function () { return { fraza: val('form:fraza'), kod: val('form:kod') }; },
    apply: function (d) {
      sv.fraza = d.fraza; sv.kod = d.kod; sv.strona = 0;
      if (B3.norm(d.fraza).length < 3) { sv.msg = 'Wpisz co najmniej 3 znaki nazwy lub identyfikatora.'; sv.wyniki = null; return; }
      sv.msg = '';
      sv.wyniki = B3.find(DIR, d.fraza).filter(function (p) { return !B3.norm(d.kod) || p.kod === B3.norm(d.kod); });
    } });
}
form.addEventListener('change', function (e) {
  var id = e.target.id;
  if (id === 'form:rodzaj') request({ render: ['panelPismo'], block: 'panelPismo', collect: function () { return val(id); }, apply: function (v) { S.set('rodzaj', v); if (v !== 'INNE') sv.jakiInny = ''; } });
  else if (id === 'form:jakiInny') request({ render: [], collect: function () { return val(id); }, apply: function (v) { sv.jakiInny = v; } });
  else if (id === 'form:tytul') request({ render: ['panelTytul'], collect: function () { return val(id); }, apply: function (v) { S.set('tytul', v); sv.tytulMsg = v ? '' : 'Tytuł pisma: wartość jest wymagana.'; } });
  else if (id === 'form:tresc') request({ render: ['panelTresc'], collect: function () { return val(id); }, apply: function (v) { S.set('tresc', v); sv.trescMsg = v ? '' : 'Treść pisma: wartość jest wymagana.'; } });
});
form.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && (e.target.id === 'form:fraza' || e.target.id === 'form:kod')) { e.preventDefault(); szukaj(); }
});
form.addEventListener('click', function (e) {
  var t = e.target.closest ? e.target.closest('a, button') : null;
  if (!t || t.disabled) return;
  var id = t.id || '';
  if (id === 'form:ustawAdresata') { request({ render: ['panelSzukaj'], latency: 250, apply: function () { sv.open = true; } }); return; }
  if (id === 'form:anulujSzukaj') { request({ render: ['panelSzukaj'], latency: 150, apply: function () { sv.open = false; } }); return; }
  if (id === 'form:szukaj') { szukaj(); return; }
  if (t.classList.contains('wybierz')) {
    e.preventDefault();
    var ri = Number(id.split(':')[2]);
    request({ render: ['panelAdresat', 'panelSzukaj'], latency: 300, block: 'panelSzukaj', apply: function () {
      var p = sv.wyniki && sv.wyniki[ri]; if (!p) return;
      sv.chosen = p; S.set('recipient', p.esp); sv.open = false; sv.wyniki = null; sv.fraza = ''; sv.kod = '';
    } });
    return;
  }
  if (t.hasAttribute('data-p')) {
    e.preventDefault();
    if (t.classList.contains('ui-state-disabled')) return;
    var p = Number(t.getAttribute('data-p'));
    request({ render: ['panelSzukaj'], latency: 250, apply: function () { if (sv.wyniki && p >= 0 && p * PAGE < sv.wyniki.length) sv.strona = p; } });
  }
});
B3.expose(S, function () {
  return S.filled(${js(PISMO_KEYS)}) && !busy && !queue.length && (S.get('rodzaj') !== 'INNE' || !!sv.jakiInny) && S.get('tytul').length <= 255 && S.get('tresc').length <= 4000;
});
`;
  const filled = scenario === 'filled';
  const script = [
    click('[id="form:ustawAdresata"]'),
    fill('[id="form:fraza"]', 'Ministerstwo Cyfryzacji'),
    click('[id="form:szukaj"]'),
    wait('[id="form:wyniki_data"] td.nazwa'),
  ];
  if (filled)
    script.push(
      click('[id="form:wyniki_paginator_bottom"] a[aria-label="Strona 2"]'),
      click('[id="form:wyniki_data"] tr:has(td.nazwa:text-is("Ministerstwo Cyfryzacji")) a.wybierz'),
      wait('[id="form:adresatNazwa"]:text-is("Ministerstwo Cyfryzacji")'),
    );
  script.push(
    choose('[id="form:rodzaj"]', 'Wniosek'),
    fill('[id="form:tytul"]', T.tytul),
    press('[id="form:tytul"]', 'Tab'),
    fill('[id="form:tresc"]', T.tresc),
    press('[id="form:tresc"]', 'Tab'),
    wait(`[id="form:trescLicznik"]:has-text("Wprowadzono ${T.tresc.length} z 4000")`),
  );
  return {
    id: filled ? 'blind3-jsf-ajax-regions-paginated-wybierz' : 'blind3-jsf-ajax-paginated-no-recipient',
    form: 'pismo',
    description: filled
      ? 'JSF/PrimeFaces portlet without frames: "nie wybrano" until chosen, "Ustaw/zmień adresata" renders a search region (name + optional postal code, Enter or "Szukaj"), a data table paged by 5 with "Wybierz" links (the ministry is on page 2 after its departments, the organ, "Biuro Ministra w Ministerstwie…", "Sekretarz Stanu w Ministerstwie…"); every change is a queued partial ajax request whose response replaces its region (same ids, new nodes), the kind\'s request disabling the letter panel until it returns; model = server state after each response.'
      : 'JSF/PrimeFaces paged search with no entity named exactly Ministerstwo Cyfryzacji: departments, the organ, "Biuro Ministra w Ministerstwie Cyfryzacji", "Sekretarz Stanu w Ministerstwie Cyfryzacji", MAiC (zniesione), COI and NASK over 2 pages; nothing may be chosen.',
    dimensions: {
      framework: 'jsf-primefaces',
      ids: 'colons',
      timing: 'ajax-region-replace-queued',
      recipient: 'search-region-datatable-paginated-wybierz',
      shown: 'nie-wybrano',
      events: 'change',
      widget: 'native-select-disables-panel',
      outcome: filled ? 'filled' : 'no-recipient',
    },
    origin: 'hand',
    files: { 'index.html': doc('ePUAP – Pismo ogólne do podmiotu publicznego', CSS, body, boot) },
    script,
    expected: pismo(filled ? '/MC/SkrytkaESP' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'no-recipient',
  };
}

export function jsfPismo(): CorpusVariant[] {
  return [jsfPage('filled'), jsfPage('none')];
}
