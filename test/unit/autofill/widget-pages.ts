// The engine's own replica pages, one per widget mechanism of issue 14, in the corpus shape
// (see test/unit/corpus/harness.ts). Each page keeps its own model the way an app does and counts
// submissions; the independent corpus (test/corpus) is the real test, these pin the mechanisms down.

import type { Variant } from '../corpus/harness';

const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';
const BODY =
  'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP';

/** window.__corpus on the top page; `appOf` is a JS expression giving the app object ({ model, submits }). */
function corpusApi(appOf = 'window.__app'): string {
  return `<script>
window.__corpus = {
  model: () => Object.assign({}, (${appOf}).model),
  submitted: () => (${appOf}).submits,
  valid: () => (${appOf}).valid ? (${appOf}).valid() : true,
};
</script>`;
}

/** The app object and the submit guard every page has. */
const APP = `<script>
window.__app = { model: { recipient: '', rodzaj: '', tytul: '', tresc: '' }, submits: 0 };
document.addEventListener('submit', (e) => { e.preventDefault(); window.__app.submits++; }, true);
document.addEventListener('click', (e) => {
  const b = e.target.closest && e.target.closest('button, a, input[type=submit]');
  if (b && /wyślij|podpisz|dalej/i.test(b.textContent + ' ' + (b.value || ''))) window.__app.submits++;
}, true);
</script>`;

/** Search results the pages show for any query containing "cyfr" (decoys included). */
const RESULTS = `[
  { id: '/MCDep/Skrytka', name: 'Departament Cyfryzacji Ministerstwa Cyfryzacji', addr: 'ul. Królewska 27, Warszawa' },
  { id: '/MC/SkrytkaESP', name: 'Ministerstwo Cyfryzacji', addr: 'ul. Królewska 27, 00-060 Warszawa' },
  { id: '/COI/Skrytka', name: 'Ministerstwo Cyfryzacji - Centralny Ośrodek Informatyki', addr: 'ul. Żelazna 59A' },
  { id: '/MCT/Skrytka', name: 'Ministerstwo Cyfrowej Transformacji', addr: 'Warszawa' },
]`;

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const PISMO_EXPECTED = { recipient: '/MC/SkrytkaESP', rodzaj: 'WNIOSEK', tytul: TITLE, tresc: BODY };

function pismo(
  id: string,
  description: string,
  dimensions: Record<string, string>,
  files: Record<string, string>,
  extra: Partial<Variant> = {},
): Variant {
  return {
    id,
    form: 'pismo',
    description,
    dimensions,
    origin: 'hand',
    files,
    script: [],
    expected: PISMO_EXPECTED,
    outcome: 'filled',
    ...extra,
  };
}

/**
 * 1. The portal failure of issue 14: form in a frame, "Adresat *" with the marker beside the label and
 * "nie wybrano adresata" shown; dialog with a results table and "Wybierz" links; select text ≠ value.
 */
