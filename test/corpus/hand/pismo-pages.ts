// Hand-written Pismo ogólne pages: layouts of real frameworks the generator does not express.

import type { CorpusVariant, ScriptStep } from '../types';
import { PISMO_TEXTS } from '../values';
import {
  appScript,
  BASE_CSS,
  html,
  pismoExpected,
  proxyScript,
  q,
  type RecipientIds,
  RODZAJ,
  recipientCfg,
  recipientSteps,
} from './kit';

const KEYS = ['recipient', 'rodzaj', 'tytul', 'tresc'];
const T = PISMO_TEXTS;

function pf(id: string, options: { v: string; t: string }[], labelId: string): string {
  const opts = options.map((o) => `<option value="${o.v}">${o.t}</option>`).join('');
  return `<div id="${id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all"><div class="ui-helper-hidden-accessible"><input id="${id}_focus" name="${id}_focus" type="text" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${labelId}" readonly></div><div class="ui-helper-hidden-accessible"><select id="${id}_input" name="${id}_input" tabindex="-1" aria-hidden="true">${opts}</select></div><label id="${id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">${options[0]?.t}</label><div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div></div>`;
}

/** WebSphere Portal + JSF/PrimeFaces: the portlet's form in a frame, "*" beside "Adresat", p:dataTable results. */
function jsfPortalFrame(): CorpusVariant {
  const ns = 'viewns_Z7_ND0G1N82LG5NB0A1A3L0GP3003_:j_id_7';
  const id = (s: string) => `${ns}:${s}`;
  const r: RecipientIds = {
    ui: 'table',
    dialog: id('dlgAdresat'),
    open: id('btnAdresat'),
    input: id('szukajNazwa'),
    button: id('btnSzukaj'),
    results: id('tabelaWynikow'),
    status: id('komunikaty'),
    display: id('adresatNazwa'),
    show: 'readonly',
    empty: 'nie wybrano adresata',
    text: 'upper',
    extra: 'esp',
    delay: 450,
  };
  const rodzajOpts = [{ v: '', t: 'Wybierz' }, ...RODZAJ.slice(1)];
  const portlet = html(
    'Pismo ogólne do podmiotu publicznego',
    `${BASE_CSS}
.ui-panelgrid td { padding: 6px 8px; vertical-align: top; }
.ui-outputlabel-rfi { color: #c00; margin-left: 2px; }
.ui-dialog { position: absolute; top: 30px; left: 30px; right: 30px; background: #fff; border: 1px solid #7a9cc6; z-index: 50; }
.ui-dialog-titlebar { background: #d9e5f3; padding: 6px 10px; font-weight: bold; }
.ui-dialog-content { padding: 10px; }
.ui-button { background: #2d5b94; color: #fff; border: 0; padding: 5px 12px; }`,
    `<div id="${ns}:panel" class="ui-panel ui-widget">
<form id="${ns}" name="${ns}" method="post" action="/wps/myportal/ePUAP/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi" enctype="multipart/form-data">
<input type="hidden" name="${ns}_SUBMIT" value="1">
<input type="hidden" name="javax.faces.ViewState" id="j_id__v_0:javax.faces.ViewState:1" value="-5526411178745062381:-3281947736213437718">
<div class="ui-panel-titlebar"><span class="ui-panel-title">Pismo ogólne do podmiotu publicznego</span></div>
<table class="ui-panelgrid ui-widget" role="grid"><tbody>
<tr class="ui-widget-content"><td><label id="${id('lblAdresat')}" class="ui-outputlabel ui-widget">Adresat</label><span class="ui-outputlabel-rfi">*</span></td>
<td><input id="${r.display}" name="${r.display}" type="text" readonly class="ui-inputfield ui-inputtext ui-state-disabled" aria-labelledby="${id('lblAdresat')}" size="60">
<button id="${r.open}" name="${r.open}" class="ui-button ui-widget ui-corner-all" type="button"><span class="ui-button-text ui-c">Ustaw/zmień adresata</span></button></td></tr>
<tr class="ui-widget-content"><td><label id="${id('lblRodzaj')}" for="${id('rodzaj')}_focus" class="ui-outputlabel ui-widget">Rodzaj pisma</label><span class="ui-outputlabel-rfi">*</span></td>
<td>${pf(id('rodzaj'), rodzajOpts, id('lblRodzaj'))}</td></tr>
<tr class="ui-widget-content"><td><label for="${id('tytul')}" class="ui-outputlabel ui-widget">Tytuł pisma</label><span class="ui-outputlabel-rfi">*</span></td>
<td><input id="${id('tytul')}" name="${id('tytul')}" type="text" maxlength="250" size="70" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-required="true"></td></tr>
<tr class="ui-widget-content"><td><label for="${id('tresc')}" class="ui-outputlabel ui-widget">Treść pisma</label><span class="ui-outputlabel-rfi">*</span></td>
<td><textarea id="${id('tresc')}" name="${id('tresc')}" rows="10" cols="70" maxlength="4000" class="ui-inputfield ui-inputtextarea ui-widget ui-state-default ui-corner-all" aria-required="true"></textarea></td></tr>
<tr class="ui-widget-content"><td><label class="ui-outputlabel ui-widget">Załączniki</label></td>
<td><div id="${id('zalaczniki')}" class="ui-fileupload ui-widget"><span class="ui-button ui-fileupload-choose" role="button"><span class="ui-button-text">+ Dodaj</span><input type="file" id="${id('zalaczniki_input')}" name="${id('zalaczniki_input')}"></span></div></td></tr>
</tbody></table>
<div class="ui-toolbar"><button id="${id('dalej')}" name="${id('dalej')}" class="ui-button" type="submit"><span class="ui-button-text">Dalej</span></button>
<button id="${id('podpisz')}" name="${id('podpisz')}" class="ui-button" type="button"><span class="ui-button-text">Podpisz i wyślij</span></button></div>
<div id="${r.dialog}" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow" role="dialog" aria-labelledby="${r.dialog}_title" hidden>
<div class="ui-dialog-titlebar ui-widget-header"><span id="${r.dialog}_title" class="ui-dialog-title">Wyszukiwanie adresata</span></div>
<div class="ui-dialog-content ui-widget-content">
<label for="${r.input}">Nazwa podmiotu</label> <input id="${r.input}" name="${r.input}" type="text" class="ui-inputfield ui-inputtext">
<button id="${r.button}" name="${r.button}" type="button" class="ui-button"><span class="ui-button-text">Szukaj</span></button>
<div id="${r.status}" class="ui-messages" aria-live="polite"></div>
<div id="${r.results}" class="ui-datatable ui-widget"></div>
<button id="${r.dialog}-zamknij" type="button" class="ui-button">Anuluj</button>
</div></div>
</form></div>
${appScript(
  {
    keys: KEYS,
    events: 'change',
    fields: [
      { key: 'rodzaj', kind: 'primefaces', id: id('rodzaj'), options: rodzajOpts, required: true },
      { key: 'tytul', kind: 'text', id: id('tytul'), required: true },
      { key: 'tresc', kind: 'textarea', id: id('tresc'), required: true },
    ],
    templates: [],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [
      { id: id('dalej'), kind: 'send' },
      { id: id('podpisz'), kind: 'send' },
    ],
  },
  'filled',
  `${ns}:panel`,
  3,
)}`,
  );
  const top = html(
    'ePUAP - Pismo ogólne do podmiotu publicznego',
    'body{font-family:Arial,sans-serif;margin:0} .wpthemeHeader{background:#eef2f7;padding:6px 14px} .wpthemeNav a{margin-right:12px}',
    `<div class="wpthemeFrame">
<div class="wpthemeHeader"><div class="wpthemeBanner">ePUAP<sup>2</sup> Elektroniczna Platforma Usług Administracji Publicznej</div>
<div class="wpthemeBannerRight">Zalogowany: <span>Jan Nowak (jnowak_ug)</span> &nbsp; Organizacja: <span>Urząd Gminy Brudzew (UGBrudzew)</span> &nbsp; <a href="#">Wyloguj</a></div></div>
<nav class="wpthemeNav" aria-label="Nawigacja"><a href="#">Strona główna</a><a href="#">Katalog spraw</a><a href="#">Skrzynka</a></nav>
<div class="wpthemeContent"><div class="component-container"><section class="ibmPortalControl" aria-label="Pismo ogólne do podmiotu publicznego">
<h2 class="asa.portlet.title">Pismo ogólne do podmiotu publicznego</h2>
<iframe id="iframe_Z7_ND0G1N82LG5NB0A1A3L0GP3003" name="Z7_ND0G1N82LG5NB0A1A3L0GP3003" title="Formularz" src="portlet.html" style="width:100%;height:1000px;border:0"></iframe>
</section></div></div></div>
${proxyScript("document.getElementById('iframe_Z7_ND0G1N82LG5NB0A1A3L0GP3003').contentWindow.__app", KEYS)}`,
  );
  const frames = ['#iframe_Z7_ND0G1N82LG5NB0A1A3L0GP3003'];
  const fr = { frames };
  const script: ScriptStep[] = [
    ...recipientSteps(r, 'filled', frames),
    { action: 'click', selector: q(id('rodzaj')), ...fr },
    { action: 'click', selector: `${q(`${id('rodzaj')}_panel`)} li[data-label="Wniosek"]`, ...fr },
    { action: 'fill', selector: q(id('tytul')), value: T.tytul, ...fr },
    { action: 'fill', selector: q(id('tresc')), value: T.tresc, ...fr },
    { action: 'press', selector: q(id('tresc')), key: 'Tab', ...fr },
  ];
  return {
    id: 'hand-jsf-portal-frame',
    form: 'pismo',
    description:
      'WebSphere Portal page, JSF/PrimeFaces portlet form in a frame: panelGrid rows, "*" in a separate span beside "Adresat", selectOneMenu, p:dialog with a data table of UPPER-CASE results, change events.',
    dimensions: {
      label: 'for',
      widget: 'primefaces',
      events: 'change',
      timing: 'static',
      container: 'iframe',
      recipient: 'table',
      searchIn: 'dialog',
      results: 'upper',
      shown: 'readonly',
      ids: 'jsf',
    },
    origin: 'hand',
    files: { 'index.html': top, 'portlet.html': portlet },
    script,
    expected: pismoExpected('filled', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** Orbeon XForms: generated ids with "≡", labels for inner inputs, required marker only in CSS, radio values are item indexes, late init. */
function orbeon(): CorpusVariant {
  const sec = 'section-pismo-control≡grid-1-grid';
  const c = (name: string) => `${sec}≡${name}-control`;
  const inner = (name: string) => `${c(name)}≡xforms-input-1`;
  const r: RecipientIds = {
    ui: 'autocomplete',
    input: `${c('adresat')}≡fr-autocomplete-input`,
    results: 'fr-autocomplete-lista-1',
    status: 'fr-autocomplete-status-1',
    display: `${c('adresat-wybrany')}≡xforms-output`,
    show: 'text',
    empty: 'brak',
    text: 'mark',
    extra: 'address',
    keyBy: 'id',
    delay: 350,
    debounce: 400,
  };
  const items = ['Podanie', 'Wniosek', 'Skarga', 'Zażalenie', 'Inne'];
  const form = `<form id="xforms-form" class="xforms-form xforms-initially-hidden" action="/fr/epuap/pismo-ogolne/new" method="post" onsubmit="return false">
<div class="fr-view"><h1 class="fr-form-title">Pismo ogólne do podmiotu publicznego</h1>
<div id="section-pismo-control" class="xbl-component xbl-fr-section"><h2 class="fr-section-title"><span class="xforms-output">Adresat i treść</span></h2>
<div class="fr-grid">
<div id="${c('adresat')}" class="xforms-control xbl-fr-autocomplete xforms-required"><label class="xforms-label" for="${r.input}">Adresat</label>
<span class="fr-autocomplete-container"><input id="${r.input}" type="text" class="xforms-input-input" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${r.results}" autocomplete="off"></span>
<ul id="${r.results}" role="listbox" class="podpowiedzi" hidden></ul><span id="${r.status}" class="xforms-alert" aria-live="polite"></span>
<span class="xforms-hint">Wpisz nazwę podmiotu i wybierz go z listy.</span></div>
<div id="${c('adresat-wybrany')}" class="xforms-control xforms-output"><span class="xforms-label">Wybrany adresat</span> <output id="${r.display}" class="xforms-output-output">brak</output></div>
<div id="${c('rodzaj')}" class="xforms-control xforms-select1 xforms-select1-appearance-full xforms-required"><span class="xforms-label" id="${c('rodzaj')}≡label">Rodzaj pisma</span>
<span id="${c('rodzaj')}≡grupa" role="radiogroup" aria-labelledby="${c('rodzaj')}≡label">${items
    .map(
      (t, i) =>
        `<span class="radio"><label><input type="radio" id="${c('rodzaj')}≡≡e${i}" name="${c('rodzaj')}" value="${i}">${t}</label></span>`,
    )
    .join(' ')}</span></div>
<div id="${c('tytul')}" class="xforms-control xforms-input xforms-required"><label class="xforms-label" for="${inner('tytul')}">Tytuł</label><input id="${inner('tytul')}" type="text" class="xforms-input-input"><span class="xforms-alert">Pole wymagane</span></div>
<div id="${c('tresc')}" class="xforms-control xforms-textarea xforms-required"><label class="xforms-label" for="${c('tresc')}≡xforms-textarea">Treść</label><textarea id="${c('tresc')}≡xforms-textarea" class="xforms-textarea-textarea" rows="9" cols="70"></textarea></div>
<div id="${c('zalacznik')}" class="xforms-control xforms-upload"><label class="xforms-label" for="${c('zalacznik')}≡xforms-upload">Załącznik</label><input type="file" id="${c('zalacznik')}≡xforms-upload" class="xforms-upload-select"></div>
</div></div>
<div class="fr-buttons"><button type="button" id="fr-wizard-next" class="btn">Dalej</button> <button type="button" id="fr-send-button" class="btn btn-primary">Wyślij</button></div>
</div></form>`;
  const page = html(
    'Pismo ogólne do podmiotu publicznego | Orbeon Forms',
    `${BASE_CSS}
.xforms-required > .xforms-label::after { content: ' *'; color: #b00; }
.xforms-alert { color: #b00; font-size: 85%; display: block; }
.xforms-hint { color: #777; font-size: 85%; display: block; }
.xforms-control { margin: 10px 0; }
.xforms-label { display: block; font-weight: bold; }
.radio label { font-weight: normal; margin-right: 10px; }`,
    `<div class="orbeon">
<div class="navbar" style="background:#16427a;color:#fff;padding:6px 14px">ePUAP · Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew)</div>
<div id="xforms-loading" class="xforms-loading-loading">Ładowanie…</div>
<div id="orbeon-host"></div>
</div>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'blur',
    prerendered: false,
    mountDelay: 600,
    templates: [form.replace('xforms-initially-hidden', '')],
    fields: [
      { key: 'rodzaj', kind: 'radio', id: `${c('rodzaj')}≡grupa`, required: true },
      { key: 'tytul', kind: 'text', id: inner('tytul'), required: true },
      { key: 'tresc', kind: 'textarea', id: `${c('tresc')}≡xforms-textarea`, required: true },
    ],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [
      { id: 'fr-wizard-next', kind: 'send' },
      { id: 'fr-send-button', kind: 'send' },
    ],
  },
  'filled',
  'orbeon-host',
  5,
)}`,
  );
  const script: ScriptStep[] = [
    { action: 'waitFor', selector: q(r.input) },
    ...recipientSteps(r, 'filled'),
    { action: 'check', selector: q(`${c('rodzaj')}≡≡e1`) },
    { action: 'fill', selector: q(inner('tytul')), value: T.tytul },
    { action: 'press', selector: q(inner('tytul')), key: 'Tab' },
    { action: 'fill', selector: q(`${c('tresc')}≡xforms-textarea`), value: T.tresc },
    { action: 'press', selector: q(`${c('tresc')}≡xforms-textarea`), key: 'Tab' },
  ];
  return {
    id: 'hand-orbeon-xforms',
    form: 'pismo',
    description:
      'Orbeon XForms-like: form initialised 600 ms after load, ids with "≡", required marker only in CSS ::after, radio values are item indexes, fr:autocomplete recipient with <mark> highlights, values committed on blur/change.',
    dimensions: {
      label: 'for',
      widget: 'radio',
      events: 'blur',
      timing: 'late-mount',
      container: 'none',
      recipient: 'autocomplete',
      searchIn: 'inline',
      results: 'mark',
      shown: 'text',
      ids: 'orbeon',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script,
    expected: pismoExpected('filled', '1', 'id'),
    outcome: 'filled',
  };
}

/** Angular Material: mat-form-field with floating labels, mat-select whose panel lives in the cdk overlay container at the end of body, mat-autocomplete. */
function angularMaterial(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'autocomplete',
    input: 'mat-input-0',
    results: 'mat-autocomplete-0',
    status: 'mat-autocomplete-status',
    display: 'mat-chip-list-0',
    show: 'chip',
    empty: 'Nie wybrano adresata',
    text: 'span',
    extra: 'esp',
    delay: 250,
    debounce: 300,
  };
  const field = (id: string, labelId: string, label: string, control: string, hint = '') =>
    `<mat-form-field class="mat-mdc-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix">${control}<label class="mdc-floating-label mat-mdc-floating-label" id="${labelId}" for="${id}"><mat-label>${label}</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label></div></div></div><div class="mat-mdc-form-field-subscript-wrapper"><div class="mat-mdc-form-field-hint-wrapper"><mat-hint class="mat-mdc-form-field-hint">${hint}</mat-hint></div></div></mat-form-field>`;
  const options = [
    { v: '', t: 'Rodzaj pisma' },
    { v: 'pismo_podanie', t: 'Podanie' },
    { v: 'pismo_wniosek', t: 'Wniosek' },
    { v: 'pismo_skarga', t: 'Skarga' },
  ];
  const form = `<form novalidate class="ng-untouched ng-pristine ng-invalid" id="pismo-form">
<h1 class="mat-headline-5">Pismo ogólne do podmiotu publicznego</h1>
<app-adresat><div class="adresat"><span class="etykieta" id="adresat-label">Adresat *</span><mat-chip-set id="${r.display}" role="list" aria-labelledby="adresat-label">${r.empty}</mat-chip-set></div>
${field(r.input, 'mat-mdc-form-field-label-0', 'Wyszukaj adresata', `<input matinput id="${r.input}" class="mat-mdc-input-element mat-mdc-autocomplete-trigger" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" aria-controls="${r.results}" autocomplete="off" placeholder="">`, 'Wpisz co najmniej 3 znaki')}
<span id="${r.status}" class="cdk-visually-hidden" aria-live="polite"></span></app-adresat>
${field('mat-select-0', 'mat-mdc-form-field-label-2', 'Rodzaj pisma', `<mat-select role="combobox" aria-haspopup="listbox" id="mat-select-0" class="mat-mdc-select" tabindex="0" aria-expanded="false" aria-required="true" aria-labelledby="mat-mdc-form-field-label-2 mat-select-value-0"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-0"><span class="wartosc mat-mdc-select-placeholder">&nbsp;</span></div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"></div></div></div></mat-select>`)}
${field('mat-input-1', 'mat-mdc-form-field-label-4', 'Tytuł', '<input matinput id="mat-input-1" class="mat-mdc-input-element" maxlength="250" required aria-required="true">', '0/250')}
${field('mat-input-2', 'mat-mdc-form-field-label-6', 'Treść', '<textarea matinput cdkTextareaAutosize id="mat-input-2" class="mat-mdc-input-element" rows="6" required aria-required="true"></textarea>')}
<div class="zalacznik"><button mat-stroked-button type="button" data-plik="plik-0"><mat-icon aria-hidden="true">attach_file</mat-icon><span class="mdc-button__label">Dodaj załącznik</span></button><input type="file" id="plik-0" hidden></div>
<div class="akcje"><button mat-flat-button type="submit" id="btn-dalej"><span class="mdc-button__label">Dalej</span></button></div>
</form>`;
  const page = html(
    'Pismo ogólne do podmiotu publicznego - gov.pl',
    `${BASE_CSS}
mat-form-field { display: block; margin: 18px 0 4px; max-width: 640px; position: relative; }
.mat-mdc-form-field-infix { position: relative; padding-top: 16px; border: 1px solid #888; border-radius: 4px; padding: 18px 10px 6px; }
.mdc-floating-label { position: absolute; top: 14px; left: 10px; color: #666; pointer-events: none; transition: all .15s; font-weight: normal !important; }
.mat-mdc-form-field-infix:focus-within .mdc-floating-label { top: 2px; font-size: 75%; color: #3f51b5; }
.mdc-floating-label--required::after { content: '*'; margin-left: 2px; }
.mat-mdc-input-element { border: 0; outline: 0; width: 100%; font: inherit; }
mat-select { display: block; cursor: pointer; min-height: 20px; }
mat-hint { font-size: 75%; color: #666; }
.cdk-overlay-container { position: fixed; top: 0; left: 0; width: 100%; height: 100%; pointer-events: none; z-index: 1000; }
.cdk-overlay-container > * { pointer-events: auto; }
.cdk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.mat-mdc-autocomplete-panel { position: absolute; top: 180px; left: 24px; width: 620px; background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.3); }`,
    `<app-root ng-version="17.3.0"><mat-toolbar class="mat-toolbar" style="display:flex;justify-content:space-between;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px"><span><b>gov.pl</b> · ePUAP</span><span>Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew)</span></mat-toolbar>
<main><router-outlet></router-outlet><app-pismo id="app-pismo">${form}</app-pismo></main></app-root>
<div class="cdk-overlay-container"><div class="cdk-overlay-pane"><ul id="${r.results}" role="listbox" class="podpowiedzi mat-mdc-autocomplete-panel" aria-label="Wyniki" hidden></ul></div></div>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'input',
    fields: [
      {
        key: 'rodzaj',
        kind: 'combobox',
        id: 'mat-select-0',
        options,
        rel: 'controls',
        required: true,
        placeholder: '\u00a0',
      },
      { key: 'tytul', kind: 'text', id: 'mat-input-1', required: true },
      { key: 'tresc', kind: 'textarea', id: 'mat-input-2', required: true },
    ],
    templates: [],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [{ id: 'btn-dalej', kind: 'send' }],
  },
  'filled',
  'app-pismo',
  1,
)}`,
  );
  const script: ScriptStep[] = [
    ...recipientSteps(r, 'filled'),
    { action: 'click', selector: '#mat-select-0' },
    { action: 'click', selector: '[id="mat-select-0-opcja-1"]' },
    { action: 'fill', selector: '#mat-input-1', value: T.tytul },
    { action: 'fill', selector: '#mat-input-2', value: T.tresc },
  ];
  return {
    id: 'hand-angular-material',
    form: 'pismo',
    description:
      'Angular Material-like: mat-form-field floating labels after the control, mat-select combobox whose options open in the cdk overlay container at the end of body, mat-autocomplete panel in the overlay, recipient as a chip.',
    dimensions: {
      label: 'for',
      widget: 'combobox',
      events: 'input',
      timing: 'static',
      container: 'none',
      recipient: 'autocomplete',
      searchIn: 'inline',
      results: 'span',
      shown: 'chip',
      ids: 'angular',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script,
    expected: pismoExpected('filled', 'pismo_wniosek'),
    outcome: 'filled',
  };
}

/** A small app that rebuilds the whole form (new nodes, new ids) from its state after every change. */
function fullRerender(): CorpusVariant {
  const page = html(
    'Pismo ogólne do podmiotu publicznego',
    BASE_CSS,
    `<header style="background:#1d3c6e;color:#fff;padding:8px 16px">ePUAP — Zalogowany: Jan Nowak (jnowak_ug) | Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main><h1>Pismo ogólne do podmiotu publicznego</h1><div id="aplikacja"></div></main>
<script>
(function () {
  var KATALOG = [
    { name: 'Ministerstwo Cyfryzacji - Centralny Ośrodek Informatyki', esp: '/COI/SkrytkaESP' },
    { name: 'Ministerstwo Cyfryzacji', esp: '/MC/SkrytkaESP' },
    { name: 'Departament Telekomunikacji Ministerstwa Cyfryzacji', esp: '/MC/DT' },
    { name: 'Ministerstwo Cyfrowej Transformacji', esp: '/MCT/skrytka' }
  ];
  var state = { recipient: '', recipientName: '', rodzaj: '', tytul: '', tresc: '', query: '', results: null, busy: false };
  var submitted = 0, renders = 0, queued = false;
  var root = document.getElementById('aplikacja');
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function set(patch) { for (var k in patch) state[k] = patch[k]; if (!queued) { queued = true; setTimeout(render, 0); } }
  function render() {
    queued = false; renders++;
    var p = 'r' + renders + '-';
    var focusName = document.activeElement && root.contains(document.activeElement) ? document.activeElement.getAttribute('name') : null;
    var res = '';
    if (state.busy) res = '<p aria-busy="true">Wyszukiwanie…</p>';
    else if (state.results) res = '<fieldset><legend>Wyniki wyszukiwania</legend>' + state.results.map(function (e, i) {
      return '<div><input type="radio" name="wynik" id="' + p + 'w' + i + '" value="' + i + '"><label for="' + p + 'w' + i + '">' + esc(e.name) + ' <small>' + esc(e.esp) + '</small></label></div>';
    }).join('') + '<button type="button" name="zatwierdz">Zatwierdź</button></fieldset>';
    root.innerHTML = '<form name="pismo" action="wyslij" method="post">' +
      '<div class="pole"><span class="etykieta">Adresat *</span><output name="adresat">' + (state.recipientName ? esc(state.recipientName) : '—') + '</output></div>' +
      '<div class="pole"><label for="' + p + 'q">Szukaj adresata</label><input id="' + p + 'q" name="q" type="search" value="' + esc(state.query) + '"> <button type="button" name="szukaj">Wyszukaj</button></div>' + res +
      '<div class="pole"><label for="' + p + 'rodzaj">Rodzaj pisma</label><select id="' + p + 'rodzaj" name="rodzaj"><option value="">Wybierz…</option><option value="pd">Podanie</option><option value="wn">Wniosek</option><option value="sk">Skarga</option></select></div>' +
      '<div class="pole"><label for="' + p + 'tytul">Tytuł pisma</label><input id="' + p + 'tytul" name="tytul" type="text" maxlength="250"></div>' +
      '<div class="pole"><label for="' + p + 'tresc">Treść pisma</label><textarea id="' + p + 'tresc" name="tresc" rows="8"></textarea></div>' +
      '<div class="pole"><label for="' + p + 'plik">Załącznik</label><input id="' + p + 'plik" name="plik" type="file"></div>' +
      '<div class="akcje"><button type="submit" name="dalej">Dalej</button> <button type="button" name="wyslij">Podpisz i wyślij</button></div></form>';
    var f = root.querySelector('form');
    f.elements.rodzaj.value = state.rodzaj;
    f.elements.tytul.value = state.tytul;
    f.elements.tresc.value = state.tresc;
    f.addEventListener('submit', function (e) { e.preventDefault(); submitted++; });
    f.elements.wyslij.addEventListener('click', function () { submitted++; });
    f.elements.q.addEventListener('input', function (e) { state.query = e.target.value; });
    f.elements.q.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); szukaj(); } });
    f.elements.szukaj.addEventListener('click', szukaj);
    ['tytul', 'tresc'].forEach(function (k) { f.elements[k].addEventListener('input', function (e) { var o = {}; o[k] = e.target.value; set(o); }); });
    f.elements.rodzaj.addEventListener('change', function (e) { set({ rodzaj: e.target.value }); });
    if (f.elements.zatwierdz) f.elements.zatwierdz.addEventListener('click', function () {
      var r = f.querySelector('input[name=wynik]:checked');
      if (r) { var e = state.results[Number(r.value)]; set({ recipient: e.esp, recipientName: e.name, results: null }); }
    });
    if (focusName && f.elements[focusName] && f.elements[focusName].focus) f.elements[focusName].focus();
  }
  function szukaj() {
    var q = state.query.toLowerCase();
    set({ busy: true, results: null });
    setTimeout(function () {
      set({ busy: false, results: KATALOG.filter(function (e) { return q.split(/\\s+/).some(function (w) { return w.length > 2 && e.name.toLowerCase().indexOf(w.slice(0, 7)) >= 0; }); }) });
    }, 300);
  }
  render();
  window.__corpus = {
    model: function () { return { recipient: state.recipient, rodzaj: state.rodzaj, tytul: state.tytul, tresc: state.tresc }; },
    submitted: function () { return submitted; },
    valid: function () { return !!(state.recipient && state.rodzaj && state.tytul && state.tresc); }
  };
})();
</script>`,
  );
  return {
    id: 'hand-full-rerender-new-ids',
    form: 'pismo',
    description:
      'App rebuilding the whole form from state after every change: new nodes and new generated ids on each render (only names stay), recipient via radio results + "Zatwierdź".',
    dimensions: {
      label: 'for',
      widget: 'select',
      events: 'input',
      timing: 'rerender',
      container: 'none',
      recipient: 'radio',
      searchIn: 'inline',
      shown: 'text',
      ids: 'per-render',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      { action: 'fill', selector: '[name="q"]', value: T.query },
      { action: 'click', selector: '[name="szukaj"]' },
      { action: 'check', selector: 'label:has-text("/MC/SkrytkaESP")' },
      { action: 'click', selector: '[name="zatwierdz"]' },
      { action: 'waitFor', selector: 'output[name="adresat"]:text-is("Ministerstwo Cyfryzacji")' },
      { action: 'selectOption', selector: '[name="rodzaj"]', value: 'Wniosek' },
      { action: 'fill', selector: '[name="tytul"]', value: T.tytul },
      { action: 'fill', selector: '[name="tresc"]', value: T.tresc },
    ],
    expected: pismoExpected('filled', 'wn'),
    outcome: 'filled',
  };
}

/** A cookie-consent overlay over the page and a sticky footer with the forward buttons; React-like tracker. */
function cookieOverlay(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'cards',
    input: 'szukaj-adresata',
    button: 'szukaj-adresata-btn',
    results: 'karty-adresatow',
    status: 'szukaj-status',
    display: 'adresat-wybrany',
    show: 'text',
    empty: 'nie wybrano adresata',
    extra: 'both',
    delay: 500,
  };
  const radios = RODZAJ.slice(1)
    .map(
      (o, i) =>
        `<label class="radio"><input type="radio" name="rodzaj" id="rodzaj-${i}" value="${o.v}"> ${o.t}</label>`,
    )
    .join(' ');
  const page = html(
    'Pismo ogólne do podmiotu publicznego - ePUAP',
    `${BASE_CSS}
