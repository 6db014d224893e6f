// Pismo ogólne as a Vaadin Flow application: the view is a template element with its own shadow root,
// every field a web component with the input in a further shadow root; the recipient is a lazy
// vaadin-combo-box and the kind a vaadin-select, both with overlays appended to body.

import type { CorpusVariant } from '../types';
import { click, doc, fill, js, PISMO_KEYS, pismo, press, T, type, wait } from './page';
import { VAADIN_JS } from './vaadin';

const KINDS = [
  { key: '1', e: 'PODANIE', t: 'Podanie' },
  { key: '2', e: 'WNIOSEK_O_UDOSTEPNIENIE', t: 'Wniosek o udostępnienie informacji publicznej' },
  { key: '3', e: 'WNIOSEK', t: 'Wniosek' },
  { key: '4', e: 'SKARGA', t: 'Skarga' },
  { key: '5', e: 'ZAZALENIE', t: 'Zażalenie' },
  { key: '6', e: 'ODWOLANIE', t: 'Odwołanie' },
  { key: '7', e: 'INFORMACJA', t: 'Informacja' },
  { key: '8', e: 'INNE', t: 'Inne pismo' },
];

const CSS = `
html, body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; background: #f4f5f7; color: #1a2433; }
.app-header { height: 56px; background: #0b3b72; color: #fff; display: flex; align-items: center; padding: 0 24px; font-weight: 600; }
.app-header .konto { margin-left: auto; font-weight: 400; font-size: 13px; opacity: .9; }
.v-loading-indicator { position: fixed; top: 0; left: 0; height: 4px; background: #1676f3; z-index: 3000; width: 0; transition: width .6s; }
#outlet { max-width: 820px; margin: 20px auto 80px; }
.podmiot b { display: block; font-weight: 600; }
.podmiot small { color: #6b7787; }
.brak { font-size: 14px; }
`;

const VIEW_CSS = `
:host { display: block; background: #fff; border-radius: 8px; padding: 20px 28px 28px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h2 { margin: 0 0 6px; font-size: 22px; }
h3 { font-size: 16px; margin: 22px 0 6px; color: #0b3b72; }
.intro { color: #52606d; margin: 0 0 10px; }
.info { background: #eef6ee; border-left: 3px solid #2f9e44; padding: 6px 10px; font-size: 13px; margin: 4px 0; max-width: 540px; }
.upload { border: 1px dashed #a9b4c2; border-radius: 6px; padding: 14px; display: flex; gap: 12px; align-items: center; max-width: 530px; color: #52606d; }
.akcje { display: flex; gap: 10px; justify-content: flex-end; margin-top: 24px; }
`;

function viewTemplate(): string {
  return `<style>${VIEW_CSS}</style>
<h2>Pismo ogólne do podmiotu publicznego</h2>
<p class="intro">Wypełnij formularz, a następnie podpisz pismo profilem zaufanym lub podpisem kwalifikowanym.</p>
<section><h3>Adresat</h3>
<vaadin-combo-box id="adresat" label="Adresat pisma" required helper-text="Wpisz co najmniej 3 znaki nazwy podmiotu, a następnie wybierz go z listy" item-label-path="name" item-value-path="nr" placeholder="Szukaj podmiotu…"></vaadin-combo-box>
<div id="adresat-info" class="info" hidden></div>
</section>
<section><h3>Pismo</h3>
<vaadin-select id="rodzaj" label="Rodzaj pisma" required placeholder="Wybierz rodzaj"></vaadin-select>
<vaadin-text-field id="tytul" label="Tytuł" required maxlength="200"></vaadin-text-field>
<vaadin-text-area id="tresc" label="Treść" required maxlength="4000" helper-text="Maksymalnie 4000 znaków"></vaadin-text-area>
</section>
<section><h3>Załączniki</h3>
<div class="upload"><vaadin-button id="dodaj">Dodaj plik…</vaadin-button><input type="file" id="plik" hidden accept="application/pdf,image/jpeg"><span>lub upuść plik tutaj (PDF, JPG, do 5 MB)</span></div>
</section>
<div class="akcje"><vaadin-button id="anuluj">Anuluj</vaadin-button><vaadin-button id="wyslij" theme="primary">Podpisz i wyślij</vaadin-button></div>`;
}

