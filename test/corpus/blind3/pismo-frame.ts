// Pismo ogólne whose form engine runs in a frame that is loaded again once, shortly after load (the
// portal's single sign-on hands over a session token and sets the frame's src anew); inside: a recipient search whose results mark the
// matched stems inside words, an ARIA "select-only combobox" (options picked on mouseup, the active
// option taken on blur), and a Quill-like editor that keeps its own document from beforeinput.

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, T, wait } from './page';

const KINDS = [
  { v: 'pod', t: 'Podanie' },
  { v: 'wnu', t: 'Wniosek o udostępnienie informacji publicznej' },
  { v: 'wnp', t: 'Wniosek o ponowne rozpatrzenie sprawy' },
  { v: 'wn', t: 'Wniosek' },
  { v: 'ska', t: 'Skarga' },
  { v: 'zaz', t: 'Zażalenie' },
  { v: 'odw', t: 'Odwołanie' },
  { v: 'inn', t: 'Inne pismo' },
];

const TOP_CSS = `
body { margin: 0; font-family: "Open Sans", Arial, sans-serif; background: #f2f2f2; }
.portal-head { background: #fff; border-bottom: 1px solid #ddd; padding: 12px 30px; display: flex; align-items: center; gap: 20px; }
.portal-head .logo { color: #d5233f; font-weight: 800; font-size: 22px; }
.portal-head nav a { color: #333; margin-right: 14px; text-decoration: none; }
.portal-body { max-width: 980px; margin: 14px auto; }
.portal-body h1 { font-size: 22px; margin: 10px 0; }
iframe#fe-frame { width: 100%; height: 1100px; border: 1px solid #ddd; background: #fff; }
`;

const FE_CSS = `
body { margin: 0; padding: 18px 26px; font: 14px/1.5 "Open Sans", Arial, sans-serif; color: #222; }
.fe-status { font-size: 12px; color: #666; border-bottom: 1px solid #eee; padding-bottom: 6px; margin-bottom: 10px; }
h2 { font-size: 16px; margin: 20px 0 8px; color: #0d3b66; }
.pole { margin: 12px 0; max-width: 640px; }
.pole > label, .pole > .etykieta { display: block; font-weight: 600; margin-bottom: 4px; }
input[type=text], input[type=search] { font: inherit; width: 100%; box-sizing: border-box; padding: 7px 9px; border: 1px solid #aaa; border-radius: 3px; }
.search { display: flex; gap: 6px; max-width: 640px; }
.search input { flex: 1; }
button { font: inherit; padding: 6px 14px; border: 1px solid #0d3b66; background: #fff; color: #0d3b66; border-radius: 3px; cursor: pointer; }
button.glowny { background: #0d3b66; color: #fff; }
.wyniki { list-style: none; padding: 0; margin: 8px 0; max-width: 640px; }
.wyniki li { border: 1px solid #e2e2e2; border-radius: 3px; padding: 8px 10px; margin-bottom: 6px; position: relative; }
.wyniki .nazwa { font-weight: 600; padding-right: 80px; }
.wyniki .hl { font-style: normal; background: #fff2a8; }
.wyniki .adr, .wyniki .esp { font-size: 12px; color: #555; }
.wyniki .wybierz { position: absolute; right: 10px; top: 10px; }
.wybrany { background: #eef5ee; padding: 6px 10px; max-width: 620px; }
.brak { color: #777; font-style: italic; }
.combo { position: relative; }
.combo-input { border: 1px solid #aaa; border-radius: 3px; padding: 7px 30px 7px 9px; cursor: default; background: #fff; min-height: 21px; }
.combo-input::after { content: "▾"; position: absolute; right: 10px; top: 7px; }
.combo-input:focus { outline: 2px solid #5b9bd5; }
.combo-menu { position: absolute; left: 0; right: 0; top: 100%; background: #fff; border: 1px solid #aaa; max-height: 240px; overflow: auto; z-index: 5; }
.combo-menu [role=option] { padding: 6px 10px; cursor: default; }
.combo-menu [role=option].option-current { outline: 2px solid #5b9bd5; outline-offset: -2px; }
.combo-menu [role=option][aria-selected=true] { background: #dde9f6; }
.combo-menu [role=option]:hover { background: #f0f4f8; }
.ql-container { border: 1px solid #aaa; border-radius: 3px; }
.ql-editor { min-height: 140px; padding: 8px 10px; outline: 0; position: relative; }
.ql-editor p { margin: 0; }
.ql-editor.ql-blank::before { content: attr(data-placeholder); color: #999; position: absolute; }
.akcje { margin-top: 20px; display: flex; gap: 8px; justify-content: flex-end; max-width: 640px; }
`;

