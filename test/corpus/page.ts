// The page around a generated form: header with the login banner, the container (none, same-origin frame,
// frame whose src is set late, shadow root of a custom element, modal overlay), styles and the app start-up.

import { RUNTIME_JS } from './runtime';

export type Container = 'none' | 'iframe' | 'iframe-late' | 'shadow' | 'modal';

export const BASE_CSS = `
body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; }
main { padding: 12px 24px 80px; max-width: 940px; }
.pole { margin: 10px 0; }
.pole label, .pole .etykieta { display: block; font-weight: bold; margin-bottom: 3px; }
.pole input[type=text], .pole input[type=search], .pole input[type=email], .pole input[type=tel], .pole input[type=password], .pole textarea { width: 100%; max-width: 640px; box-sizing: border-box; padding: 4px; }
.pole-radio label { display: inline; font-weight: normal; }
.wymagane, .komunikat-bledu { color: #b00020; }
.komunikat-bledu { display: block; font-size: 90%; }
.ukryta { position: absolute; left: -9999px; }
.licznik, .podpowiedz { color: #666; font-size: 85%; }
.edytor { min-height: 110px; border: 1px solid #888; padding: 6px; max-width: 640px; }
.edytor:empty:before { content: attr(data-placeholder); color: #888; }
.lista-rozwijana { display: inline-block; min-width: 240px; border: 1px solid #777; padding: 4px 8px; cursor: pointer; background: #fff; }
.panel-listy, .ui-selectonemenu-panel { background: #fff; border: 1px solid #555; z-index: 1000; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.panel-listy .opcja, .ui-selectonemenu-item { padding: 4px 10px; cursor: pointer; list-style: none; }
.panel-listy .opcja:hover, .ui-selectonemenu-item:hover { background: #dde8f7; }
.ui-selectonemenu-items { margin: 0; padding: 0; }
.ui-helper-hidden-accessible { border: 0; clip: rect(0 0 0 0); height: 1px; margin: -1px; overflow: hidden; padding: 0; position: absolute; width: 1px; }
.ui-selectonemenu { display: inline-block; position: relative; min-width: 240px; border: 1px solid #a8a8a8; background: #f4f4f4; cursor: pointer; }
.ui-selectonemenu-label { display: block; padding: 4px 28px 4px 6px; font-weight: normal !important; cursor: pointer; }
.ui-selectonemenu-trigger { position: absolute; right: 0; top: 0; width: 22px; height: 100%; border-left: 1px solid #a8a8a8; }
.ui-icon-triangle-1-s:before { content: '▼'; font-size: 10px; padding: 4px; display: block; }
.select2-hidden-accessible { border: 0 !important; clip: rect(0 0 0 0) !important; height: 1px !important; margin: -1px !important; overflow: hidden !important; padding: 0 !important; position: absolute !important; width: 1px !important; }
.select2-selection { display: inline-block; min-width: 240px; border: 1px solid #aaa; border-radius: 4px; padding: 4px 8px; cursor: pointer; }
.select2-dropdown { display: block; background: #fff; border: 1px solid #aaa; }
.select2-results__options { list-style: none; margin: 0; padding: 0; }
.select2-results__option { padding: 5px 8px; cursor: pointer; }
.select2-container--open { z-index: 1051; }
.chosen-container { position: relative; display: inline-block; min-width: 240px; }
.chosen-single { display: block; border: 1px solid #aaa; padding: 4px 8px; cursor: pointer; background: #fafafa; }
.chosen-drop { position: absolute; left: -9999px; background: #fff; border: 1px solid #aaa; width: 100%; z-index: 1010; }
.chosen-with-drop .chosen-drop { left: 0; }
.chosen-results { list-style: none; margin: 0; padding: 0; }
.chosen-results li { padding: 4px 8px; cursor: pointer; }
.menu { list-style: none; border: 1px solid #777; padding: 4px; margin: 0; background: #fff; position: absolute; z-index: 20; }
.menu a { display: block; padding: 3px 8px; }
.menu-przycisk { position: relative; display: inline-block; }
.cke, .tox { border: 1px solid #bbb; max-width: 660px; }
.cke_top, .tox-editor-header { display: block; background: #f0f0f0; padding: 3px; }
.cke_button, .tox-tbtn, .tox-mbtn { display: inline-block; padding: 2px 6px; border: 0; background: none; }
.cke iframe, .tox iframe { width: 100%; height: 150px; border: 0; display: block; }
.tox-statusbar { font-size: 80%; color: #777; padding: 2px 6px; }
.wyniki { border-collapse: collapse; }
.wyniki td, .wyniki th { border: 1px solid #ccc; padding: 4px 8px; }
.karta { border: 1px solid #bbb; border-radius: 6px; padding: 8px 12px; margin: 6px 0; max-width: 520px; }
.karta h4 { margin: 0 0 4px; }
.adres, .esp { display: block; color: #555; font-size: 90%; }
.podpowiedzi { list-style: none; border: 1px solid #999; margin: 0; padding: 0; max-width: 640px; background: #fff; }
.podpowiedzi li { padding: 5px 8px; cursor: pointer; }
.podpowiedzi li:hover { background: #e6eef9; }
.okno { position: fixed; top: 7%; left: 50%; transform: translateX(-50%); width: min(720px, 92vw); max-height: 84vh; overflow: auto; background: #fff; border: 1px solid #333; padding: 14px 18px; z-index: 900; box-shadow: 0 8px 30px rgba(0,0,0,.35); }
.tlo { position: fixed; inset: 0; background: rgba(0,0,0,.4); z-index: 800; }
.chip { display: inline-block; background: #e3ecf8; border-radius: 14px; padding: 2px 4px 2px 10px; }
.chip-usun { border: 0; background: none; cursor: pointer; }
.akcje { margin-top: 18px; display: flex; gap: 10px; }
.akcje button { padding: 6px 16px; }
table.formularz th { text-align: left; font-weight: normal; width: 38%; vertical-align: top; padding: 6px 10px 6px 0; }
table.formularz td { width: 62%; }
.grupa { margin: 12px 0; }
fieldset.grupa { border: 1px solid #ccc; padding: 6px 14px; }
.naglowek-grupy { font-size: 1.15em; }
`;