const frameWithMarker = pismo(
  'engine-frame-required-marker',
  'form in an iframe, required marker beside Adresat, dialog with results table',
  { container: 'frame', label: 'required-marker', widget: 'table-wybierz' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `<h1>Pismo ogólne do podmiotu publicznego</h1><iframe src="form.html" title="Formularz"></iframe>
       ${corpusApi("document.querySelector('iframe').contentWindow.__app")}`,
    ),
    'form.html': page(
      'Formularz',
      `${APP}<form id="f">
      <div class="row"><label>Adresat <span class="req">*</span></label>
        <span id="adr" class="value">nie wybrano adresata</span>
        <button type="button" id="open">Wybierz adresata</button></div>
      <div class="row"><label for="r">Rodzaj pisma <span class="req">*</span></label>
        <select id="r"><option value="">-- wybierz --</option><option value="SKARGA">Skarga</option><option value="WNIOSEK">Wniosek</option></select></div>
      <div class="row"><label for="t">Tytuł pisma:</label><input id="t" maxlength="250"><span class="counter">0 / 250</span></div>
      <div class="row"><label for="b">Treść pisma (wymagane)</label><textarea id="b"></textarea></div>
      <div class="akcje"><button type="submit">Dalej</button></div>
      </form>
      <div id="dlg" role="dialog" aria-modal="true" hidden><h2>Wyszukaj adresata</h2>
        <label for="q">Nazwa podmiotu</label><input id="q"><button type="button" id="go">Szukaj</button>
        <table><tbody id="res"></tbody></table></div>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      $('#open').onclick = () => { $('#dlg').hidden = false; };
      $('#go').onclick = () => {
        const q = $('#q').value.toLowerCase();
        setTimeout(() => {
          $('#res').innerHTML = ${RESULTS}.filter((r) => r.name.toLowerCase().includes(q.slice(0, 6)))
            .map((r) => '<tr><td>' + r.name + '</td><td>' + r.addr + '</td><td><a href="javascript:void 0" data-id="' + r.id + '">Wybierz</a></td></tr>').join('');
        }, 120);
      };
      $('#res').onclick = (e) => {
        const a = e.target.closest('a'); if (!a) return;
        const r = ${RESULTS}.find((x) => x.id === a.dataset.id);
        app.model.recipient = r.id; $('#adr').textContent = r.name; $('#dlg').hidden = true;
      };
      $('#r').onchange = () => { app.model.rodzaj = $('#r').value; };
      $('#t').oninput = () => { app.model.tytul = $('#t').value; };
      $('#b').addEventListener('change', () => { app.model.tresc = $('#b').value; });
      </script>`,
    ),
  },
);

/**
 * 2. A hidden native select behind a Select2-like widget whose options live in a portal in body;
 * an inline autocomplete (debounced, async) for the recipient with highlighted query spans; a
 * React-style value tracker on the title.
 */
const select2Portal = pismo(
  'engine-select2-autocomplete-react',
  'hidden select + Select2 portal, debounced inline autocomplete, React-style value tracker',
  { widget: 'select2', events: 'react', timing: 'debounced', container: 'overlay' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `${APP}<h2>Pismo ogólne do podmiotu publicznego</h2><form>
      <div><label for="adresat">Adresat</label>
        <input id="adresat" role="combobox" aria-expanded="false" aria-controls="adr-list" aria-autocomplete="list" placeholder="Wpisz nazwę podmiotu">
        <ul id="adr-list" role="listbox" hidden></ul></div>
      <div><label for="rodzaj">Rodzaj</label>
        <select id="rodzaj" style="display:none"><option value=""></option><option value="INFO">Informacja</option><option value="WNIOSEK">Wniosek</option></select>
        <span class="select2"><span class="select2-selection" role="combobox" aria-expanded="false" tabindex="0" aria-labelledby="rodzaj-shown"><span id="rodzaj-shown">Wybierz…</span></span></span></div>
      <div><label for="tytul">Tytuł</label><input id="tytul"></div>
      <div><label for="tresc">Treść</label><textarea id="tresc"></textarea></div>
      <button type="submit">Wyślij</button></form>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      // React-style tracker: the instance setter records the value, so only a native-setter change is news.
      for (const el of [$('#tytul'), $('#tresc')]) {
        const proto = Object.getPrototypeOf(el), desc = Object.getOwnPropertyDescriptor(proto, 'value');
        let tracked = el.value;
        Object.defineProperty(el, 'value', { configurable: true, get() { return desc.get.call(this); }, set(v) { tracked = String(v); desc.set.call(this, v); } });
        el.addEventListener('input', () => { const now = el.value; if (now !== tracked) { tracked = now; app.model[el.id] = now; } });
      }
      let timer;
      $('#adresat').addEventListener('input', () => {
        clearTimeout(timer); const q = $('#adresat').value.toLowerCase();
        app.model.recipient = '';
        timer = setTimeout(() => Promise.resolve().then(() => {
          const list = $('#adr-list');
          list.innerHTML = ${RESULTS}.filter((r) => q.length > 2 && r.name.toLowerCase().includes(q.slice(0, 8)))
            .map((r) => '<li role="option" data-id="' + r.id + '">' + r.name.replace(/(ministerstw\\w*)/i, '<mark>$1</mark>') + '<br><small>' + r.addr + '</small></li>').join('');
          list.hidden = false; $('#adresat').setAttribute('aria-expanded', 'true');
        }), 150);
      });
      $('#adr-list').addEventListener('click', (e) => {
        const li = e.target.closest('li'); if (!li) return;
        app.model.recipient = li.dataset.id; $('#adresat').value = li.textContent.replace(/ul\\..*$/, '').trim();
        $('#adr-list').hidden = true; $('#adresat').setAttribute('aria-expanded', 'false');
      });
      const sel = $('.select2-selection');
      sel.addEventListener('click', () => {
        let drop = document.getElementById('s2-drop');
        if (drop) { drop.remove(); return; }
        drop = document.createElement('ul'); drop.id = 's2-drop'; drop.setAttribute('role', 'listbox');
        sel.setAttribute('aria-controls', 's2-drop'); sel.setAttribute('aria-expanded', 'true');
        drop.innerHTML = Array.from($('#rodzaj').options).filter((o) => o.value).map((o) => '<li role="option" data-v="' + o.value + '">' + o.text + '</li>').join('');
        drop.onclick = (e) => { const li = e.target.closest('li'); $('#rodzaj').value = li.dataset.v; $('#rodzaj').dispatchEvent(new Event('change')); drop.remove(); sel.setAttribute('aria-expanded', 'false'); };
        document.body.appendChild(drop);
      });
      $('#rodzaj').addEventListener('change', () => { app.model.rodzaj = $('#rodzaj').value; $('#rodzaj-shown').textContent = $('#rodzaj').selectedOptions[0].text; });
      </script>${corpusApi()}`,
    ),
  },
);