.cookies-tlo { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 5000; }
.cookies { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; padding: 18px 24px; z-index: 5001; border-top: 4px solid #d4213d; }
.stopka { position: sticky; bottom: 0; background: #f4f4f4; border-top: 1px solid #ccc; padding: 10px 24px; display: flex; gap: 10px; justify-content: flex-end; }
.radio { font-weight: normal !important; display: inline !important; margin-right: 12px; }`,
    `<header style="background:#16427a;color:#fff;padding:8px 16px">ePUAP · Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main id="tresc-strony"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="formularz-pisma" action="wyslij" method="post">
<section><h2>Adresat <span class="wymagane">*</span></h2><p>Wybrany adresat: <strong id="${r.display}">nie wybrano adresata</strong></p>
<label for="${r.input}">Wyszukaj adresata</label><input id="${r.input}" type="search" size="40"> <button type="button" id="${r.button}">Szukaj</button>
<p id="${r.status}" aria-live="polite"></p><div id="${r.results}"></div></section>
<section><h2>Rodzaj pisma</h2><div id="rodzaj-grupa" role="radiogroup" aria-label="Rodzaj pisma">${radios}</div></section>
<section><h2>Treść</h2>
<div class="pole"><label for="tytul-pisma">Tytuł pisma</label><input id="tytul-pisma" name="tytul" maxlength="250"><span class="licznik" id="licznik-tytul">0 / 250</span></div>
<div class="pole"><span class="etykieta" id="tresc-etykieta">Treść pisma</span><div id="tresc-pisma" class="edytor" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="tresc-etykieta"></div></div>
<div class="pole"><label for="zalacznik">Dodaj załącznik</label><input type="file" id="zalacznik"></div></section>
<div class="stopka"><button type="button" id="zapisz-robocza">Zapisz jako roboczy</button><button type="submit" id="stopka-dalej">Dalej</button><button type="button" id="stopka-wyslij">Podpisz i wyślij</button></div>
</form></main>
<div class="cookies-tlo" id="cookies-tlo"></div>
<div class="cookies" role="dialog" aria-label="Pliki cookies" id="cookies"><p>Serwis używa plików cookies, aby ułatwić korzystanie z usług. Możesz zmienić ustawienia w przeglądarce.</p>
<button type="button" id="cookies-ok">Akceptuję wszystkie</button> <button type="button" id="cookies-ustawienia">Ustawienia</button></div>
<script>document.getElementById('cookies-ok').addEventListener('click', function () { document.getElementById('cookies').remove(); document.getElementById('cookies-tlo').remove(); });</script>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'react',
    fields: [
      { key: 'rodzaj', kind: 'radio', id: 'rodzaj-grupa', required: true },
      { key: 'tytul', kind: 'text', id: 'tytul-pisma', required: true },
      { key: 'tresc', kind: 'editable', id: 'tresc-pisma', required: true },
    ],
    templates: [],
    counters: [{ key: 'tytul', counter: 'licznik-tytul', max: 250 }],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [
      { id: 'stopka-dalej', kind: 'send' },
      { id: 'stopka-wyslij', kind: 'send' },
    ],
  },
  'filled',
  'tresc-strony',
  6,
)}`,
  );
  return {
    id: 'hand-cookie-overlay-sticky-footer',
    form: 'pismo',
    description:
      'Cookie-consent overlay covering the page until accepted, sticky footer with "Dalej"/"Podpisz i wyślij", recipient cards with address and ESP lines, radio group named by aria-label, contenteditable body, React-like tracker on the title.',
    dimensions: {
      label: 'heading',
      widget: 'radio',
      events: 'react',
      timing: 'static',
      container: 'none',
      recipient: 'cards',
      searchIn: 'inline',
      shown: 'text',
      overlay: 'cookies',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      { action: 'click', selector: '#cookies-ok' },
      ...recipientSteps(r, 'filled'),
      { action: 'check', selector: '#rodzaj-1' },
      { action: 'fill', selector: '#tytul-pisma', value: T.tytul },
      { action: 'fill', selector: '#tresc-pisma', value: T.tresc },
    ],
    expected: pismoExpected('filled', 'WNIOSEK'),
    outcome: 'filled',
  };
}

/** TinyMCE-like editor initialised late over a textarea, Select2-like kind, recipient in a modal list. */
function tinymce(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'list',
    dialog: 'okno-adresata',
    open: 'btn-wybierz-adresata',
    input: 'adresat-fraza',
    button: 'adresat-szukaj',
    results: 'adresat-lista',
    status: 'adresat-komunikat',
    display: 'adresat-pole',
    show: 'readonly',
    empty: 'brak',
    extra: 'address',
    delay: 400,
  };
  const options = [
    { v: '', t: '— wybierz —' },
    ...RODZAJ.slice(1).map((o) => ({ v: o.v.toLowerCase(), t: o.t })),
  ];
  const form = `<form id="pismo-ogolne" action="wyslij" method="post">