export type Header = 'epuap-inline' | 'epuap-dl' | 'epuap-menu' | 'gov';

export function headerHtml(kind: Header): string {
  switch (kind) {
    case 'epuap-inline':
      return `<header class="epuap-naglowek" role="banner" style="background:#16427a;color:#fff;padding:8px 16px">
  <a href="#" style="color:#fff;font-weight:bold">ePUAP</a> <span>Elektroniczna Platforma Usług Administracji Publicznej</span>
  <div class="uzytkownik">Zalogowany: <strong>Jan Nowak (jnowak_ug)</strong> | Organizacja: <strong>Urząd Gminy Brudzew (UGBrudzew)</strong> <a href="#" style="color:#fff">Wyloguj</a></div>
</header>`;
    case 'epuap-dl':
      return `<header role="banner" style="border-bottom:3px solid #d4213d;padding:6px 16px;display:flex;justify-content:space-between">
  <div><b>ePUAP</b><sup>2</sup> <nav aria-label="Menu" style="display:inline"><a href="#">Katalog spraw</a> · <a href="#">Moja skrzynka</a> · <a href="#">Pomoc</a></nav></div>
  <dl class="zalogowany" style="margin:0;display:grid;grid-template-columns:auto auto;gap:0 6px;font-size:90%">
    <dt>Zalogowany:</dt><dd style="margin:0">Jan Nowak (jnowak_ug)</dd>
    <dt>Organizacja:</dt><dd style="margin:0">Urząd Gminy Brudzew (UGBrudzew)</dd>
  </dl>
</header>`;
    case 'epuap-menu':
      return `<div id="wpsPortal" class="wpthemeHeader" style="background:#eef2f7;padding:6px 14px">
  <div class="wpthemeBanner"><span class="wpthemeBannerTitle">ePUAP - Elektroniczna Platforma Usług Administracji Publicznej</span></div>
  <ul class="wpthemeLinks" style="list-style:none;margin:4px 0;padding:0;display:flex;gap:14px">
    <li>Zalogowany: <span class="user">Jan Nowak</span> <span class="login">(jnowak_ug)</span></li>
    <li>Organizacja: <span>Urząd Gminy Brudzew</span> <span>(UGBrudzew)</span></li>
    <li><a href="#">Zmień kontekst</a></li><li><a href="#">Wyloguj</a></li>
  </ul>
</div>`;
    case 'gov':
      return `<header role="banner" style="background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;display:flex;justify-content:space-between">
  <div><b style="color:#d4213d">gov.pl</b> <span>Ministerstwo Cyfryzacji</span></div>
  <div class="konto">Zalogowany: Jan Nowak · Organizacja: Urząd Gminy Brudzew (UGBrudzew) · <a href="#">Wyloguj</a></div>
</header>`;
  }
}

export interface PageSpec {
  title: string;
  header: Header;
  /** Above the form (breadcrumbs, heading, intro). */
  intro: string;
  container: Container;
  hostId: string;
  /** Static markup of the host (the first template) or a loading placeholder when mounted later. */
  initialHostHtml: string;
  prerendered: boolean;
  /** The config handed to the runtime (serialised as JSON). */
  cfg: Record<string, unknown>;
  /** The directory script (var KATALOG…; function szukajWKatalogu…). */
  catalogueJs: string;
  keys: string[];
  lateFrameMs?: number;
  footer?: string;
}

