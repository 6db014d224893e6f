// Pismo ogólne in an old server-rendered form engine: layout tables with the labels in a left-hand
// column (the fields named only by title attributes), a data instance updated on keyup and paste, a
// Thickbox-style modal holding an iframe whose search form navigates (GET) to its results, and a
// session-expiry notice appearing over the header.

import type { CorpusVariant } from '../types';
import { choose, click, doc, fill, js, PISMO_KEYS, pismo, T, type, wait } from './page';

const KINDS = [
  { v: '', t: '- wybierz -' },
  { v: '01', t: 'Podanie' },
  { v: '02', t: 'Wniosek' },
  { v: '03', t: 'Skarga' },
  { v: '04', t: 'Zażalenie' },
  { v: '05', t: 'Odwołanie' },
  { v: '06', t: 'Wyjaśnienie' },
  { v: '07', t: 'Zawiadomienie' },
  { v: '99', t: 'Inne' },
];

const CSS = `
body { margin: 0; font: 12px Verdana, Tahoma, Arial, sans-serif; background: #fff; color: #000; }
#naglowek { background: #a50e1b; color: #fff; height: 52px; }
#naglowek td { padding: 6px 12px; }
#naglowek a { color: #fff; }
#naglowek .logo { font: bold 24px Georgia, serif; letter-spacing: 1px; }
#uklad { width: 100%; border-collapse: collapse; }
#menu { width: 180px; background: #f0f0f0; border-right: 1px solid #ccc; padding: 10px; vertical-align: top; }
#menu a { display: block; color: #003366; padding: 3px 0; }
#zawartosc { padding: 12px 20px; vertical-align: top; }
h1.tytul-formularza { font-size: 17px; color: #a50e1b; border-bottom: 2px solid #a50e1b; padding-bottom: 4px; }
table.formularz { border-collapse: collapse; width: 760px; }
table.formularz td { padding: 5px 6px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
tr.naglowek-sekcji td { background: #dfe6ee; font-weight: bold; color: #003366; }
td.etykieta { width: 170px; text-align: right; font-weight: bold; background: #f7f7f7; }
.wym { color: #c00; }
.puste { color: #888; font-style: italic; }
.blad { color: #c00; display: block; }
.licznik { color: #555; font-size: 11px; }
.przycisk { font: 12px Verdana, sans-serif; padding: 2px 8px; }
.przycisk.glowny { font-weight: bold; }
.przyciski { width: 760px; text-align: right; margin-top: 10px; }
#TB_overlay { position: fixed; inset: 0; background: #000; opacity: .6; z-index: 100; }
#TB_window { position: fixed; z-index: 102; background: #fff; border: 4px solid #525252; left: 50%; top: 60px; margin-left: -345px; width: 690px; }
#TB_title { background: #e8e8e8; height: 27px; }
#TB_ajaxWindowTitle { float: left; padding: 7px 0 5px 10px; font-weight: bold; }
#TB_closeAjaxWindow { float: right; padding: 7px 10px 5px 0; }
.sesja { position: fixed; top: 6px; right: 10px; width: 330px; background: #fffbe0; border: 1px solid #d6b300; padding: 8px 10px; z-index: 90; box-shadow: 2px 2px 6px rgba(0,0,0,.3); color: #000; }
`;

const FRAME_CSS = `
body { margin: 0; padding: 10px 14px; font: 12px Verdana, Tahoma, Arial, sans-serif; }
table.szukaj td { padding: 3px 4px; }
table.wyniki { border-collapse: collapse; width: 100%; margin-top: 10px; }
table.wyniki th { background: #dfe6ee; text-align: left; padding: 4px; border: 1px solid #c3ccd6; }
table.wyniki td { padding: 4px; border: 1px solid #e0e0e0; vertical-align: top; }
table.wyniki tr.nieparzysty td { background: #f6f8fa; }
.info { color: #555; margin-top: 8px; }
`;