<p><strong>Adresat:</strong> <input id="${r.display}" readonly placeholder="brak" size="50" aria-label="Adresat"> <button type="button" id="${r.open}">Wybierz adresata</button></p>
<p><strong>Rodzaj dokumentu</strong><br><select id="rodzaj" name="rodzaj" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">${options.map((o) => `<option value="${o.v}">${o.t}</option>`).join('')}</select><span class="select2 select2-container select2-container--default"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-rodzaj-container"><span class="select2-selection__rendered" id="select2-rodzaj-container" role="textbox" aria-readonly="true">— wybierz —</span><span class="select2-selection__arrow"><b></b></span></span></span></span></p>
<p><strong>Tytuł</strong><br><input type="text" id="tytul" name="tytul" size="70" aria-label="Tytuł"></p>
<p><label for="tresc"><strong>Treść pisma</strong></label><br><textarea id="tresc" name="tresc" style="display:none"></textarea>
<div class="tox tox-tinymce" role="application"><div class="tox-editor-header"><div class="tox-menubar" role="menubar"><button type="button" class="tox-mbtn">Plik</button><button type="button" class="tox-mbtn">Edycja</button><button type="button" class="tox-mbtn">Widok</button></div></div>
<div class="tox-edit-area"><iframe id="tresc_ifr" class="tox-edit-area__iframe" title="Obszar tekstu sformatowanego. Naciśnij ALT-0, aby uzyskać pomoc."></iframe></div><div class="tox-statusbar">Słowa: 0</div></div></p>
<p><button type="button" data-plik="plik">+ Dodaj załącznik</button><input type="file" id="plik" hidden></p>
<p><button type="submit" id="dalej">Dalej</button> <button type="button" id="wyslij">Wyślij</button></p>
<div id="${r.dialog}-tlo" class="tlo" hidden></div>
<div id="${r.dialog}" class="okno" role="dialog" aria-modal="true" aria-label="Wybierz adresata" hidden><h2>Wybierz adresata</h2>
<input id="${r.input}" type="search" placeholder="Nazwa urzędu lub instytucji" aria-label="Nazwa urzędu lub instytucji"> <button type="button" id="${r.button}">Szukaj</button>
<p id="${r.status}"></p><ul id="${r.results}"></ul><button type="button" id="${r.dialog}-zamknij">Zamknij</button></div>
</form>`;
  const page = html(
    'Pismo ogólne do podmiotu publicznego',
    BASE_CSS,
    `<header style="padding:8px 16px;border-bottom:3px solid #16427a">ePUAP — <span>Zalogowany: Jan Nowak (jnowak_ug)</span> — <span>Organizacja: Urząd Gminy Brudzew (UGBrudzew)</span></header>