function frameReload(): CorpusVariant {
  const top = `<div class="portal-head"><span class="logo">ePUAP</span><nav><a href="#">Strefa klienta</a><a href="#">Katalog spraw</a><a href="#">Moja skrzynka</a></nav><span style="margin-left:auto;font-size:13px">Jan Nowak · Urząd Gminy Brudzew</span></div>
<div class="portal-body"><h1>Pismo ogólne do podmiotu publicznego</h1>
<iframe id="fe-frame" name="fe-frame" src="fe.html" title="Formularz: Pismo ogólne do podmiotu publicznego"></iframe></div>`;
  const topBoot = `B3.proxy(['#fe-frame'], ${js(PISMO_KEYS)});
// the portal's single sign-on answers after the frame has loaded: the form engine is loaded again with its token
var frame = document.getElementById('fe-frame');
setTimeout(function () { frame.src = 'fe.html?sesja=' + Math.random().toString(36).slice(2, 10); }, 900);`;
  const fe = `<div class="fe-status" id="fe-status">Sesja formularza: inicjowanie…</div>
<h1 style="font-size:18px">Pismo ogólne do podmiotu publicznego</h1>
<form id="fe-form" novalidate>
<h2 id="adresat-h">Adresat</h2>
<div class="pole"><label for="q">Szukaj podmiotu publicznego</label>
<div class="search"><input type="search" id="q" autocomplete="off" aria-controls="wyniki" placeholder="np. nazwa urzędu"><button type="button" id="szukaj">Szukaj</button></div></div>
<ul id="wyniki" class="wyniki" aria-live="polite" aria-label="Wyniki wyszukiwania"></ul>
<p id="wybrany" class="wybrany">Wybrany adresat: <span class="brak">brak</span></p>
<h2>Pismo</h2>
<div class="pole"><span class="etykieta" id="rodzaj-lbl">Rodzaj pisma</span>
<div class="combo"><div id="rodzaj" role="combobox" tabindex="0" aria-controls="rodzaj-lista" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="rodzaj-lbl" class="combo-input">Wybierz…</div>
<div id="rodzaj-lista" role="listbox" aria-labelledby="rodzaj-lbl" class="combo-menu" tabindex="-1" hidden>${KINDS.map((k, i) => `<div role="option" id="rodzaj-op-${i}" data-v="${k.v}" aria-selected="false">${k.t}</div>`).join('')}</div></div></div>
<div class="pole"><label for="tytul">Tytuł pisma</label><input type="text" id="tytul" name="tytul" maxlength="200" required></div>
<div class="pole"><span class="etykieta" id="tresc-lbl">Treść pisma</span>
<div class="ql-container ql-snow"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="tresc-lbl" data-placeholder="Wpisz treść pisma…" spellcheck="false"><p><br></p></div></div></div>
<h2>Załącznik</h2>
<div class="pole"><label for="zal">Dołącz plik (PDF, do 5 MB)</label><input type="file" id="zal" accept="application/pdf"></div>
<div class="akcje"><button type="button" id="robocze">Zapisz roboczo</button><button type="submit" class="glowny" id="dalej">Przejdź do podpisu</button></div>
</form>`;
  const feBoot = String.raw`
var S = B3.store(${js(PISMO_KEYS)});
var KINDS = ${js(KINDS)};
var DIR = B3.dir(['dzs', 'dc', 'dgd', 'min', 'mc', 'biuro', 'sek', 'maic', 'coi', 'nask', 'uke', 'kprm', 'mf', 'ug']);
var form = document.getElementById('fe-form');
B3.guard(form, S);
var esc = B3.esc;
// ---- the session: the first load has no token yet; the portal loads the frame again with one
var token = new URLSearchParams(location.search).get('sesja');
if (token) document.getElementById('fe-status').textContent = 'Sesja formularza: aktywna (' + token + ')';

// ---- recipient search: as you type (600 ms) or by the button; stems marked inside words
var q = document.getElementById('q'); var list = document.getElementById('wyniki'); var wybrany = document.getElementById('wybrany');
var timer = 0; var seq = 0; var found = [];
function search() {
  clearTimeout(timer);
  var text = q.value; var my = ++seq;
  if (B3.norm(text).length < 3) { list.innerHTML = ''; return; }
  list.innerHTML = '<li class="brak">Wyszukiwanie…</li>';
  setTimeout(function () {
    if (my !== seq) return;
    found = B3.find(DIR, text);
    list.innerHTML = found.length ? found.map(function (p, i) {
      return '<li class="wynik"><div class="nazwa">' + B3.hl(p.name, text, '<em class="hl">', '</em>') + '</div><div class="adr">' + esc(p.addr + ', ' + p.kod + ' ' + p.miasto) + '</div><div class="esp">Skrytka: ' + esc(p.esp) + '</div><a href="#" class="wybierz" role="button" data-i="' + i + '">Wybierz</a></li>';
    }).join('') : '<li class="brak">Brak podmiotów spełniających kryteria.</li>';
  }, 350);
}
q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 600); });
q.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(); } });
document.getElementById('szukaj').addEventListener('click', search);
list.addEventListener('click', function (e) {
  var a = e.target.closest('a.wybierz'); if (!a) return;
  e.preventDefault();
  var p = found[Number(a.getAttribute('data-i'))];
  S.set('recipient', p.id);
  wybrany.innerHTML = 'Wybrany adresat: <b>' + esc(p.name) + '</b> (' + esc(p.esp) + ') <a href="#" id="zmien">Zmień</a>';
  list.innerHTML = ''; q.value = '';
});
wybrany.addEventListener('click', function (e) { if (e.target.id === 'zmien') { e.preventDefault(); S.set('recipient', ''); wybrany.innerHTML = 'Wybrany adresat: <span class="brak">brak</span>'; q.focus(); } });

// ---- the select-only combobox of the ARIA practices: options picked on mouseup, keys and type-ahead,
// and on blur the active option is taken
var cb = document.getElementById('rodzaj'); var lb = document.getElementById('rodzaj-lista');
var opts = Array.prototype.slice.call(lb.querySelectorAll('[role=option]'));
var activeIdx = 0; var isOpen = false; var ignoreBlur = false; var typed = ''; var typedAt = 0;
function setActive(i) {
  activeIdx = i;
  opts.forEach(function (o, j) { o.classList.toggle('option-current', j === i); });
  cb.setAttribute('aria-activedescendant', opts[i].id);
}
function openMenu(on) {
  isOpen = on; lb.hidden = !on; cb.setAttribute('aria-expanded', String(on));
  if (on) setActive(activeIdx); else cb.removeAttribute('aria-activedescendant');
}
function selectIdx(i) {
  activeIdx = i;
  var k = KINDS[i];
  cb.textContent = k.t;
  opts.forEach(function (o, j) { o.setAttribute('aria-selected', String(j === i)); });
  S.set('rodzaj', k.v);
}
cb.addEventListener('click', function () { openMenu(!isOpen); });
cb.addEventListener('blur', function () {
  if (ignoreBlur) { ignoreBlur = false; return; }
  if (isOpen) { selectIdx(activeIdx); openMenu(false); }
});
cb.addEventListener('keydown', function (e) {
  var k = e.key;
  if (!isOpen) {
    if (k === 'ArrowDown' || k === 'ArrowUp' || k === 'Enter' || k === ' ') { e.preventDefault(); openMenu(true); }
    else if (k === 'Home') { e.preventDefault(); openMenu(true); setActive(0); }
    else if (k.length === 1) { openMenu(true); typeAhead(k); }
    return;
  }
  if (k === 'ArrowDown') { e.preventDefault(); setActive(Math.min(opts.length - 1, activeIdx + 1)); }
  else if (k === 'ArrowUp') { e.preventDefault(); setActive(Math.max(0, activeIdx - 1)); }
  else if (k === 'Home') { e.preventDefault(); setActive(0); }
  else if (k === 'End') { e.preventDefault(); setActive(opts.length - 1); }
  else if (k === 'Enter' || k === ' ') { e.preventDefault(); selectIdx(activeIdx); openMenu(false); }
  else if (k === 'Escape') { e.preventDefault(); openMenu(false); }
  else if (k === 'Tab') { selectIdx(activeIdx); openMenu(false); }
  else if (k.length === 1) typeAhead(k);
});
function typeAhead(ch) {
  var now = Date.now(); typed = (now - typedAt > 500 ? '' : typed) + ch.toLowerCase(); typedAt = now;
  for (var i = 0; i < KINDS.length; i++) { var j = (activeIdx + (typed.length === 1 ? 1 : 0) + i) % KINDS.length; if (B3.fold(KINDS[j].t).indexOf(B3.fold(typed)) === 0) { setActive(j); return; } }
}
lb.addEventListener('mousedown', function () { ignoreBlur = true; });
opts.forEach(function (o, i) {
  o.addEventListener('mouseup', function () { selectIdx(i); openMenu(false); cb.focus(); });
});

// ---- the editor: its document changes only through beforeinput (and paste); the DOM is redrawn from it
var ed = document.querySelector('.ql-editor');
var text = '';
function render(caret) {
  ed.innerHTML = text ? text.split('\n').map(function (l) { return '<p>' + (l ? esc(l) : '<br>') + '</p>'; }).join('') : '<p><br></p>';
  ed.classList.toggle('ql-blank', !text);
  if (document.activeElement === ed) setCaret(caret);
}
function modelOffset(node, off) {
  var ps = ed.querySelectorAll('p'); var acc = 0;
  for (var i = 0; i < ps.length; i++) {
    var p = ps[i];
    if (p === node || p.contains(node)) { var r = document.createRange(); r.selectNodeContents(p); r.setEnd(node, off); return acc + r.toString().length; }
    var pt = document.createRange(); pt.setStart(node, off); pt.collapse(true);
    if (pt.comparePoint(p, 0) > 0) return Math.max(0, acc - (i ? 1 : 0));
    acc += p.textContent.length + 1;
  }
  return text.length;
}
function setCaret(pos) {
  var ps = ed.querySelectorAll('p'); var acc = 0;
  for (var i = 0; i < ps.length; i++) {
    var len = ps[i].textContent.length;
    if (pos <= acc + len || i === ps.length - 1) {
      var r = document.createRange(); var t = ps[i].firstChild;
      if (t && t.nodeType === 3) r.setStart(t, Math.min(len, Math.max(0, pos - acc))); else r.setStart(ps[i], 0);
      r.collapse(true); var s = document.getSelection(); s.removeAllRanges(); s.addRange(r); return;
    }
    acc += len + 1;
  }
}
function range() {
  var s = document.getSelection();
  if (!s || !s.rangeCount || !ed.contains(s.getRangeAt(0).startContainer)) return [text.length, text.length];
  var r = s.getRangeAt(0);
  var a = modelOffset(r.startContainer, r.startOffset); var b = modelOffset(r.endContainer, r.endOffset);
  return a <= b ? [a, b] : [b, a];
}
function edit(data, kind) {
  var ab = range(); var a = ab[0]; var b = ab[1];
  if (kind === 'back' && a === b) a = Math.max(0, a - 1);
  if (kind === 'fwd' && a === b) b = Math.min(text.length, b + 1);
  text = text.slice(0, a) + data + text.slice(b);
  render(a + data.length);
  S.set('tresc', text.split('\n').map(B3.norm).filter(Boolean).join('\n'));
}
ed.addEventListener('beforeinput', function (e) {
  var t = e.inputType || '';
  var data = e.data != null ? e.data : (e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
  if (t === 'insertText' || t === 'insertReplacementText' || t === 'insertFromPaste' || t === 'insertFromDrop') { e.preventDefault(); edit(data || '', 'ins'); }
  else if (t === 'insertParagraph' || t === 'insertLineBreak') { e.preventDefault(); edit('\n', 'ins'); }
  else if (t === 'deleteContentBackward' || t === 'deleteWordBackward') { e.preventDefault(); edit('', 'back'); }
  else if (t.indexOf('delete') === 0) { e.preventDefault(); edit('', 'fwd'); }
  else if (t.indexOf('format') === 0 || t === 'historyUndo' || t === 'historyRedo') e.preventDefault();
});
ed.addEventListener('paste', function (e) {
  e.preventDefault();
  var d = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  if (d) edit(d.replace(/\r\n?/g, '\n'), 'ins');
});
// anything the editor did not make itself (an IME, a spell checker) is read back when it says so
ed.addEventListener('input', function () {
  text = B3.blockText(ed);
  ed.classList.toggle('ql-blank', !text);
  S.set('tresc', text);
});

var tytul = document.getElementById('tytul');
tytul.addEventListener('input', function () { S.set('tytul', tytul.value); });
B3.expose(S, function () { return !!token && S.filled(${js(PISMO_KEYS)}) && tytul.checkValidity(); });
`;
  const F = ['#fe-frame'];
  return {
    id: 'blind3-frame-reloads-stem-highlights-aria-combobox',
    form: 'pismo',
    description:
      'Portal page with the form engine in a frame that is loaded again once, 0.9 s after load (the portal sets its src with a session token): anything filled before is gone. Inside: a recipient search (600 ms as you type, Enter or "Szukaj") whose results mark the matched 6-letter stems inside words ("<em>Minist</em>erstwo <em>Cyfryz</em>acji") above address and inbox lines, with a "Wybierz" link each, keyed by the ePUAP identifier; the kind as an ARIA select-only combobox (options in the same DOM picked on mouseup, type-ahead, the active option taken on blur); a Quill-like editor that keeps its own document from beforeinput and paste and redraws its paragraphs from it (a DOM write is taken only when an input event follows).',
    dimensions: {
      framework: 'form-engine-frame',
      container: 'iframe-reloaded-once',
      recipient: 'search-list-stem-highlight-wybierz',
      results: 'split-highlight+address+esp',
      widget: 'aria-select-only-combobox-mouseup',
      body: 'quill-beforeinput',
      key: 'epuap-id',
      timing: 'frame-reload-900ms',
    },
    origin: 'hand',
    files: {
      'index.html': doc('Pismo ogólne do podmiotu publicznego - ePUAP', TOP_CSS, top, topBoot),
      'fe.html': doc('Formularz', FE_CSS, fe, feBoot),
    },
    script: [
      wait('#fe-status:has-text("aktywna")', F),
      fill('#q', 'Ministerstwo Cyfryzacji', F),
      click('#szukaj', F),
      click('li.wynik:has(.esp:text-is("Skrytka: /MC/SkrytkaESP")) a.wybierz', F),
      click('#rodzaj', F),
      click('#rodzaj-lista [role=option]:text-is("Wniosek")', F),
      fill('#tytul', T.tytul, F),
      fill('.ql-editor', T.tresc, F),
    ],
    expected: pismo('MC', 'wn'),
    outcome: 'filled',
  };
}

export function framePismo(): CorpusVariant[] {
  return [frameReload()];
}