/** 3. Radios + confirm inside the search dialog, a Chosen-style list without ARIA, change-only events. */
const radiosConfirmChosen = pismo(
  'engine-radios-confirm-chosen',
  'dialog with radio results and a confirm button, Chosen-style select without ARIA, change-only',
  { widget: 'chosen', search: 'radios-confirm', events: 'change-only' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `${APP}<h1>Pismo ogólne do podmiotu publicznego</h1><form>
      <fieldset><legend>Adresat</legend><p>Wybrany adresat: <b id="adr">brak</b></p>
        <button type="button" id="open">Zmień adresata</button></fieldset>
      <div><span class="lbl">Rodzaj pisma</span>
        <select id="rodzaj" class="chosen" style="display:none"><option value="">Wybierz rodzaj</option><option value="PODANIE">Podanie</option><option value="WNIOSEK">Wniosek</option></select>
        <div class="chosen-container"><a class="chosen-single"><span>Wybierz rodzaj</span></a><div class="chosen-drop" style="display:none"><ul class="chosen-results"></ul></div></div></div>
      <table><tr><th>Tytuł *</th><td><input name="tytul"></td></tr>
      <tr><th>Treść *</th><td><textarea name="tresc"></textarea></td></tr></table>
      <button type="button" onclick="document.forms[0].requestSubmit()">Podpisz i wyślij</button></form>
      <div id="dlg" role="dialog" style="display:none"><h3>Wyszukiwanie podmiotu</h3><input id="q" aria-label="Szukaj"><button type="button" id="go">Szukaj</button>
        <div id="res"></div><button type="button" id="ok">Zatwierdź wybór</button><button type="submit" form="x">Wyślij</button></div>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      $('#open').onclick = () => { $('#dlg').style.display = 'block'; };
      $('#go').onclick = () => {
        $('#res').innerHTML = ${RESULTS}.map((r, i) => '<div class="r"><input type="radio" name="pick" id="p' + i + '" value="' + r.id + '"><label for="p' + i + '">' + r.name.toUpperCase() + '</label> <small>' + r.addr + '</small></div>').join('');
      };
      $('#ok').onclick = () => {
        const r = document.querySelector('input[name=pick]:checked'); if (!r) return;
        app.model.recipient = r.value; $('#adr').textContent = r.nextElementSibling.textContent; $('#dlg').style.display = 'none';
      };
      const single = $('.chosen-single'), drop = $('.chosen-drop');
      single.onclick = () => {
        drop.style.display = drop.style.display === 'none' ? 'block' : 'none';
        $('.chosen-results').innerHTML = Array.from($('#rodzaj').options).filter((o) => o.value).map((o) => '<li class="active-result" data-v="' + o.value + '">' + o.text + '</li>').join('');
      };
      $('.chosen-results').onclick = (e) => { const li = e.target.closest('li'); $('#rodzaj').value = li.dataset.v; single.firstChild.textContent = li.textContent; drop.style.display = 'none'; $('#rodzaj').dispatchEvent(new Event('change')); };
      $('#rodzaj').addEventListener('change', () => { app.model.rodzaj = $('#rodzaj').value; });
      for (const n of ['tytul', 'tresc']) document.querySelector('[name=' + n + ']').addEventListener('change', (e) => { app.model[n] = e.target.value; });
      </script>${corpusApi()}`,
    ),
  },
);

