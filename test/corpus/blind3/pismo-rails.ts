// Pismo ogólne in a Rails application (simple_form markup, a Stimulus controller keeping the state):
// Tom Select over hidden native selects (remote recipient search with split highlights, a kind list
// without search), a Trix editor writing to a hidden input, a cookie-consent box over a corner.

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, T, type, wait } from './page';

const KINDS = [
  { v: '', t: '' },
  { v: 'podanie', t: 'Podanie' },
  { v: 'wniosek', t: 'Wniosek' },
  { v: 'wniosek_uip', t: 'Wniosek o udostępnienie informacji publicznej' },
  { v: 'skarga', t: 'Skarga' },
  { v: 'zazalenie', t: 'Zażalenie' },
  { v: 'odwolanie', t: 'Odwołanie' },
  { v: 'wyjasnienie', t: 'Wyjaśnienie' },
  { v: 'inne', t: 'Inne pismo' },
];

const CSS = `
body { margin: 0; font: 16px/1.5 "Lato", "Helvetica Neue", Arial, sans-serif; color: #212529; background: #fff; }
.navbar { background: #00509d; color: #fff; padding: 12px 24px; display: flex; align-items: center; }
.navbar .brand { font-weight: 700; font-size: 19px; }
.navbar .user { margin-left: auto; font-size: 14px; }
.container { max-width: 760px; margin: 0 auto; padding: 20px 16px 120px; }
.alert-info { background: #e7f1fb; border: 1px solid #b6d4f2; border-radius: 4px; padding: 10px 14px; font-size: 14px; }
.form-group { margin-bottom: 18px; }
.form-group > label { display: block; font-weight: 700; margin-bottom: 5px; }
abbr[title] { color: #c62828; text-decoration: none; border: 0; margin-right: 3px; }
.form-control { display: block; width: 100%; box-sizing: border-box; padding: 7px 11px; font: inherit; border: 1px solid #ced4da; border-radius: 4px; }
.form-text { font-size: 13px; color: #6c757d; margin-top: 4px; }
.ts-hidden-accessible { border: 0 !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; overflow: hidden !important; padding: 0 !important; position: absolute !important; width: 1px !important; white-space: nowrap !important; }
.ts-wrapper { position: relative; }
.ts-control { border: 1px solid #ced4da; border-radius: 4px; padding: 7px 11px; min-height: 24px; display: flex; flex-wrap: wrap; align-items: center; background: #fff; cursor: text; }
.ts-wrapper.input-hidden .ts-control { cursor: pointer; }
.ts-wrapper.focus .ts-control { border-color: #86b7fe; box-shadow: 0 0 0 .2rem rgba(13,110,253,.25); outline: 0; }
.ts-control > input { flex: 1 1 auto; min-width: 7rem; border: 0; outline: 0; font: inherit; padding: 0; background: none; }
.ts-control .item { margin-right: 6px; }
.ts-control .placeholder { color: #6c757d; }
.ts-dropdown { position: absolute; top: 100%; left: 0; right: 0; z-index: 10; background: #fff; border: 1px solid #d0d0d0; border-top: 0; border-radius: 0 0 4px 4px; box-shadow: 0 6px 12px rgba(0,0,0,.12); }
.ts-dropdown-content { max-height: 300px; overflow-y: auto; }
.ts-dropdown .option { padding: 7px 11px; cursor: pointer; }
.ts-dropdown .option.active { background: #e9f2ff; }
.ts-dropdown .option .adres { font-size: 13px; color: #6c757d; }
.ts-dropdown .highlight { background: rgba(255,237,40,.5); border-radius: 1px; }
.ts-dropdown .no-results, .ts-dropdown .spinner { padding: 7px 11px; color: #6c757d; }
trix-toolbar .trix-button-row { display: flex; gap: 2px; border: 1px solid #ced4da; border-bottom: 0; border-radius: 4px 4px 0 0; padding: 4px; background: #f8f9fa; }
trix-toolbar button { border: 0; background: none; padding: 3px 8px; cursor: pointer; font-weight: 700; }
trix-editor { display: block; border: 1px solid #ced4da; border-radius: 0 0 4px 4px; min-height: 9em; padding: 8px 11px; outline: 0; }
trix-editor:focus { border-color: #86b7fe; }
trix-editor:empty:not(:focus)::before, trix-editor[data-empty]::before { content: attr(placeholder); color: #6c757d; position: absolute; pointer-events: none; }
.btn { display: inline-block; font: inherit; padding: 7px 16px; border-radius: 4px; border: 1px solid #00509d; cursor: pointer; }
.btn-primary { background: #00509d; color: #fff; }
.btn-outline { background: #fff; color: #00509d; }
.cookie-box { position: fixed; right: 16px; bottom: 16px; width: 340px; background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 4px 24px rgba(0,0,0,.25); padding: 16px 18px; font-size: 14px; z-index: 1000; }
.cookie-box h2 { font-size: 16px; margin: 0 0 6px; }
.cookie-box .przyciski { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 10px; }
`;