function emptyModel(keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, k === 'consent' ? 'false' : '']));
}

function proxyJs(getApp: string, keys: string[]): string {
  return `(function () {
  var EMPTY = ${JSON.stringify(emptyModel(keys))};
  function app() { try { return ${getApp}; } catch (e) { return null; } }
  window.__corpus = {
    model: function () { var a = app(); return a ? a.model() : JSON.parse(JSON.stringify(EMPTY)); },
    submitted: function () { var a = app(); return a ? a.submitted() : 0; },
    valid: function () { var a = app(); return a ? a.valid() : false; }
  };
})();`;
}

function doc(title: string, body: string, css = BASE_CSS): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const FOOTER = `<footer style="border-top:1px solid #ccc;padding:8px 16px;font-size:85%;color:#555">© Ministerstwo Cyfryzacji · <a href="#">Deklaracja dostępności</a> · <a href="#">Regulamin</a></footer>`;

export function buildPage(p: PageSpec): Record<string, string> {
  const cfgJs = `var CFG = ${JSON.stringify(p.cfg).replace(/<\//g, '<\\/')};`;
  const startInDoc = `${p.catalogueJs}
${RUNTIME_JS}
${cfgJs}
CFG.prerendered = ${p.prerendered};
var app = window.__corpusApp(CFG, document, document.getElementById(${JSON.stringify(p.hostId)}));
window.__app = app;
app.start();`;
  const footer = p.footer ?? FOOTER;
  if (p.container === 'none' || p.container === 'modal') {
    const hostDiv = `<div id="${p.hostId}">${p.initialHostHtml}</div>`;
    const main =
      p.container === 'none'
        ? `<main>${p.intro}${hostDiv}</main>`
        : `<main aria-hidden="true"><h1>Moje sprawy</h1><p>Wybierz rodzaj pisma, aby rozpocząć.</p><ul><li>Pismo ogólne do podmiotu publicznego (wersja robocza)</li><li>Wniosek o udostępnienie informacji publicznej</li></ul></main>
<div class="tlo" style="z-index:100"></div>
<div class="okno" role="dialog" aria-modal="true" aria-labelledby="okno-formularza-tytul" style="z-index:200;top:3%;max-height:92vh">
  <button type="button" style="float:right" aria-label="Zamknij okno">×</button>
  <h2 id="okno-formularza-tytul">Nowe pismo</h2>
  ${p.intro}${hostDiv}
</div>`;
    return {
      'index.html': doc(
        p.title,
        `${headerHtml(p.header)}
${main}
${footer}
<script>
${proxyJs('window.__app', p.keys)}
(function () {
${startInDoc}
})();
</script>`,
      ),
    };
  }
  if (p.container === 'shadow') {
    return {
      'index.html': doc(
        p.title,
        `${headerHtml(p.header)}
<main>${p.intro}<epuap-formularz id="formularz-aplikacji"></epuap-formularz></main>
${footer}
<script>
${proxyJs('window.__app', p.keys)}
(function () {
${p.catalogueJs}
${RUNTIME_JS}
${cfgJs}
CFG.prerendered = ${p.prerendered};
var INITIAL = ${JSON.stringify(p.initialHostHtml).replace(/<\//g, '<\\/')};
var CSS = ${JSON.stringify(BASE_CSS)};
class EpuapFormularz extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>' + CSS + '</style><div id="${p.hostId}">' + INITIAL + '</div>';
    var app = window.__corpusApp(CFG, root, root.querySelector('[id="${p.hostId}"]'));
    window.__app = app;
    app.start();
  }
}
customElements.define('epuap-formularz', EpuapFormularz);
})();
</script>`,
      ),
    };
  }
  // a same-origin frame: the form page is form.html; the top page holds the header and proxies __corpus
  const src = p.container === 'iframe' ? ' src="formularz.html"' : '';
  const late =
    p.container === 'iframe-late'
      ? `setTimeout(function () { document.getElementById('ramka-formularza').src = 'formularz.html'; }, ${p.lateFrameMs ?? 1000});`
      : '';
  const top = doc(
    p.title,
    `${headerHtml(p.header)}
<main style="max-width:none">${p.intro}
<iframe id="ramka-formularza" name="formularz" title="Formularz pisma"${src} style="width:100%;height:1100px;border:0"></iframe>
</main>
${footer}
<script>
${proxyJs("document.getElementById('ramka-formularza').contentWindow.__app", p.keys)}
${late}
</script>`,
  );
  const inner = doc(
    p.title,
    `<div id="${p.hostId}" style="padding:4px 12px">${p.initialHostHtml}</div>
<script>
(function () {
${startInDoc}
})();
</script>`,
    `${BASE_CSS}\n.okno { position: absolute; top: 16px; max-height: none; }\n.tlo { position: absolute; }`,
  );
  return { 'index.html': top, 'formularz.html': inner };
}