<main><h1>Pismo ogólne do podmiotu publicznego</h1><div id="host-pisma"><textarea rows="6" cols="60" disabled>Wczytywanie edytora…</textarea></div></main>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'input',
    prerendered: false,
    mountDelay: 700,
    templates: [form],
    fields: [
      { key: 'rodzaj', kind: 'select2', id: 'rodzaj', options, required: true },
      { key: 'tytul', kind: 'text', id: 'tytul', required: true },
      { key: 'tresc', kind: 'rich', rich: 'tiny', id: 'tresc', required: true },
    ],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [
      { id: 'dalej', kind: 'send' },
      { id: 'wyslij', kind: 'send' },
    ],
  },
  'filled',
  'host-pisma',
  4,
)}`,
  );
  return {
    id: 'hand-tinymce-select2-late',
    form: 'pismo',
    description:
      'TinyMCE-like editor (iframe body contenteditable, textarea hidden) mounted 700 ms after load, labels as <strong> text before <br>, Select2-like kind opening on mousedown, recipient dialog with a list.',
    dimensions: {
      label: 'text',
      widget: 'select2',
      body: 'tinymce',
      events: 'input',
      timing: 'late-mount',
      container: 'none',
      recipient: 'modal',
      searchIn: 'dialog',
      shown: 'readonly',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      { action: 'waitFor', selector: '#btn-wybierz-adresata' },
      ...recipientSteps(r, 'filled'),
      { action: 'click', selector: '#select2-rodzaj-container' },
      { action: 'click', selector: '.select2-results__option:text-is("Wniosek")' },
      { action: 'fill', selector: '#tytul', value: T.tytul },
      { action: 'fill', selector: 'body', value: T.tresc, frames: ['#tresc_ifr'] },
    ],
    expected: pismoExpected('filled', 'wniosek'),
    outcome: 'filled',
  };
}

/** Recipient results arrive in two batches: decoys first, the exact match only in the second. */
function twoBatches(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'table',
    dialog: 'dlg',
    open: 'zmien-adresata',
    input: 'dlg-nazwa',
    button: 'dlg-szukaj',
    results: 'dlg-wyniki',
    status: 'dlg-status',
    display: 'adresat',
    show: 'text',
    empty: '—',
    extra: 'both',
    keyBy: 'id',
    delay: 350,
    batches: true,
  };
  const page = html(
    'ePUAP - Pismo ogólne do podmiotu publicznego',
    BASE_CSS,
    `<header style="background:#0b4a8b;color:#fff;padding:6px 14px"><b>ePUAP</b> | Zalogowany: Jan Nowak (jnowak_ug) | Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main id="glowna"><h1>Pismo ogólne do podmiotu publicznego</h1>