function railsPage(): CorpusVariant {
  const body = `<nav class="navbar"><span class="brand">Elektroniczna Skrzynka Podawcza</span><span class="user">Jan Nowak (Urząd Gminy Brudzew) · <a href="#" style="color:#fff">Wyloguj</a></span></nav>
<main class="container">
<h1>Pismo ogólne do podmiotu publicznego</h1>
<div class="alert-info">Pismo zostanie doręczone na adres skrytki ePUAP wybranego podmiotu. Przed wysłaniem zostaniesz poproszony o podpisanie pisma.</div>
<form class="simple_form new_pismo" id="new_pismo" novalidate action="/pisma" accept-charset="UTF-8" method="post" data-controller="pismo" data-turbo="true">
<input type="hidden" name="authenticity_token" value="mZ3p0Jv0c9Qe1uYtq2z4tS8e7mXlV7Yk3v1kK9c0m2Q" autocomplete="off">
<div class="form-group select required pismo_adresat"><label class="select required" for="pismo_adresat"><abbr title="wymagane">*</abbr>Adresat</label>
<select class="form-control select required" required="required" aria-required="true" name="pismo[adresat]" id="pismo_adresat" data-pismo-target="adresat"></select>
<small class="form-text">Wpisz nazwę urzędu lub adres jego skrytki (co najmniej 3 znaki).</small></div>
<div class="form-group select required pismo_rodzaj"><label class="select required" for="pismo_rodzaj"><abbr title="wymagane">*</abbr>Rodzaj pisma</label>
<select class="form-control select required" required="required" aria-required="true" name="pismo[rodzaj]" id="pismo_rodzaj">${KINDS.map((k) => `<option value="${k.v}">${k.t}</option>`).join('')}</select></div>
<div class="form-group string required pismo_tytul"><label class="string required" for="pismo_tytul"><abbr title="wymagane">*</abbr>Tytuł</label>
<input class="form-control string required" required="required" aria-required="true" maxlength="255" type="text" name="pismo[tytul]" id="pismo_tytul" data-action="input->pismo#pole"></div>
<div class="form-group rich_text_area required pismo_tresc"><label class="rich_text_area required" for="pismo_tresc_trix"><abbr title="wymagane">*</abbr>Treść</label>
<input type="hidden" name="pismo[tresc]" id="pismo_tresc_trix_input_pismo" autocomplete="off">
<trix-toolbar id="trix-toolbar-1"><div class="trix-button-row"><button type="button" data-trix-attribute="bold" title="Pogrubienie" tabindex="-1">B</button><button type="button" data-trix-attribute="italic" title="Kursywa" tabindex="-1"><i>I</i></button><button type="button" data-trix-attribute="bullet" title="Lista" tabindex="-1">•</button><button type="button" data-trix-action="undo" title="Cofnij" tabindex="-1">↶</button></div></trix-toolbar>
<trix-editor id="pismo_tresc_trix" input="pismo_tresc_trix_input_pismo" toolbar="trix-toolbar-1" class="trix-content form-control" placeholder="Treść pisma…"></trix-editor></div>
<div class="form-group file optional pismo_zalaczniki"><label class="file optional" for="pismo_zalaczniki">Załączniki</label>
<input class="form-control-file file optional" multiple type="file" name="pismo[zalaczniki][]" id="pismo_zalaczniki" accept="application/pdf,image/jpeg"><small class="form-text">PDF lub JPG, łącznie do 5 MB.</small></div>
<p><input type="submit" name="commit" value="Przejdź do podpisu" class="btn btn-primary" data-disable-with="Przejdź do podpisu"> <a href="#" class="btn btn-outline">Anuluj</a></p>
</form></main>
<div class="cookie-box" role="dialog" aria-labelledby="cookie-h" aria-modal="false"><h2 id="cookie-h">Twoja prywatność</h2>
Używamy plików cookie niezbędnych do działania serwisu oraz – za Twoją zgodą – analitycznych. Więcej w <a href="#">polityce cookies</a>.
<div class="przyciski"><button type="button" class="btn btn-primary" id="cookie-all">Akceptuję wszystkie</button><button type="button" class="btn btn-outline" id="cookie-min">Tylko niezbędne</button><button type="button" class="btn btn-outline" id="cookie-set">Ustawienia</button></div></div>`;
  const boot = String.raw`
var S = B3.store(${js(PISMO_KEYS)});
var DIR = B3.dir(['dzs', 'dc', 'mc', 'min', 'dgd', 'dt', 'biuro', 'sek', 'maic', 'coi', 'nask', 'kprm', 'mrit', 'mf', 'uke', 'ug', 'sp']);
var esc = B3.esc;
// Tom Select's highlight: every query token marked wherever it occurs (diacritics folded)
function highlight(text, q) {
  var tokens = B3.fold(q).split(/\s+/).filter(Boolean);
  var f = B3.fold(text); var marks = [];
  tokens.forEach(function (t) { var i = f.indexOf(t); while (i >= 0) { marks.push([i, i + t.length]); i = f.indexOf(t, i + t.length); } });
  marks.sort(function (a, b) { return a[0] - b[0]; });
  var out = ''; var at = 0;
  marks.forEach(function (m) { if (m[0] < at) return; out += esc(text.slice(at, m[0])) + '<span class="highlight">' + esc(text.slice(m[0], m[1])) + '</span>'; at = m[1]; });
  return out + esc(text.slice(at));
}
function tomSelect(sel, o) {
  var id = sel.id; var search = !!o.load;
  var label = document.querySelector('label[for="' + id + '"]');
  sel.classList.add('tomselected', 'ts-hidden-accessible'); sel.tabIndex = -1;
  var wrap = document.createElement('div');
  wrap.className = 'ts-wrapper form-control single' + (search ? '' : ' input-hidden') + (sel.required ? ' required' : '');
  wrap.style.padding = '0'; wrap.style.border = '0';
  var ctl = search
    ? '<div class="ts-control"><input type="text" autocomplete="off" size="1" id="' + id + '-ts-control" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="' + id + '-ts-dropdown" tabindex="0" placeholder="' + esc(o.placeholder || '') + '"></div>'
    : '<div class="ts-control" id="' + id + '-ts-control" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="' + id + '-ts-dropdown" tabindex="0"><span class="placeholder">' + esc(o.placeholder || '') + '</span></div>';
  wrap.innerHTML = ctl + '<div class="ts-dropdown single" style="display: none;"><div role="listbox" tabindex="-1" class="ts-dropdown-content" id="' + id + '-ts-dropdown"></div></div>';
  sel.parentNode.insertBefore(wrap, sel.nextSibling);
  var control = wrap.querySelector('.ts-control');
  var focusEl = search ? wrap.querySelector('input') : control;
  if (label) { label.setAttribute('for', id + '-ts-control'); label.id = id + '-ts-label'; focusEl.setAttribute('aria-labelledby', id + '-ts-label'); }
  var dd = wrap.querySelector('.ts-dropdown'); var content = wrap.querySelector('.ts-dropdown-content');
  var options = search ? [] : Array.prototype.filter.call(sel.options, function (op) { return op.value; }).map(function (op) { return { value: op.value, text: op.textContent }; });
  var active = -1; var shown = []; var timer = 0; var seq = 0; var isOpen = false;
  function open() { if (isOpen) return; isOpen = true; dd.style.display = 'block'; focusEl.setAttribute('aria-expanded', 'true'); wrap.classList.add('dropdown-active'); }
  function close() { if (!isOpen) return; isOpen = false; dd.style.display = 'none'; focusEl.setAttribute('aria-expanded', 'false'); focusEl.removeAttribute('aria-activedescendant'); wrap.classList.remove('dropdown-active'); active = -1; }
  function setActive(i) {
    active = i;
    Array.prototype.forEach.call(content.querySelectorAll('.option'), function (el, j) { el.classList.toggle('active', j === i); el.setAttribute('aria-selected', String(j === i)); if (j === i) focusEl.setAttribute('aria-activedescendant', el.id); });
  }
  function draw(q) {
    content.innerHTML = shown.length ? shown.map(function (x, i) {
      return '<div data-selectable="" data-value="' + esc(x.value) + '" class="option" role="option" id="' + id + '-opt-' + (i + 1) + '" aria-selected="false">' + (o.render ? o.render(x, q) : (q ? highlight(x.text, q) : esc(x.text))) + '</div>';
    }).join('') : '<div class="no-results">' + esc(o.noResults ? o.noResults(q) : 'Brak wyników') + '</div>';
    Array.prototype.forEach.call(content.querySelectorAll('.option'), function (el, i) {
      el.addEventListener('mousedown', function (e) { e.preventDefault(); });
      el.addEventListener('mouseenter', function () { setActive(i); });
      el.addEventListener('click', function () { choose(shown[i]); });
    });
    if (shown.length && q) setActive(0); else active = -1;
  }
  function choose(x) {
    var opt = Array.prototype.filter.call(sel.options, function (op) { return op.value === x.value; })[0];
    if (!opt) { opt = document.createElement('option'); opt.value = x.value; opt.textContent = x.text; sel.appendChild(opt); }
    sel.value = x.value;
    Array.prototype.forEach.call(control.querySelectorAll('.item, .placeholder'), function (n) { n.remove(); });
    var item = document.createElement('div'); item.className = 'item'; item.setAttribute('data-value', x.value); item.setAttribute('data-ts-item', ''); item.textContent = x.text;
    control.insertBefore(item, control.firstChild);
    if (search) { focusEl.value = ''; focusEl.placeholder = ''; }
    close();
    sel.dispatchEvent(new Event('input', { bubbles: true }));
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function filterShown(q) {
    var tokens = B3.fold(q).split(/\s+/).filter(Boolean);
    return options.filter(function (x) { var f = B3.fold(x.text); return tokens.every(function (t) { return f.indexOf(t) >= 0; }); });
  }
  control.addEventListener('mousedown', function (e) {
    if (search) { if (e.target !== focusEl) { e.preventDefault(); focusEl.focus(); } if (content.innerHTML) open(); return; }
    e.preventDefault(); focusEl.focus();
    if (isOpen) close(); else { shown = options; draw(''); open(); }
  });
  focusEl.addEventListener('focus', function () { wrap.classList.add('focus'); });
  focusEl.addEventListener('blur', function () { wrap.classList.remove('focus'); close(); if (search) focusEl.value = ''; });
  focusEl.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen) { if (!search) { shown = options; draw(''); } open(); return; }
      if (shown.length) setActive(Math.max(0, Math.min(shown.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      if (isOpen && active >= 0) { e.preventDefault(); choose(shown[active]); }
      else if (!search) { e.preventDefault(); shown = options; draw(''); open(); }
      else e.preventDefault();
    } else if (e.key === 'Escape') close();
  });
  if (search) focusEl.addEventListener('input', function () {
    var q = focusEl.value; clearTimeout(timer);
    if (B3.norm(q).length < (o.min || 1)) { seq++; content.innerHTML = ''; close(); return; }
    open(); content.innerHTML = '<div class="spinner">Wyszukiwanie…</div>';
    timer = setTimeout(function () {
      var my = ++seq;
      o.load(q, function (items) {
        if (my !== seq) return;
        items.forEach(function (x) { if (!options.some(function (y) { return y.value === x.value; })) options.push(x); });
        shown = filterShown(q);
        draw(q); open();
      });
    }, o.throttle || 300);
  });
  return { wrapper: wrap };
}
var adresat = document.getElementById('pismo_adresat');
var byEsp = {};
DIR.forEach(function (p) { byEsp[p.esp] = p; });
tomSelect(adresat, {
  placeholder: 'Zacznij pisać nazwę urzędu…', min: 3, throttle: 300,
  load: function (q, cb) { setTimeout(function () { cb(B3.find(DIR, q).map(function (p) { return { value: p.esp, text: p.name }; })); }, 400); },
  render: function (x, q) { var p = byEsp[x.value]; return '<div class="nazwa">' + highlight(x.text, q) + '</div><div class="adres">' + esc(p.addr + ', ' + p.kod + ' ' + p.miasto) + '</div>'; },
  noResults: function (q) { return 'Brak wyników dla „' + q + '”'; }
});
var rodzaj = document.getElementById('pismo_rodzaj');
tomSelect(rodzaj, { placeholder: 'Wybierz rodzaj pisma' });

// ---- Trix: the editor keeps its document, reparses the DOM after any change and writes HTML to its input
if (!customElements.get('trix-editor')) customElements.define('trix-editor', class extends HTMLElement {
  connectedCallback() {
    if (this._init) return;
    this._init = true;
    var self = this;
    this.setAttribute('contenteditable', '');
    this.setAttribute('role', 'textbox');
    this.setAttribute('aria-multiline', 'true');
    this.setAttribute('trix-id', '1');
    this.inputElement = document.getElementById(this.getAttribute('input'));
    this._doc = '';
    this.innerHTML = '<div><br></div>';
    this.setAttribute('data-empty', '');
    new MutationObserver(function () { self._sync(); }).observe(this, { childList: true, subtree: true, characterData: true });
    this.addEventListener('input', function () { self._sync(); });
    var editor = this;
    this.editor = {
      getDocument: function () { return { toString: function () { return editor._doc + '\n'; } }; },
      loadHTML: function (html) { editor.innerHTML = html || '<div><br></div>'; editor._sync(); },
      insertString: function (s) { editor._render(editor._doc + s); editor._sync(); },
      setSelectedRange: function () {}
    };
    this.dispatchEvent(new CustomEvent('trix-initialize', { bubbles: true }));
  }
  _read() {
    var lines = [];
    Array.prototype.forEach.call(this.childNodes, function (n) {
      var t = n.nodeType === 3 ? n.data : (n.nodeType === 1 ? n.textContent : '');
      if (n.nodeType === 1 && n.tagName === 'BR') t = '\n';
      lines.push(t);
    });
    return lines.join('\n').split('\n').map(B3.norm).filter(Boolean).join('\n');
  }
  _render(text) {
    this.innerHTML = text ? text.split('\n').map(function (l) { return '<div>' + esc(l) + '</div>'; }).join('') : '<div><br></div>';
    B3.caretToEnd(this);
  }
  _sync() {
    var text = this._read();
    var loose = Array.prototype.some.call(this.childNodes, function (n) { return n.nodeType === 3 || (n.nodeType === 1 && n.tagName !== 'DIV'); });
    if (loose || !this.firstChild) this._render(text);
    if (text === this._doc) return;
    this._doc = text;
    this.toggleAttribute('data-empty', !text);
    this.inputElement.value = text ? '<div>' + text.split('\n').map(esc).join('<br>') + '</div>' : '';
    this.dispatchEvent(new CustomEvent('trix-change', { bubbles: true }));
  }
  get value() { return this.inputElement ? this.inputElement.value : ''; }
  set value(html) { this.editor.loadHTML(html); }
});

// ---- the Stimulus controller: the form's state
var form = document.getElementById('new_pismo');
B3.guard(form, S);
adresat.addEventListener('change', function () { S.set('recipient', adresat.value); });
rodzaj.addEventListener('change', function () { S.set('rodzaj', rodzaj.value); });
var tytul = document.getElementById('pismo_tytul');
tytul.addEventListener('input', function () { S.set('tytul', tytul.value); });
document.addEventListener('trix-change', function (e) { if (e.target.id === 'pismo_tresc_trix') S.set('tresc', e.target.editor.getDocument().toString().trim()); });
['cookie-all', 'cookie-min'].forEach(function (id) { document.getElementById(id).addEventListener('click', function () { document.querySelector('.cookie-box').remove(); }); });
B3.expose(S, function () { return S.filled(${js(PISMO_KEYS)}) && tytul.checkValidity() && !!adresat.value && !!rodzaj.value; });
`;
  return {
    id: 'blind3-rails-tomselect-remote-trix-cookies',
    form: 'pismo',
    description:
      'Rails page (simple_form labels with <abbr title="wymagane">* before the text, a Stimulus controller holding the state): Tom Select over a hidden native select for the recipient (3 chars, 300 ms throttle + 400 ms load, query tokens highlighted inside words, name and address only, the first option active so Enter takes a department, the label retargeted to the control input), Tom Select without search for the kind, Trix editor (reparses its DOM, writes HTML into a hidden input, trix-change), a cookie-consent box over the bottom-right corner.',
    dimensions: {
      framework: 'rails-stimulus',
      label: 'abbr-before-text',
      widget: 'tom-select-no-search',
      recipient: 'tom-select-remote',
      body: 'trix',
      overlay: 'cookie-box',
      events: 'input+native-select-change',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Pismo ogólne do podmiotu publicznego | Elektroniczna Skrzynka Podawcza',
        CSS,
        body,
        boot,
      ),
    },
    script: [
      click('#pismo_adresat-ts-control'),
      type('#pismo_adresat-ts-control', 'ministerstwo cyfr'),
      wait('#pismo_adresat-ts-dropdown .option[data-value="/MC/SkrytkaESP"]'),
      click('#pismo_adresat-ts-dropdown .option[data-value="/MC/SkrytkaESP"]'),
      click('#pismo_rodzaj-ts-control'),
      click('#pismo_rodzaj-ts-dropdown .option[data-value="wniosek"]'),
      fill('#pismo_tytul', T.tytul),
      fill('trix-editor#pismo_tresc_trix', T.tresc),
    ],
    expected: pismo('/MC/SkrytkaESP', 'wniosek'),
    outcome: 'filled',
  };
}

export function railsPismo(): CorpusVariant[] {
  return [railsPage()];
}