function vaadinPage(scenario: 'filled' | 'two'): CorpusVariant {
  const names =
    scenario === 'filled'
      ? ['dzs', 'mc', 'dc', 'min', 'dgd', 'biuro', 'maic', 'coi', 'nask', 'uke', 'kprm', 'mf', 'ug']
      : ['dzs', 'mc', 'dc', 'min', 'dgd', 'mc2', 'biuro', 'maic', 'coi', 'nask', 'uke', 'kprm', 'mf', 'ug'];
  const body = `<div class="v-loading-indicator" style="width: 40%"></div>
<div class="app-header">ePUAP · Skrzynka kontaktowa<span class="konto">Jan Nowak · Urząd Gminy Brudzew</span></div>
<div id="outlet"></div>`;
  const boot = `
var KINDS = ${js(KINDS)};
var S = B3.store(${js(PISMO_KEYS)});
var DIR = B3.dir(${js(names)});
var view = null;
customElements.define('pismo-view', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var sr = this.attachShadow({ mode: 'open' });
    sr.innerHTML = ${js(viewTemplate())};
    view = sr;
    var combo = sr.getElementById('adresat');
    var info = sr.getElementById('adresat-info');
    combo.debounce = 400;
    combo.dataProvider = function (params, cb) {
      var q = params.filter || '';
      if (B3.norm(q).length < 3) { cb([]); return; }
      setTimeout(function () { cb(B3.find(DIR, q)); }, 400);
    };
    combo.emptyText = function (q) { return B3.norm(q).length < 3 ? 'Wpisz co najmniej 3 znaki' : 'Nie znaleziono podmiotu'; };
    combo.renderer = function (root, p) {
      root.innerHTML = '<div class="podmiot"><b>' + B3.esc(p.name) + '</b><small>' + B3.esc(p.addr + ', ' + p.kod + ' ' + p.miasto) + ' · ' + B3.esc(p.esp) + '</small></div>';
    };
    combo.addEventListener('value-changed', function (e) {
      S.set('recipient', e.detail.value);
      var p = combo.selectedItem;
      info.hidden = !p;
      info.innerHTML = p ? 'Adres skrytki: <b>' + B3.esc(p.esp) + '</b> · ' + B3.esc(p.addr + ', ' + p.kod + ' ' + p.miasto) : '';
    });
    var sel = sr.getElementById('rodzaj');
    sel.items = KINDS.map(function (k) { return { label: k.t, value: k.key }; });
    sel.addEventListener('value-changed', function (e) {
      var k = KINDS.filter(function (x) { return x.key === e.detail.value; })[0];
      S.set('rodzaj', k ? k.e : '');
    });
    // text fields: ValueChangeMode.ON_CHANGE, the server gets the value with the change event
    var tytul = sr.getElementById('tytul'); var tresc = sr.getElementById('tresc');
    tytul.addEventListener('change', function () { S.set('tytul', tytul.value); });
    tresc.addEventListener('change', function () { S.set('tresc', tresc.value); });
    var plik = sr.getElementById('plik');
    sr.getElementById('dodaj').addEventListener('click', function () { plik.click(); });
    B3.untrusted(sr.getElementById('wyslij'), S);
    this._fields = [combo, sel, tytul, tresc];
  }
});
setTimeout(function () {
  document.getElementById('outlet').innerHTML = '<pismo-view></pismo-view>';
  var bar = document.querySelector('.v-loading-indicator'); bar.style.width = '100%';
  setTimeout(function () { bar.style.display = 'none'; }, 300);
}, 700);
B3.expose(S, function () {
  var pv = document.querySelector('pismo-view');
  return !!pv && S.filled(${js(PISMO_KEYS)}) && pv._fields.every(function (f) { return f.checkValidity(); });
});
`;
  const filled = scenario === 'filled';
  const V = 'pismo-view';
  const script = [
    type(`${V} vaadin-combo-box#adresat input`, 'Ministerstwo Cyfryzacji'),
    wait('vaadin-combo-box-overlay vaadin-combo-box-item:has-text("/MC/SkrytkaESP")'),
  ];
  if (filled) script.push(click('vaadin-combo-box-overlay vaadin-combo-box-item:has-text("/MC/SkrytkaESP")'));
  else script.push(press(`${V} vaadin-combo-box#adresat input`, 'Escape'));
  script.push(
    click(`${V} vaadin-select#rodzaj [part="value-button"]`),
    click('vaadin-select-overlay vaadin-item:text-is("Wniosek")'),
    fill(`${V} vaadin-text-field#tytul input`, T.tytul),
    press(`${V} vaadin-text-field#tytul input`, 'Tab'),
    fill(`${V} vaadin-text-area#tresc textarea`, T.tresc),
    press(`${V} vaadin-text-area#tresc textarea`, 'Tab'),
  );
  return {
    id: filled ? 'blind3-vaadin-combo-overlay-shadow' : 'blind3-vaadin-combo-two-ministries',
    form: 'pismo',
    description: filled
      ? 'Vaadin Flow: the view (a template element with a shadow root) created 0.7 s after load, each field a web component with label and input in its own shadow root; lazy vaadin-combo-box recipient (400 ms debounce + 400 ms load, overlay in body, items with shadow roots and slotted name · address · ESP, keyed by an internal number; a typed text equal to exactly one label is committed, anything else reverted), vaadin-select kind with numeric item keys mapped to enum names, text fields synced on change only.'
      : 'Vaadin combo box whose suggestions hold two items named exactly "Ministerstwo Cyfryzacji" (/MC/SkrytkaESP and /MCyfryzacji/skrytka, both ul. Królewska 27): the clerk must decide.',
    dimensions: {
      framework: 'vaadin-flow',
      container: 'shadow-view+shadow-fields',
      widget: 'vaadin-select-overlay',
      recipient: 'vaadin-combo-box-lazy',
      events: 'change-on-host',
      key: 'internal-number',
      timing: 'late-mount-700ms',
      outcome: filled ? 'filled' : 'ambiguous-recipient',
    },
    origin: 'hand',
    files: {
      'index.html': doc('Pismo ogólne do podmiotu publicznego', CSS, body, boot, { bundles: [VAADIN_JS] }),
    },
    script,
    expected: pismo(filled ? '10427' : '', 'WNIOSEK'),
    outcome: filled ? 'filled' : 'ambiguous-recipient',
  };
}

export function vaadinPismo(): CorpusVariant[] {
  return [vaadinPage('filled'), vaadinPage('two')];
}
