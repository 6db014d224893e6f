// Pismo ogólne as a React page of the newer design: a native <dialog> opened with showModal (the rest of
// the page inert) holding a search and a results grid whose row is selected and then confirmed with
// "Zatwierdź"; the kind as a group of aria-pressed toggle buttons; the title named only by a heading
// and an aria-describedby hint, behind a value tracker; a Draft.js-like editor.

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, T, wait } from './page';

const KINDS = [
  { k: 'P', t: 'Podanie' },
  { k: 'W', t: 'Wniosek' },
  { k: 'S', t: 'Skarga' },
  { k: 'Z', t: 'Zażalenie' },
  { k: 'O', t: 'Odwołanie' },
  { k: 'X', t: 'Inne' },
];

const CSS = `
body { margin: 0; font: 16px/1.5 "Lato", Arial, sans-serif; color: #1b1b1b; background: #fff; }
.gov-header { border-bottom: 1px solid #e5e5e5; padding: 14px 32px; display: flex; align-items: center; gap: 16px; }
.gov-header .godlo { width: 26px; height: 30px; background: #d4213d; border-radius: 3px; }
.gov-header .nazwa { font-weight: 700; }
.gov-header .konto { margin-left: auto; font-size: 14px; }
main { max-width: 780px; margin: 0 auto; padding: 24px 20px 120px; }
h1 { font-size: 30px; margin: 6px 0 22px; }
h2 { font-size: 20px; margin: 28px 0 10px; }
h3 { font-size: 16px; margin: 18px 0 2px; }
.hint { margin: 0 0 6px; color: #555; font-size: 14px; }
.adresat-box { padding: 10px 14px; background: #f5f5f5; border-left: 4px solid #0052a5; margin-bottom: 10px; }
.nie-wybrano { color: #777; }
.btn { font: inherit; padding: 8px 18px; border-radius: 4px; cursor: pointer; border: 2px solid #0052a5; background: #fff; color: #0052a5; font-weight: 700; }
.btn-primary { background: #0052a5; color: #fff; }
.btn:disabled { opacity: .45; cursor: not-allowed; }
.segmented { display: flex; flex-wrap: wrap; gap: 0; }
.segmented button { font: inherit; padding: 8px 16px; border: 1px solid #0052a5; background: #fff; color: #0052a5; margin-left: -1px; cursor: pointer; }
.segmented button:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }
.segmented button:last-child { border-radius: 0 4px 4px 0; }
.segmented button[aria-pressed=true] { background: #0052a5; color: #fff; }
.input { font: inherit; width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #767676; border-radius: 4px; }
.DraftEditor-root { position: relative; border: 1px solid #767676; border-radius: 4px; min-height: 150px; padding: 8px 10px; }
.public-DraftEditorPlaceholder-root { position: absolute; color: #8a8a8a; pointer-events: none; }
.public-DraftEditorPlaceholder-root.ukryty { display: none; }
.public-DraftEditor-content { min-height: 140px; outline: none; white-space: pre-wrap; overflow-wrap: break-word; }
.akcje { display: flex; justify-content: space-between; margin-top: 30px; }
dialog { width: 720px; max-width: 94vw; border: 0; border-radius: 8px; padding: 0; box-shadow: 0 10px 40px rgba(0,0,0,.35); }
dialog::backdrop { background: rgba(20,20,20,.55); }
.dlg-head { padding: 16px 22px 4px; }
.dlg-body { padding: 0 22px 10px; max-height: 60vh; overflow: auto; }
.dlg-foot { display: flex; justify-content: flex-end; gap: 10px; padding: 12px 22px 18px; border-top: 1px solid #e5e5e5; }
.dlg-search { display: grid; grid-template-columns: 1fr 200px auto; gap: 10px; align-items: end; }
.dlg-search label { display: block; font-size: 14px; font-weight: 700; }
table.grid { width: 100%; border-collapse: collapse; margin-top: 12px; font-size: 15px; }
table.grid th { text-align: left; border-bottom: 2px solid #1b1b1b; padding: 6px; }
table.grid td { border-bottom: 1px solid #e0e0e0; padding: 7px 6px; }
table.grid tbody tr { cursor: pointer; }
table.grid tbody tr:hover { background: #f2f6fb; }
table.grid tbody tr[aria-selected=true] { background: #dbe9f8; outline: 2px solid #0052a5; outline-offset: -2px; }
.status { font-size: 14px; color: #555; min-height: 1.5em; margin-top: 8px; }
`;