function legacyPage(): CorpusVariant {
  const body = `<div id="naglowek"><table width="100%" cellpadding="0" cellspacing="0"><tr><td><span class="logo">ePUAP</span> Elektroniczna Platforma Usług Administracji Publicznej</td><td align="right">Zalogowany: <b>jnowak_ug</b> | Podmiot: Urząd Gminy Brudzew | <a href="#">Wyloguj</a></td></tr></table></div>
<div class="sesja" id="sesja" hidden>Uwaga! Z powodu braku aktywności sesja wygaśnie o godz. <b id="sesja-czas">--:--</b>. <a href="#" id="sesja-przedluz">Przedłuż sesję</a></div>
<table id="uklad"><tr><td id="menu"><b>Moja skrzynka</b><a href="#">Odebrane</a><a href="#">Wysłane</a><a href="#">Robocze</a><a href="#">Katalog spraw</a><a href="#">Pomoc</a></td><td id="zawartosc">
<h1 class="tytul-formularza">Pismo ogólne do podmiotu publicznego</h1>
<p>Pola oznaczone <span class="wym">*</span> są wymagane.</p>
<form name="formularz" id="formularz" action="#" method="post">
<table class="formularz" cellspacing="0">
<tr class="naglowek-sekcji"><td colspan="2">1. Adresat pisma</td></tr>
<tr><td class="etykieta">Adresat:<span class="wym">*</span></td><td class="pole"><span id="adresat_opis" class="puste">(nie wskazano adresata)</span><input type="hidden" name="adresat_skrytka" id="adresat_skrytka" value=""><br><input type="button" class="przycisk" id="btnWybierzAdresata" value="Wybierz adresata..." title="Wybierz adresata pisma"></td></tr>
<tr class="naglowek-sekcji"><td colspan="2">2. Dane pisma</td></tr>
<tr><td class="etykieta">Rodzaj pisma:<span class="wym">*</span></td><td class="pole"><select name="rodzaj" id="pole_1" title="Rodzaj pisma">${KINDS.map((k) => `<option value="${k.v}">${k.t}</option>`).join('')}</select></td></tr>
<tr><td class="etykieta">Tytuł pisma:<span class="wym">*</span></td><td class="pole"><input type="text" name="tytul" id="pole_2" size="80" maxlength="250" title="Tytuł pisma"><span class="blad" id="blad_2"></span></td></tr>
<tr><td class="etykieta">Treść pisma:<span class="wym">*</span></td><td class="pole"><textarea name="tresc" id="pole_3" rows="10" cols="80" title="Treść pisma"></textarea><div class="licznik">Pozostało znaków: <span id="licznik_3">3000</span></div><span class="blad" id="blad_3"></span></td></tr>
<tr class="naglowek-sekcji"><td colspan="2">3. Załączniki</td></tr>
<tr><td class="etykieta">Załącznik:</td><td class="pole"><input type="file" name="zalacznik1" id="pole_4" title="Załącznik"><br><span class="licznik">Dopuszczalne formaty: PDF, JPG, TIF, XML. Rozmiar wszystkich załączników nie może przekroczyć 3 MB.</span></td></tr>
</table>
<div class="przyciski"><input type="button" value="Zapisz" id="btnZapisz" class="przycisk"> <input type="submit" value="Dalej &raquo;" id="btnDalej" class="przycisk glowny"></div>
</form></td></tr></table>`;
  const boot = `
var S = B3.store(${js(PISMO_KEYS)});
var F = document.getElementById('formularz');
B3.guard(F, S);
var MAX = 3000;
// the form engine's data instance: written on keyup and paste, the way its field scripts do it
function zapisz(pole, klucz) {
  S.set(klucz, pole.value);
  if (pole.id === 'pole_3') document.getElementById('licznik_3').textContent = String(MAX - pole.value.length);
}
[['pole_2', 'tytul'], ['pole_3', 'tresc']].forEach(function (p) {
  var el = document.getElementById(p[0]);
  el.addEventListener('keyup', function () { zapisz(el, p[1]); });
  el.addEventListener('paste', function () { setTimeout(function () { zapisz(el, p[1]); }, 0); });
  el.addEventListener('cut', function () { setTimeout(function () { zapisz(el, p[1]); }, 0); });
  el.addEventListener('blur', function () { document.getElementById('blad_' + p[0].slice(5)).textContent = el.value ? '' : 'Pole wymagane.'; });
});
var rodzaj = document.getElementById('pole_1');
rodzaj.addEventListener('change', function () { S.set('rodzaj', rodzaj.value); });
// Thickbox: the recipient picker is a page of its own in an iframe
function tbRemove() {
  ['TB_overlay', 'TB_window'].forEach(function (id) { var el = document.getElementById(id); if (el) el.remove(); });
}
function tbShow(url) {
  tbRemove();
  var ov = document.createElement('div'); ov.id = 'TB_overlay'; document.body.appendChild(ov);
  var w = document.createElement('div'); w.id = 'TB_window';
  w.innerHTML = '<div id="TB_title"><div id="TB_ajaxWindowTitle">Wybór adresata</div><div id="TB_closeAjaxWindow"><a href="#" id="TB_closeWindowButton" title="Zamknij">zamknij</a></div></div><iframe frameborder="0" hspace="0" src="' + url + '" id="TB_iframeContent" name="TB_iframeContent' + Math.round(Math.random() * 1000) + '" style="width:690px;height:440px;border:0"></iframe>';
  document.body.appendChild(w);
  document.getElementById('TB_closeWindowButton').addEventListener('click', function (e) { e.preventDefault(); tbRemove(); });
  ov.addEventListener('click', tbRemove);
}
document.getElementById('btnWybierzAdresata').addEventListener('click', function () { tbShow('adresaci.html'); });
window.ustawAdresata = function (p) {
  document.getElementById('adresat_skrytka').value = p.skrytka;
  var o = document.getElementById('adresat_opis');
  o.className = '';
  o.innerHTML = '<b>' + B3.esc(p.nazwa) + '</b>, ' + B3.esc(p.adres) + ' (skrytka: ' + B3.esc(p.skrytka) + ')';
  document.getElementById('btnWybierzAdresata').value = 'Zmień adresata...';
  S.set('recipient', p.skrytka);
  tbRemove();
};
// the session notice: shown after a while, counting down; the clerk may extend the session
setTimeout(function () {
  var box = document.getElementById('sesja'); box.hidden = false;
  var at = new Date(Date.now() + 5 * 60000);
  document.getElementById('sesja-czas').textContent = at.getHours() + ':' + ('0' + at.getMinutes()).slice(-2);
  document.getElementById('sesja-przedluz').addEventListener('click', function (e) { e.preventDefault(); box.hidden = true; });
}, 2000);
B3.expose(S, function () { return S.filled(${js(PISMO_KEYS)}) && S.get('tytul').length <= 250 && S.get('tresc').length <= MAX; });
`;
  const frameBody = `<form id="szukaj" action="adresaci.html" method="get">
<table class="szukaj"><tr><td><label for="nazwa">Nazwa podmiotu:</label></td><td><input type="text" name="nazwa" id="nazwa" size="45"></td></tr>
<tr><td><label for="miejscowosc">Miejscowość:</label></td><td><input type="text" name="miejscowosc" id="miejscowosc" size="25"></td></tr>
<tr><td></td><td><input type="submit" value="Szukaj" id="btnSzukaj"> <input type="button" value="Anuluj" id="btnAnuluj"></td></tr></table>
</form>
<div id="wyniki"></div>`;
  const frameBoot = String.raw`
var DIR = B3.dir(['ug', 'dzs', 'mc', 'dc', 'dgd', 'dt', 'min', 'biuro', 'maic', 'coi', 'kprm', 'mf', 'uke', 'sp', 'wuw']);
var qs = new URLSearchParams(location.search);
var nazwa = qs.get('nazwa') || ''; var miejsc = qs.get('miejscowosc') || '';
document.getElementById('nazwa').value = nazwa;
document.getElementById('miejscowosc').value = miejsc;
document.getElementById('btnAnuluj').addEventListener('click', function () { if (window.parent && window.parent !== window) { var w = window.parent.document.getElementById('TB_window'); var o = window.parent.document.getElementById('TB_overlay'); if (w) w.remove(); if (o) o.remove(); } });
var box = document.getElementById('wyniki');
// the server's query: UPPER(nazwa) LIKE UPPER('%...%'), ordered by the inbox address
function up(s) { return String(s).toUpperCase().replace(/\s+/g, ' ').trim(); }
if (qs.has('nazwa')) {
  if (up(nazwa).length < 3) box.innerHTML = '<p class="info">Podaj co najmniej 3 znaki nazwy podmiotu.</p>';
  else {
    var found = DIR.filter(function (p) { return up(p.name).indexOf(up(nazwa)) >= 0 && (!up(miejsc) || up(p.miasto).indexOf(up(miejsc)) >= 0); })
      .sort(function (a, b) { return a.esp < b.esp ? -1 : a.esp > b.esp ? 1 : 0; });
    box.innerHTML = '<p class="info">Znaleziono podmiotów: ' + found.length + '.</p>' + (found.length ? '<table class="wyniki"><tr><th>Lp.</th><th>Nazwa</th><th>Adres</th><th>Skrytka</th><th></th></tr>' +
      found.map(function (p, i) { return '<tr class="' + (i % 2 ? 'nieparzysty' : 'parzysty') + '"><td>' + (i + 1) + '.</td><td class="nazwa">' + B3.esc(p.name) + '</td><td>' + B3.esc(p.addr) + '<br>' + B3.esc(p.kod + ' ' + p.miasto) + '</td><td>' + B3.esc(p.esp) + '</td><td><a href="#" class="wybierz" data-i="' + i + '" title="Wybierz: ' + B3.esc(p.name) + '">Wybierz</a></td></tr>'; }).join('') + '</table>' : '');
    Array.prototype.forEach.call(box.querySelectorAll('a.wybierz'), function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        var p = found[Number(a.getAttribute('data-i'))];
        window.parent.ustawAdresata({ nazwa: p.name, skrytka: p.esp, adres: p.addr + ', ' + p.kod + ' ' + p.miasto });
      });
    });
  }
}
`;
  const F = ['#TB_iframeContent'];
  return {
    id: 'blind3-legacy-tables-keyup-thickbox-iframe',
    form: 'pismo',
    description:
      'Old server-rendered form engine: layout tables with "Label:*" in a right-aligned left-hand column and the fields named by title attributes (ids pole_N), title and body written to the data instance on keyup and paste only (no input/change), a Thickbox modal with an iframe whose GET search form navigates to its own results (UPPER LIKE on the name, ordered by inbox address so the ministry comes after its departments, "Wybierz" links calling the parent), "(nie wskazano adresata)" until chosen, a session-expiry notice (with the time it expires) appearing after 2 s over the top right.',
    dimensions: {
      framework: 'legacy-server-html',
      label: 'left-column+title-attr',
      widget: 'native-select-coded',
      recipient: 'thickbox-iframe-get-search',
      container: 'modal-iframe',
      events: 'keyup+paste',
      overlay: 'session-notice',
      shown: 'nie-wskazano',
    },
    origin: 'hand',
    files: {
      'index.html': doc('ePUAP - Pismo ogólne do podmiotu publicznego', CSS, body, boot),
      'adresaci.html': doc('Wybór adresata', FRAME_CSS, frameBody, frameBoot),
    },
    script: [
      click('#btnWybierzAdresata'),
      fill('#nazwa', 'Ministerstwo Cyfryzacji', F),
      click('#btnSzukaj', F),
      click('tr:has(td.nazwa:text-is("Ministerstwo Cyfryzacji")) a.wybierz', F),
      wait('#adresat_opis b:text-is("Ministerstwo Cyfryzacji")'),
      choose('#pole_1', 'Wniosek'),
      type('#pole_2', T.tytul),
      type('#pole_3', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', '02'),
    outcome: 'filled',
  };
}

export function legacyPismo(): CorpusVariant[] {
  return [legacyPage()];
}