/** 4. Web components with open shadow roots; recipient as result cards in upper case; blur validation. */
const shadowCards = pismo(
  'engine-shadow-cards',
  'controls inside open shadow roots, recipient cards, model written on blur',
  { container: 'shadow', search: 'cards', events: 'blur' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `${APP}<h1>Pismo ogólne do podmiotu publicznego</h1>
      <x-field key="rodzaj" label="Rodzaj pisma" kind="radio"></x-field>
      <x-field key="tytul" label="Tytuł pisma" kind="input"></x-field>
      <x-field key="tresc" label="Treść pisma" kind="textarea"></x-field>
      <section><h2>Adresat</h2><div class="chip" id="adr">—</div><button type="button" id="open">Ustaw/zmień adresata</button>
        <div id="search" hidden><input type="search" placeholder="Szukaj podmiotu"><button type="button" id="go">Szukaj</button><div id="cards"></div></div></section>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      customElements.define('x-field', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' }), key = this.getAttribute('key'), kind = this.getAttribute('kind');
          if (kind === 'radio') {
            root.innerHTML = '<fieldset><legend>' + this.getAttribute('label') + '</legend><label><input type="radio" name="r" value="SKARGA"> Skarga</label><label><input type="radio" name="r" value="WNIOSEK"> Wniosek</label></fieldset>';
            root.addEventListener('change', (e) => { app.model[key] = e.target.value; });
          } else {
            root.innerHTML = '<label for="c">' + this.getAttribute('label') + ' <abbr title="wymagane">*</abbr></label>' + (kind === 'input' ? '<input id="c">' : '<textarea id="c"></textarea>');
            root.querySelector('#c').addEventListener('blur', (e) => { app.model[key] = e.target.value; });
          }
        }
      });
      $('#open').onclick = () => { $('#search').hidden = false; };
      $('#go').onclick = () => {
        $('#cards').innerHTML = ${RESULTS}.map((r) => '<div class="card"><h4>' + r.name.toUpperCase() + '</h4><p>' + r.addr + '</p><p>ESP: ' + r.id + '</p><button type="button" data-id="' + r.id + '">Wybierz</button></div>').join('');
      };
      $('#cards').onclick = (e) => { const b = e.target.closest('button'); if (!b) return; app.model.recipient = b.dataset.id; $('#adr').textContent = b.parentElement.querySelector('h4').textContent; $('#search').hidden = true; };
      </script>${corpusApi()}`,
    ),
  },
);