function dialogPage(): CorpusVariant {
  const body = `<div id="root"><header class="gov-header"><span class="godlo" aria-hidden="true"></span><span class="nazwa">ePUAP · Strefa klienta</span><span class="konto">Jan Nowak (Urząd Gminy Brudzew) · <a href="#">Wyloguj</a></span></header>
<main>
<h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="pismo" novalidate>
<section aria-labelledby="sec-adresat"><h2 id="sec-adresat">1. Adresat</h2>
<div class="adresat-box">Adresat: <span id="adresat-nazwa" class="nie-wybrano">nie wybrano</span></div>
<button type="button" id="btn-adresat" class="btn" aria-haspopup="dialog">Wybierz adresata</button></section>
<section aria-labelledby="sec-rodzaj"><h2 id="sec-rodzaj">2. Rodzaj pisma</h2>
<div role="group" aria-labelledby="sec-rodzaj" class="segmented" id="rodzaj">${KINDS.map((k) => `<button type="button" aria-pressed="false" data-kod="${k.k}">${k.t}</button>`).join('')}</div></section>
<section aria-labelledby="sec-tresc"><h2 id="sec-tresc">3. Treść</h2>
<h3 id="tytul-h">Tytuł pisma</h3>
<p class="hint" id="tytul-hint">Krótko opisz, czego dotyczy pismo – np. „Wniosek o wydanie zaświadczenia”. Maksymalnie 200 znaków.</p>
<input id="f7" class="input" type="text" aria-describedby="tytul-hint" maxlength="200" autocomplete="off">
<h3 id="tresc-h">Treść pisma</h3>
<p class="hint" id="tresc-hint">Możesz wkleić tekst z innego dokumentu.</p>
<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="placeholder-9fk2a">Wpisz treść pisma…</div></div>
<div class="DraftEditor-editorContainer"><div aria-describedby="placeholder-9fk2a tresc-hint" aria-labelledby="tresc-h" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="true"></div></div></div></section>
<section aria-labelledby="sec-zal"><h2 id="sec-zal">4. Załączniki (opcjonalnie)</h2>
<input type="file" id="zalaczniki" multiple accept="application/pdf,image/jpeg" aria-labelledby="sec-zal"></section>
<div class="akcje"><button type="button" class="btn" id="wstecz">Wstecz</button><button type="submit" class="btn btn-primary" id="dalej">Dalej: podpisz pismo</button></div>
</form></main>
<dialog id="dlg-adresat" aria-labelledby="dlg-h">
<div class="dlg-head"><h2 id="dlg-h" style="margin:0">Wybierz adresata</h2><p class="hint">Wyszukaj podmiot po nazwie. Możesz zawęzić wyniki do miejscowości.</p></div>
<div class="dlg-body">
<form role="search" id="dlg-szukaj" class="dlg-search" aria-label="Wyszukiwanie podmiotu"><div><label for="dlg-nazwa">Nazwa podmiotu</label><input id="dlg-nazwa" class="input" type="text" autocomplete="off"></div><div><label for="dlg-miasto">Miejscowość</label><input id="dlg-miasto" class="input" type="text"></div><button type="submit" class="btn">Szukaj</button></form>
<div id="dlg-status" class="status" role="status"></div>
<table class="grid" role="grid" aria-label="Wyniki wyszukiwania" id="dlg-grid" aria-multiselectable="false"><thead><tr role="row"><th role="columnheader">Nazwa</th><th role="columnheader">Miejscowość</th><th role="columnheader">Adres skrytki</th></tr></thead><tbody></tbody></table>
</div>
<div class="dlg-foot"><button type="button" class="btn" id="dlg-anuluj">Anuluj</button><button type="button" class="btn btn-primary" id="dlg-zatwierdz" disabled>Zatwierdź</button></div>
</dialog></div>`;
  const boot = String.raw`
var S = B3.store(${js(PISMO_KEYS)});
var DIR = B3.dir(['min', 'dzs', 'dc', 'mc', 'dgd', 'dt', 'biuro', 'sek', 'maic', 'coi', 'nask', 'uke', 'kprm', 'mf', 'ug', 'wuw']);
var esc = B3.esc;
var form = document.getElementById('pismo');
B3.guard(form, S);

// ---- the recipient dialog
var dlg = document.getElementById('dlg-adresat');
var grid = document.getElementById('dlg-grid').querySelector('tbody');
var status = document.getElementById('dlg-status');
var ok = document.getElementById('dlg-zatwierdz');
var results = []; var picked = -1; var seq = 0;
document.getElementById('btn-adresat').addEventListener('click', function () {
  picked = -1; ok.disabled = true;
  if (typeof dlg.showModal === 'function') dlg.showModal(); else dlg.setAttribute('open', '');
  document.getElementById('dlg-nazwa').focus();
});
function closeDlg() { if (typeof dlg.close === 'function') dlg.close(); else dlg.removeAttribute('open'); }
document.getElementById('dlg-anuluj').addEventListener('click', closeDlg);
function drawRows() {
  grid.innerHTML = results.map(function (p, i) {
    return '<tr role="row" tabindex="' + (i === Math.max(0, picked) ? '0' : '-1') + '" aria-selected="' + (i === picked) + '" data-i="' + i + '"><td role="gridcell">' + esc(p.name) + '</td><td role="gridcell">' + esc(p.miasto) + '</td><td role="gridcell">' + esc(p.esp) + '</td></tr>';
  }).join('');
}
function pick(i) { picked = i; ok.disabled = i < 0; drawRows(); var tr = grid.querySelector('tr[data-i="' + i + '"]'); if (tr) tr.focus(); }
document.getElementById('dlg-szukaj').addEventListener('submit', function (e) {
  e.preventDefault();
  var q = document.getElementById('dlg-nazwa').value; var miasto = B3.fold(B3.norm(document.getElementById('dlg-miasto').value));
  var my = ++seq;
  picked = -1; ok.disabled = true; grid.innerHTML = '';
  if (B3.norm(q).length < 3) { status.textContent = 'Wpisz co najmniej 3 znaki.'; return; }
  status.textContent = 'Wyszukiwanie…';
  setTimeout(function () {
    if (my !== seq) return;
    results = B3.find(DIR, q).filter(function (p) { return !miasto || B3.fold(p.miasto).indexOf(miasto) === 0; });
    status.textContent = results.length ? 'Znaleziono: ' + results.length + '. Zaznacz podmiot i kliknij „Zatwierdź”.' : 'Nie znaleziono podmiotów.';
    drawRows();
  }, 500);
});
grid.addEventListener('click', function (e) { var tr = e.target.closest('tr[data-i]'); if (tr) pick(Number(tr.getAttribute('data-i'))); });
grid.addEventListener('dblclick', function (e) { var tr = e.target.closest('tr[data-i]'); if (tr) { pick(Number(tr.getAttribute('data-i'))); confirm(); } });
grid.addEventListener('keydown', function (e) {
  var tr = e.target.closest('tr[data-i]'); if (!tr) return;
  var i = Number(tr.getAttribute('data-i'));
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); var n = grid.querySelector('tr[data-i="' + (i + (e.key === 'ArrowDown' ? 1 : -1)) + '"]'); if (n) n.focus(); }
  else if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); pick(i); }
});
function confirm() {
  var p = results[picked]; if (!p) return;
  S.set('recipient', p.esp);
  var n = document.getElementById('adresat-nazwa');
  n.className = ''; n.innerHTML = '<b>' + esc(p.name) + '</b> · ' + esc(p.addr + ', ' + p.kod + ' ' + p.miasto) + ' · ' + esc(p.esp);
  document.getElementById('btn-adresat').textContent = 'Zmień adresata';
  closeDlg();
}
ok.addEventListener('click', confirm);

// ---- the kind: toggle buttons, one pressed at a time
var group = document.getElementById('rodzaj');
group.addEventListener('click', function (e) {
  var b = e.target.closest('button[data-kod]'); if (!b) return;
  Array.prototype.forEach.call(group.querySelectorAll('button'), function (x) { x.setAttribute('aria-pressed', String(x === b)); });
  S.set('rodzaj', b.getAttribute('data-kod'));
});

// ---- the title: a controlled input behind React's value tracker
var f7 = document.getElementById('f7');
var tr7 = B3.track(f7);
f7.addEventListener('input', function () {
  if (!tr7.changed()) return;
  S.set('tytul', f7.value);
  Promise.resolve().then(function () { if (f7.value !== S.get('tytul')) tr7.put(S.get('tytul')); });
});

// ---- the editor: Draft.js keeps blocks; beforeinput, keys and paste edit them; an input event is
// reconciled from the leaves it rendered, and a DOM it cannot map is redrawn from its state
var ed = document.querySelector('.public-DraftEditor-content');
var ph = document.querySelector('.public-DraftEditorPlaceholder-root');
var KEY = '9fk2a';
var blocks = [''];
function blockKey(i) { return (i === 0 ? '5ch3u' : 'b' + (1000 + i).toString(36)); }
function render(caret) {
  ed.innerHTML = '<div data-contents="true">' + blocks.map(function (t, i) {
    var ok = blockKey(i) + '-0-0';
    return '<div class="" data-block="true" data-editor="' + KEY + '" data-offset-key="' + ok + '"><div data-offset-key="' + ok + '" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="' + ok + '">' + (t ? '<span data-text="true">' + esc(t) + '</span>' : '<br data-text="true">') + '</span></div></div>';
  }).join('') + '</div>';
  ph.classList.toggle('ukryty', !!blocks.join(''));
  if (caret != null && document.activeElement === ed) setCaret(caret);
}
function full() { return blocks.join('\n'); }
function commit() { S.set('tresc', blocks.map(B3.norm).filter(Boolean).join('\n')); }
function offsetOf(node, off) {
  var bs = ed.querySelectorAll('[data-block]'); var acc = 0;
  for (var i = 0; i < bs.length; i++) {
    var b = bs[i];
    if (b === node || b.contains(node)) { var r = document.createRange(); r.selectNodeContents(b); r.setEnd(node, off); return acc + r.toString().length; }
    var pt = document.createRange(); pt.setStart(node, off); pt.collapse(true);
    if (pt.comparePoint(b, 0) > 0) return Math.max(0, acc - (i ? 1 : 0));
    acc += b.textContent.length + 1;
  }
  return full().length;
}
function setCaret(pos) {
  var bs = ed.querySelectorAll('[data-block]'); var acc = 0;
  for (var i = 0; i < bs.length; i++) {
    var len = blocks[i].length;
    if (pos <= acc + len || i === bs.length - 1) {
      var leaf = bs[i].querySelector('[data-text]'); var r = document.createRange();
      if (leaf && leaf.firstChild && leaf.firstChild.nodeType === 3) r.setStart(leaf.firstChild, Math.min(len, Math.max(0, pos - acc)));
      else r.setStart(bs[i].querySelector('span[data-offset-key]') || bs[i], 0);
      r.collapse(true); var s = document.getSelection(); s.removeAllRanges(); s.addRange(r); return;
    }
    acc += len + 1;
  }
}
function sel() {
  var s = document.getSelection();
  if (!s || !s.rangeCount || !ed.contains(s.getRangeAt(0).startContainer)) { var n = full().length; return [n, n]; }
  var r = s.getRangeAt(0); var a = offsetOf(r.startContainer, r.startOffset); var b = offsetOf(r.endContainer, r.endOffset);
  return a <= b ? [a, b] : [b, a];
}
function edit(data, kind) {
  var t = full(); var ab = sel(); var a = ab[0]; var b = ab[1];
  if (kind === 'back' && a === b) a = Math.max(0, a - 1);
  if (kind === 'fwd' && a === b) b = Math.min(t.length, b + 1);
  t = t.slice(0, a) + data + t.slice(b);
  blocks = t.split('\n');
  render(a + data.length); commit();
}
ed.addEventListener('keydown', function (e) {
  if (e.key === 'Backspace') { e.preventDefault(); edit('', 'back'); }
  else if (e.key === 'Delete') { e.preventDefault(); edit('', 'fwd'); }
  else if (e.key === 'Enter') { e.preventDefault(); edit('\n', 'ins'); }
});
ed.addEventListener('beforeinput', function (e) {
  var t = e.inputType || '';
  var data = e.data != null ? e.data : (e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
  if (t === 'insertText' || t === 'insertReplacementText' || t === 'insertFromDrop') { e.preventDefault(); edit(data || '', 'ins'); }
  else if (t === 'insertParagraph' || t === 'insertLineBreak') { e.preventDefault(); edit('\n', 'ins'); }
  else if (t.indexOf('delete') === 0) { e.preventDefault(); edit('', t.indexOf('Backward') > 0 ? 'back' : 'fwd'); }
  else if (t === 'insertFromPaste') { e.preventDefault(); edit((data || '').replace(/\r\n?/g, '\n'), 'ins'); }
});
ed.addEventListener('paste', function (e) {
  e.preventDefault();
  var d = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  if (d) edit(d.replace(/\r\n?/g, '\n'), 'ins');
});
ed.addEventListener('input', function () {
  var contents = ed.querySelector('[data-contents]');
  var bs = contents ? contents.querySelectorAll('[data-block][data-offset-key]') : [];
  if (!bs.length) { render(full().length); return; }
  blocks = Array.prototype.map.call(bs, function (b) { return b.textContent; });
  render(null); commit();
});
render(null);
B3.expose(S, function () { return S.filled(${js(PISMO_KEYS)}) && S.get('tytul').length <= 200; });
`;
  return {
    id: 'blind3-react-native-dialog-grid-zatwierdz-draftjs',
    form: 'pismo',
    description:
      'React page of the newer design: "nie wybrano" until a recipient is confirmed in a native <dialog> opened with showModal (page inert behind it): a search form (name, optional town; Enter or "Szukaj", 500 ms) fills a role=grid table whose row is selected by click or keys and then confirmed with "Zatwierdź" (disabled until a row is selected; the organ "Minister Cyfryzacji" listed first); the kind as aria-pressed toggle buttons in a role=group named by its h2; the title input named only by an h3 and an aria-describedby hint, behind React\'s value tracker; a Draft.js-like editor (blocks with data-offset-key leaves, beforeinput/keys/paste edit its state, an input is reconciled from its leaves, a DOM it cannot map is redrawn from state).',
    dimensions: {
      framework: 'react',
      label: 'heading+describedby-hint',
      widget: 'aria-pressed-toggle-group',
      recipient: 'native-dialog-grid-select-zatwierdz',
      body: 'draftjs',
      events: 'react-tracker',
      shown: 'nie-wybrano',
    },
    origin: 'hand',
    files: { 'index.html': doc('Pismo ogólne do podmiotu publicznego – ePUAP', CSS, body, boot) },
    script: [
      click('#btn-adresat'),
      fill('#dlg-nazwa', 'Ministerstwo Cyfryzacji'),
      click('#dlg-szukaj button[type=submit]'),
      click('#dlg-grid tbody tr:has(td:text-is("Ministerstwo Cyfryzacji"))'),
      click('#dlg-zatwierdz'),
      wait('#adresat-nazwa b:text-is("Ministerstwo Cyfryzacji")'),
      click('#rodzaj button:text-is("Wniosek")'),
      fill('#f7', T.tytul),
      fill('.public-DraftEditor-content', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'W'),
    outcome: 'filled',
  };
}

export function dialogPismo(): CorpusVariant[] {
  return [dialogPage()];
}