<form id="f" action="wyslij" method="post"><table class="formularz">
<tr><th>Adresat*</th><td><span id="${r.display}">—</span> <button type="button" id="${r.open}">Zmień adresata</button></td></tr>
<tr><th>Rodzaj pisma</th><td><select id="sel-rodzaj" name="rodzaj"><option value="">Wybierz…</option><option value="10">Podanie</option><option value="20">Wniosek</option><option value="30">Skarga</option></select></td></tr>
<tr><th>Tytuł pisma</th><td><input id="inp-tytul" name="tytul" size="60"></td></tr>
<tr><th>Treść pisma</th><td><textarea id="inp-tresc" name="tresc" rows="8" cols="60"></textarea></td></tr>
<tr><th>Załącznik</th><td><input type="file" id="plik" name="plik"></td></tr></table>
<p><button type="submit" id="btn-dalej">Dalej</button></p>
<div id="${r.dialog}" class="okno" role="dialog" aria-modal="true" aria-labelledby="dlg-t" hidden><h2 id="dlg-t">Wyszukiwarka podmiotów</h2>
<label for="${r.input}">Nazwa</label> <input id="${r.input}" type="text"> <button type="button" id="${r.button}">Szukaj</button><p id="${r.status}" aria-live="polite"></p><div id="${r.results}"></div>
<button type="button" id="${r.dialog}-zamknij">Zamknij</button></div></form></main>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'change',
    fields: [
      { key: 'rodzaj', kind: 'select', id: 'sel-rodzaj', required: true },
      { key: 'tytul', kind: 'text', id: 'inp-tytul', required: true },
      { key: 'tresc', kind: 'textarea', id: 'inp-tresc', required: true },
    ],
    templates: [],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [{ id: 'btn-dalej', kind: 'send' }],
  },
  'filled',
  'glowna',
  0,
)}`,
  );
  return {
    id: 'hand-recipient-two-batches',
    form: 'pismo',
    description:
      'Recipient results arrive in two batches (first two decoys, ~1 s later the full list with the exact match), th labels without label elements, change events.',
    dimensions: {
      label: 'th',
      widget: 'select',
      events: 'change',
      timing: 'static',
      container: 'none',
      recipient: 'table',
      searchIn: 'dialog',
      shown: 'text',
      results: 'two-batches',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      ...recipientSteps(r, 'filled'),
      { action: 'selectOption', selector: '#sel-rodzaj', value: 'Wniosek' },
      { action: 'fill', selector: '#inp-tytul', value: T.tytul },
      { action: 'fill', selector: '#inp-tresc', value: T.tresc },
      { action: 'press', selector: '#inp-tresc', key: 'Tab' },
    ],
    expected: pismoExpected('filled', '20', 'id'),
    outcome: 'filled',
  };
}

/** Two entries named exactly "Ministerstwo Cyfryzacji" with different ESP addresses, as cards: the assistant must ask. */
function ambiguousCards(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'cards',
    input: 'q',
    button: 'q-btn',
    results: 'q-karty',
    status: 'q-status',
    display: 'q-wybrany',
    show: 'chip',
    empty: 'nie wybrano adresata',
    extra: 'esp',
    delay: 300,
  };
  const page = html(
    'Pismo ogólne do podmiotu publicznego',
    BASE_CSS,
    `<header style="padding:6px 14px;background:#eef">ePUAP · Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main id="m"><h1>Pismo ogólne do podmiotu publicznego</h1><form id="f" action="wyslij" method="post">