/** 5. Rich-text editor in an iframe (TinyMCE-like), a contenteditable title, a listbox opened by a button. */
const richEditor = pismo(
  'engine-rich-editor-listbox-button',
  'iframe rich-text editor, contenteditable title, list opened by a button, options in body',
  { widget: 'rich-text', label: 'aria-labelledby' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `${APP}<h1>Pismo ogólne do podmiotu publicznego</h1>
      <div><span id="l-adr">Adresat</span>: <span id="adr" aria-labelledby="l-adr">nie wybrano</span> <a href="#" id="open">Wyszukaj adresata</a></div>
      <div id="dlg" role="dialog" hidden><input id="q" placeholder="Nazwa lub identyfikator"><button type="button" id="go">Znajdź</button><ul id="res"></ul><button type="button">Anuluj</button></div>
      <div><span id="l-rodzaj">Rodzaj pisma</span><button type="button" id="rodzaj" aria-haspopup="listbox" aria-labelledby="l-rodzaj rodzaj">— wybierz —</button></div>
      <div><span id="l-tytul">Tytuł pisma</span><div id="tytul" contenteditable="true" role="textbox" aria-labelledby="l-tytul"></div></div>
      <div><label for="ed">Treść pisma</label><textarea id="tresc" style="display:none"></textarea><iframe id="ed" title="Treść pisma" src="editor.html"></iframe></div>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      $('#open').onclick = (e) => { e.preventDefault(); $('#dlg').hidden = false; };
      $('#go').onclick = () => { setTimeout(() => { $('#res').innerHTML = ${RESULTS}.map((r) => '<li><button type="button" data-id="' + r.id + '">' + r.name + '</button> – ' + r.addr + '</li>').join(''); }, 80); };
      $('#res').onclick = (e) => { const b = e.target.closest('button'); if (!b) return; app.model.recipient = b.dataset.id; $('#adr').textContent = b.textContent; $('#dlg').hidden = true; };
      $('#rodzaj').onclick = () => {
        const ul = document.createElement('ul'); ul.setAttribute('role', 'listbox'); ul.id = 'rodzaj-list';
        ul.innerHTML = '<li role="option" data-v="SKARGA">Skarga</li><li role="option" data-v="WNIOSEK">Wniosek</li>';
        $('#rodzaj').setAttribute('aria-controls', 'rodzaj-list'); $('#rodzaj').setAttribute('aria-expanded', 'true');
        ul.onclick = (e) => { const li = e.target.closest('li'); app.model.rodzaj = li.dataset.v; $('#rodzaj').textContent = li.textContent; ul.remove(); $('#rodzaj').setAttribute('aria-expanded', 'false'); };
        document.body.appendChild(ul);
      };
      $('#tytul').addEventListener('input', () => { app.model.tytul = $('#tytul').textContent; });
      window.__editorChanged = (text) => { $('#tresc').value = text; app.model.tresc = text; };
      </script>${corpusApi()}`,
    ),
    'editor.html': `<!doctype html><html><head><meta charset="utf-8"></head><body contenteditable="true"><p><br></p>
      <script>document.body.addEventListener('input', () => parent.__editorChanged(document.body.textContent.trim()));</script></body></html>`,
  },
);

/** 6. A frame whose src is set late; two steps: the clerk presses "Dalej" and the assistant fills step 2. */
const lateFrameSteps = pismo(
  'engine-late-frame-two-steps',
  'iframe src set after load, two steps with Dalej pressed by the clerk',
  { container: 'frame', timing: 'late-mount', steps: 'two' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `<h1>Pismo ogólne do podmiotu publicznego</h1><iframe id="fr" title="Formularz"></iframe>
      <script>setTimeout(() => { document.getElementById('fr').src = 'form.html'; }, 100);</script>
      <script>window.__corpus = { model: () => Object.assign({}, document.getElementById('fr').contentWindow.__app.model),
        submitted: () => document.getElementById('fr').contentWindow.__app.submits, valid: () => true };</script>`,
    ),
    'form.html': page(
      'Formularz',
      `<script>window.__app = { model: { recipient: '', rodzaj: '', tytul: '', tresc: '' }, submits: 0 };
      document.addEventListener('submit', (e) => { e.preventDefault(); window.__app.submits++; }, true);</script>
      <form><div id="s1"><label for="adr-q">Adresat</label><input id="adr-q" role="combobox" aria-controls="adr-opts" aria-expanded="false"><div id="adr-opts" role="listbox"></div>
        <label for="r">Rodzaj pisma</label><select id="r"><option></option><option value="WNIOSEK">Wniosek</option><option value="INNE">Inne</option></select>
        <button type="button" id="next">Dalej</button></div>
      <div id="s2" hidden><label for="t">Tytuł pisma</label><input id="t"><label for="b">Treść pisma</label><textarea id="b"></textarea>
        <button type="submit">Wyślij</button></div></form>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      $('#adr-q').addEventListener('input', () => {
        const q = $('#adr-q').value.toLowerCase();
        setTimeout(() => { $('#adr-opts').innerHTML = ${RESULTS}.filter((r) => q && r.name.toLowerCase().startsWith(q.slice(0, 5))).map((r) => '<div role="option" data-id="' + r.id + '">' + r.name + '</div>').join(''); $('#adr-q').setAttribute('aria-expanded', 'true'); }, 60);
      });
      $('#adr-opts').onclick = (e) => { const o = e.target.closest('[role=option]'); app.model.recipient = o.dataset.id; $('#adr-q').value = o.textContent; $('#adr-opts').innerHTML = ''; };
      $('#r').onchange = () => { app.model.rodzaj = $('#r').value; };
      $('#next').onclick = () => { $('#s1').hidden = true; $('#s2').hidden = false; };
      $('#t').oninput = () => { app.model.tytul = $('#t').value; };
      $('#b').oninput = () => { app.model.tresc = $('#b').value; };
      </script>`,
    ),
  },
  { userSteps: [[{ action: 'click', selector: '#next', frames: ['#fr'] }]] },
);

