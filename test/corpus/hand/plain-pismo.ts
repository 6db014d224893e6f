// Hand-written: a plain server-rendered Pismo ogólne, labels bound by `for`, native select, recipient in a
// modal dialog with "Wybierz" buttons. The baseline page every engine should fill.

import { catalogueJs } from '../catalogue';
import type { CorpusVariant } from '../types';
import { PISMO_TEXTS } from '../values';

export function plainPismo(): CorpusVariant {
  const html = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Pismo ogólne do podmiotu publicznego - ePUAP</title>
<style>
  body { font-family: Arial, sans-serif; margin: 0; }
  #top { background: #0b4a8b; color: #fff; padding: 6px 14px; display: flex; justify-content: space-between; }
  #top a { color: #fff; }
  main { padding: 10px 20px; max-width: 860px; }
  .row { margin: 10px 0; }
  .row label { display: block; font-weight: bold; }
  #okno { position: fixed; inset: 8% 15% auto 15%; background: #fff; border: 2px solid #0b4a8b; padding: 14px; }
  #zaslona { position: fixed; inset: 0; background: rgba(0,0,0,.35); }
</style>
</head>
<body>
<div id="top">
  <span><b>ePUAP</b> Elektroniczna Platforma Usług Administracji Publicznej</span>
  <span>Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew) · <a href="#">Wyloguj</a></span>
</div>
<main>
  <h1>Pismo ogólne do podmiotu publicznego</h1>
  <form id="f" action="wyslij" method="post">
    <div class="row">
      <span class="lbl">Adresat *</span>
      <span id="adresat-nazwa">nie wybrano adresata</span>
      <input type="hidden" name="adresat" id="adresat">
      <button type="button" id="ustaw">Ustaw/zmień adresata</button>
    </div>
    <div class="row">
      <label for="rodzaj">Rodzaj pisma</label>
      <select id="rodzaj" name="rodzaj">
        <option value="">Wybierz…</option>
        <option value="PD">Podanie</option>
        <option value="WN">Wniosek</option>
        <option value="SK">Skarga</option>
        <option value="IN">Inne</option>
      </select>
    </div>
    <div class="row"><label for="tytul">Tytuł pisma:</label><input id="tytul" name="tytul" size="70" maxlength="250"></div>
    <div class="row"><label for="tresc">Treść pisma:</label><textarea id="tresc" name="tresc" rows="8" cols="80"></textarea></div>
    <div class="row"><label for="zal">Załącznik</label> <input type="file" id="zal" name="zal"></div>
    <p><button type="submit" name="a" value="dalej">Dalej</button> <button type="submit" name="a" value="wyslij">Podpisz i wyślij</button></p>
  </form>
</main>
<div id="zaslona" hidden></div>
<div id="okno" role="dialog" aria-modal="true" aria-labelledby="okno-t" hidden>
  <h2 id="okno-t">Wyszukaj adresata</h2>
  <label for="q">Nazwa podmiotu</label> <input id="q" type="text" autocomplete="off">
  <button type="button" id="szukaj">Szukaj</button>
  <p id="st" aria-live="polite"></p>
  <ul id="wyniki"></ul>
  <button type="button" id="zamknij">Anuluj</button>
</div>
<script>
(function () {
  ${catalogueJs('filled', 2)}
  var submitted = 0;
  var $ = function (id) { return document.getElementById(id); };
  $('f').addEventListener('submit', function (e) { e.preventDefault(); submitted++; });
  function pokaz(on) { $('okno').hidden = !on; $('zaslona').hidden = !on; }
  $('ustaw').addEventListener('click', function () { pokaz(true); $('q').focus(); });
  $('zamknij').addEventListener('click', function () { pokaz(false); });
  $('szukaj').addEventListener('click', function () {
    $('wyniki').innerHTML = ''; $('st').textContent = 'Trwa wyszukiwanie…';
    var found = szukajWKatalogu($('q').value);
    setTimeout(function () {
      $('st').textContent = found.length ? 'Liczba wyników: ' + found.length : 'Brak wyników';
      found.forEach(function (p) {
        var li = document.createElement('li');
        li.appendChild(document.createTextNode(p.name + ' (' + p.address + ') '));
        var b = document.createElement('button'); b.type = 'button'; b.textContent = 'Wybierz';
        b.addEventListener('click', function () { $('adresat').value = p.esp; $('adresat-nazwa').textContent = p.name; pokaz(false); });
        li.appendChild(b); $('wyniki').appendChild(li);
      });
    }, 350);
  });
  window.__corpus = {
    model: function () { return { recipient: $('adresat').value, rodzaj: $('rodzaj').value, tytul: $('tytul').value, tresc: $('tresc').value }; },
    submitted: function () { return submitted; },
    valid: function () { var m = this.model(); return !!(m.recipient && m.rodzaj && m.tytul && m.tresc); }
  };
})();
</script>
</body>
</html>
`;
  return {
    id: 'hand-plain-pismo',
    form: 'pismo',
    description:
      'Plain server-rendered page: for-labels, native select (WN/Wniosek), recipient in a modal with "Wybierz" buttons.',
    dimensions: {
      label: 'for',
      widget: 'select',
      events: 'native',
      timing: 'static',
      container: 'none',
      recipient: 'modal',
    },
    origin: 'hand',
    files: { 'index.html': html },
    script: [
      { action: 'click', selector: '#ustaw' },
      { action: 'fill', selector: '#q', value: PISMO_TEXTS.query },
      { action: 'click', selector: '#szukaj' },
      { action: 'click', selector: '#wyniki li:has-text("Ministerstwo Cyfryzacji (ul.") button' },
      { action: 'selectOption', selector: '#rodzaj', value: 'Wniosek' },
      { action: 'fill', selector: '#tytul', value: PISMO_TEXTS.tytul },
      { action: 'fill', selector: '#tresc', value: PISMO_TEXTS.tresc },
    ],
    expected: {
      recipient: '/MC/SkrytkaESP',
      rodzaj: 'WN',
      tytul: PISMO_TEXTS.tytul,
      tresc: PISMO_TEXTS.tresc,
    },
    outcome: 'filled',
  };
}