<div class="pole"><span class="etykieta">Adresat <span class="wymagane">*</span></span><span id="${r.display}">nie wybrano adresata</span></div>
<div class="pole"><label for="${r.input}">Wyszukaj adresata</label><input id="${r.input}" type="search"> <button type="button" id="${r.button}">Szukaj</button><p id="${r.status}"></p><div id="${r.results}"></div></div>
<div class="pole"><label for="rodzaj">Rodzaj pisma</label><select id="rodzaj"><option value="">Wybierz…</option><option value="WN">Wniosek</option><option value="PD">Podanie</option></select></div>
<div class="pole"><label for="tytul">Tytuł pisma</label><input id="tytul"></div>
<div class="pole"><label for="tresc">Treść pisma</label><textarea id="tresc" rows="6"></textarea></div>
<div class="pole"><label for="zal">Załącznik</label><input id="zal" type="file"></div>
<div class="akcje"><button type="submit" id="dalej">Dalej</button></div></form></main>
${proxyScript('window.__app', KEYS)}
${appScript(
  {
    keys: KEYS,
    events: 'input',
    fields: [
      { key: 'rodzaj', kind: 'select', id: 'rodzaj', required: true },
      { key: 'tytul', kind: 'text', id: 'tytul', required: true },
      { key: 'tresc', kind: 'textarea', id: 'tresc', required: true },
    ],
    templates: [],
    required: KEYS,
    recipient: recipientCfg(r),
    forward: [{ id: 'dalej', kind: 'send' }],
  },
  'ambiguous-recipient',
  'm',
  2,
)}`,
  );
  return {
    id: 'hand-ambiguous-recipient-cards',
    form: 'pismo',
    description:
      'Two cards named exactly "Ministerstwo Cyfryzacji" (/MC/SkrytkaESP and /MC/Dokumenty) among decoys: nothing may be chosen, the clerk is asked.',
    dimensions: {
      label: 'for',
      widget: 'select',
      events: 'input',
      timing: 'static',
      container: 'none',
      recipient: 'cards',
      searchIn: 'inline',
      shown: 'chip',
      outcome: 'ambiguous-recipient',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      ...recipientSteps(r, 'ambiguous-recipient'),
      { action: 'selectOption', selector: '#rodzaj', value: 'Wniosek' },
      { action: 'fill', selector: '#tytul', value: T.tytul },
      { action: 'fill', selector: '#tresc', value: T.tresc },
    ],
    expected: pismoExpected('ambiguous-recipient', 'WN'),
    outcome: 'ambiguous-recipient',
  };
}

export function handPismo(): CorpusVariant[] {
  return [
    jsfPortalFrame(),
    orbeon(),
    angularMaterial(),
    fullRerender(),
    cookieOverlay(),
    tinymce(),
    twoBatches(),
    ambiguousCards(),
  ];
}