/** 7–8. Two equal candidates (stop and ask) and no exact candidate (stop). */
function recipientOnly(id: string, results: string, outcome: Variant['outcome']): Variant {
  return pismo(
    id,
    outcome === 'ambiguous-recipient' ? 'two results named exactly like the recipient' : 'only decoys',
    { search: 'table', outcome },
    {
      'index.html': page(
        'Pismo ogólne do podmiotu publicznego',
        `${APP}<h1>Pismo ogólne do podmiotu publicznego</h1>
        <p>Adresat: <span id="adr"></span> <button type="button" id="open">Wybierz adresata</button></p>
        <div id="dlg" role="dialog" hidden><input id="q" aria-label="Nazwa podmiotu"><button type="button" id="go">Szukaj</button><table id="res"></table></div>
        <label for="t">Tytuł pisma</label><input id="t"><label for="b">Treść pisma</label><textarea id="b"></textarea>
        <label for="r">Rodzaj</label><select id="r"><option>Wniosek</option></select>
        <script>
        const app = window.__app, $ = (s) => document.querySelector(s), R = ${results};
        $('#open').onclick = () => { $('#dlg').hidden = false; };
        $('#go').onclick = () => { $('#res').innerHTML = R.map((r) => '<tr><td>' + r.name + '</td><td>' + r.id + '</td><td><button type="button" data-id="' + r.id + '">Wybierz</button></td></tr>').join(''); };
        $('#res').onclick = (e) => { const b = e.target.closest('button'); if (b) app.model.recipient = b.dataset.id; };
        </script>${corpusApi()}`,
      ),
    },
    { outcome, expected: { recipient: '' } },
  );
}
const ambiguous = recipientOnly(
  'engine-two-equal-recipients',
  `[{ id: '/MC/SkrytkaESP', name: 'Ministerstwo Cyfryzacji' }, { id: '/MC/Dokumenty', name: 'MINISTERSTWO CYFRYZACJI' }, { id: '/D', name: 'Departament Ministerstwa Cyfryzacji' }]`,
  'ambiguous-recipient',
);
const absent = recipientOnly(
  'engine-only-decoys',
  `[{ id: '/MCT', name: 'Ministerstwo Cyfrowej Transformacji' }, { id: '/COI', name: 'Ministerstwo Cyfryzacji - Centralny Ośrodek Informatyki' }, { id: '/D', name: 'Departament Ministerstwa Cyfryzacji' }]`,
  'no-recipient',
);

const MC_EXPECTED_BASE = {
  applicant: 'Gmina Brudzew',
  street: 'ul. Turecka',
  buildingNumber: '18',
  postalCode: '62-720',
  town: 'Brudzew',
  regon: '311019349',
  nip: '6681002396',
  email: 'sekretariat@brudzew.pl',
  phone: '63 288 40 02',
  platformDomain: 'eurzad.brudzew.pl',
  epuapLogin: 'jnowak_ug',
  epuapOrgId: 'UGBrudzew',
  signatoryRole: 'Wójt',
  consent: 'false',
  revokePassword: '*password*',
  revokePasswordRepeat: '*password*',
  p12Password: '*password*',
  p12PasswordRepeat: '*password*',
};

const MC_APP = `<script>
window.__app = { model: {}, submits: 0, valid: () => Array.from(document.querySelectorAll('input')).every((i) => i.checkValidity()) && window.__app.rules() };
document.addEventListener('submit', (e) => { e.preventDefault(); window.__app.submits++; }, true);
window.bindModel = (root) => {
  for (const el of root.querySelectorAll('input[data-k]')) {
    const k = el.dataset.k;
    window.__app.model[k] = el.type === 'checkbox' ? String(el.checked) : el.value;
    el.addEventListener(el.type === 'checkbox' ? 'change' : 'input', () => { window.__app.model[k] = el.type === 'checkbox' ? String(el.checked) : el.value; });
  }
}
</script>`;

/** 9. MC form: first name and surname apart, "Hasło"/"Powtórz hasło" told apart by legends, letters and digits only. */
const mcSplit: Variant = {
  id: 'engine-mc-split-name-legends',
  form: 'mc',
  description: 'first name and surname apart, two "Hasło" pairs under legends, letters and digits only',
  dimensions: { label: 'legend-groups', names: 'split', rules: 'alnum-pattern' },
  origin: 'hand',
  script: [],
  outcome: 'filled',
  expected: { ...MC_EXPECTED_BASE, signatoryFirstName: 'Jan', signatoryLastName: 'Nowak' },
  files: {
    'index.html': page(
      'Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP',
      `${MC_APP}<h1>Formularz dla wniosku o wydanie certyfikatu</h1><form>
      <fieldset><legend>Dane jednostki</legend>
        <label>Nazwa jednostki * <input data-k="applicant" required></label>
        <label>Ulica <input data-k="street"></label><label>Numer budynku <input data-k="buildingNumber"></label>
        <label>Kod pocztowy <input data-k="postalCode" pattern="\\d{2}-\\d{3}"></label><label>Miejscowość <input data-k="town"></label>
        <label>REGON <input data-k="regon" pattern="\\d{9}|\\d{14}"></label><label>NIP <input data-k="nip" pattern="\\d{10}"></label>
        <label>E-mail <input type="email" data-k="email"></label><label>Telefon <input type="tel" data-k="phone"></label></fieldset>
      <fieldset><legend>System</legend><label>Adres domeny lub stały numer IP <input data-k="platformDomain"></label>
        <label>Login użytkownika ePUAP <input data-k="epuapLogin"></label><label>Identyfikator podmiotu publicznego <input data-k="epuapOrgId"></label></fieldset>
      <fieldset><legend>Osoba podpisująca wniosek</legend><label>Imię <input data-k="signatoryFirstName" required></label>
        <label>Nazwisko <input data-k="signatoryLastName" required></label><label>Stanowisko <input data-k="signatoryRole"></label></fieldset>
      <p class="hint">Hasła: od 12 do 16 znaków, tylko litery i cyfry.</p>
      <fieldset><legend>Hasło do unieważnienia certyfikatu</legend>
        <label>Hasło <input type="password" data-k="revokePassword" pattern="[A-Za-z0-9]{12,16}" required></label>
        <label>Powtórz hasło <input type="password" data-k="revokePasswordRepeat" required></label></fieldset>
      <fieldset><legend>Hasło do pliku p12</legend>
        <label>Hasło <input type="password" data-k="p12Password" pattern="[A-Za-z0-9]{12,16}" required></label>
        <label>Powtórz hasło <input type="password" data-k="p12PasswordRepeat" required></label></fieldset>
      <label><input type="checkbox" data-k="consent"> Oświadczam, że dane są prawdziwe</label>
      <button type="submit">Wyślij formularz</button></form>
      <script>window.bindModel(document);
      window.__app.rules = () => { const m = window.__app.model; return /^[A-Za-z0-9]{12,16}$/.test(m.revokePassword) && /^[A-Za-z0-9]{12,16}$/.test(m.p12Password) && m.revokePassword === m.revokePasswordRepeat && m.p12Password === m.p12PasswordRepeat; };
      </script>${corpusApi()}`,
    ),
  },
};

/**
 * 10. A title input that only takes typed keys (programmatic values are reverted), and a PrimeFaces-like
 * selectOneMenu whose model changes only through its own panel (appended to body), never through the
 * hidden select.
 */
const keysAndPanel = pismo(
  'engine-keys-only-selectonemenu',
  'input that reverts programmatic values, selectOneMenu whose model follows only its panel',
  { events: 'keys-only', widget: 'selectonemenu', container: 'overlay' },
  {
    'index.html': page(
      'Pismo ogólne do podmiotu publicznego',
      `${APP}<h1>Pismo ogólne do podmiotu publicznego</h1><form id="form">
      <p>Adresat: <span id="adr">nie wybrano</span> <button type="button" id="open">Wybierz adresata</button></p>
      <div id="dlg" role="dialog" hidden><input id="q" aria-label="Nazwa podmiotu"><button type="button" id="go">Szukaj</button><table id="res"></table></div>
      <label for="form:rodzaj_input">Rodzaj pisma</label>
      <div class="ui-helper-hidden-accessible" style="display:none"><select id="form:rodzaj_input"><option value="">Wybierz</option><option value="WNIOSEK">Wniosek</option><option value="SKARGA">Skarga</option></select></div>
      <div class="ui-selectonemenu" id="menu"><label class="ui-selectonemenu-label">Wybierz</label><span class="ui-selectonemenu-trigger">▾</span></div>
      <label for="t">Tytuł pisma</label><input id="t">
      <label for="b">Treść pisma</label><textarea id="b"></textarea>
      <input type="file" id="zal" style="display:none"><button type="button">Dodaj załącznik</button>
      </form>
      <script>
      const app = window.__app, $ = (s) => document.querySelector(s);
      $('#open').onclick = () => { $('#dlg').hidden = false; };
      $('#go').onclick = () => { $('#res').innerHTML = ${RESULTS}.map((r) => '<tr><td>' + r.name + '</td><td><button type="button" data-id="' + r.id + '">Wybierz</button></td></tr>').join(''); };
      $('#res').onclick = (e) => { const b = e.target.closest('button'); if (!b) return; app.model.recipient = b.dataset.id; $('#adr').textContent = b.closest('tr').cells[0].textContent; $('#dlg').hidden = true; };
      let buffer = '';
      $('#t').addEventListener('keydown', (e) => { if (e.key.length === 1) buffer += e.key; });
      $('#t').addEventListener('input', () => { if ($('#t').value !== buffer) $('#t').value = buffer; app.model.tytul = buffer; });
      $('#b').addEventListener('input', () => { app.model.tresc = $('#b').value; });
      const select = document.getElementById('form:rodzaj_input');
      select.parentElement.nextElementSibling.addEventListener('click', () => {
        if (document.getElementById('panel')) return;
        const panel = document.createElement('div'); panel.id = 'panel'; panel.className = 'ui-selectonemenu-panel';
        panel.innerHTML = '<ul>' + Array.from(select.options).map((o) => '<li data-v="' + o.value + '">' + o.text + '</li>').join('') + '</ul>';
        panel.onclick = (e) => { const li = e.target.closest('li'); select.value = li.dataset.v; app.model.rodzaj = li.dataset.v; $('#menu label').textContent = li.textContent; panel.remove(); };
        document.body.appendChild(panel);
      });
      </script>${corpusApi()}`,
    ),
  },
);

export const WIDGET_PAGES: Variant[] = [
  keysAndPanel,
  frameWithMarker,
  select2Portal,
  radiosConfirmChosen,
  shadowCards,
  richEditor,
  lateFrameSteps,
  ambiguous,
  absent,
  mcSplit,
];
