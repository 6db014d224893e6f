// Generated variants of ePUAP's "Pismo ogólne do podmiotu publicznego".

import { catalogue, catalogueJs, type Scenario } from './catalogue';
import {
  type Decoration,
  esc,
  type FieldDef,
  type Kind,
  type LabelStyle,
  type Option,
  renderGroup,
} from './markup';
import { buildPage, type Container, type Header } from './page';
import { hex, type Pick, pairwise, prng } from './sample';
import type { CorpusVariant, ScriptStep } from './types';
import { PISMO_TEXTS } from './values';

export const PISMO_DIMS = {
  label: [
    'for',
    'wrapping',
    'aria-label',
    'aria-labelledby',
    'th',
    'text',
    'placeholder',
    'legend',
    'heading',
  ],
  decoration: ['none', 'star', 'wymagane', 'obowiazkowe', 'colon', 'help', 'counter', 'upper', 'ascii'],
  widget: ['select', 'radio', 'combobox', 'combobox-owns', 'buttonlist', 'primefaces', 'select2', 'chosen'],
  body: ['textarea', 'contenteditable', 'ckeditor', 'tinymce'],
  events: ['input', 'change', 'react', 'blur'],
  timing: ['static', 'late-mount', 'rerender', 'late-rerender'],
  container: ['none', 'iframe', 'iframe-late', 'shadow', 'modal'],
  recipient: ['modal', 'autocomplete', 'table', 'radio', 'cards'],
  searchIn: ['dialog', 'inline'],
  results: ['plain', 'upper', 'mark', 'span'],
  resultExtra: ['none', 'address', 'esp', 'both'],
  shown: ['readonly', 'chip', 'text'],
  empty: ['nie-wybrano', 'brak', 'dash'],
  steps: ['one', 'two'],
  wording: ['a', 'b', 'c'],
  values: ['a', 'b', 'c', 'd'],
  recipientKey: ['esp', 'id'],
  ids: ['plain', 'jsf', 'angular', 'random'],
  attachment: ['visible', 'plus', 'dropzone'],
  searchName: ['ustaw', 'wybierz', 'wyszukaj', 'zmien'],
  adresatStar: ['yes', 'no'],
} as const;

const VALUE_SETS: Record<string, Option[]> = {
  a: [
    { v: '', t: 'Wybierz…' },
    { v: 'PD', t: 'Podanie' },
    { v: 'WN', t: 'Wniosek' },
    { v: 'SK', t: 'Skarga' },
    { v: 'ZZ', t: 'Zażalenie' },
    { v: 'IN', t: 'Inne' },
  ],
  b: [
    { v: '', t: '-- wybierz z listy --' },
    { v: '1', t: 'Podanie' },
    { v: '2', t: 'Wniosek' },
    { v: '3', t: 'Wyjaśnienie' },
    { v: '4', t: 'Odwołanie' },
    { v: '5', t: 'Inne pismo' },
  ],
  c: [
    { v: '', t: 'Wybierz rodzaj' },
    { v: 'podanie', t: 'Podanie' },
    { v: 'wniosek-uip', t: 'Wniosek o udostępnienie informacji publicznej' },
    { v: 'wniosek', t: 'Wniosek' },
    { v: 'skarga', t: 'Skarga' },
    { v: 'inne', t: 'Inne' },
  ],
  d: [
    { v: '', t: '(brak)' },
    { v: 'INFORMACJA', t: 'Informacja' },
    { v: 'WNIOSEK', t: 'Wniosek' },
    { v: 'PODANIE', t: 'Podanie' },
    { v: 'ZAWIADOMIENIE', t: 'Zawiadomienie' },
  ],
};

const WORDING = {
  a: { rodzaj: 'Rodzaj pisma', tytul: 'Tytuł pisma', tresc: 'Treść pisma', group: 'Treść dokumentu' },
  b: { rodzaj: 'Rodzaj dokumentu', tytul: 'Tytuł', tresc: 'Treść', group: 'Dane pisma' },
  c: { rodzaj: 'Rodzaj pisma', tytul: 'Temat', tresc: 'Opis sprawy', group: 'Sprawa' },
} as const;

const SEARCH_NAMES = {
  ustaw: 'Ustaw/zmień adresata',
  wybierz: 'Wybierz adresata',
  wyszukaj: 'Wyszukaj adresata',
  zmien: 'Zmień adresata',
} as const;

const EMPTY = { 'nie-wybrano': 'nie wybrano adresata', brak: 'brak', dash: '—' } as const;

function widgetKind(w: string): Kind {
  if (w === 'combobox-owns') return 'combobox';
  return w as Kind;
}

function valid(p: Pick): boolean {
  const rich = p.body === 'ckeditor' || p.body === 'tinymce';
  if (rich && (p.timing === 'rerender' || p.timing === 'late-rerender' || p.container === 'shadow'))
    return false;
  if (p.recipient === 'modal' && p.searchIn === 'inline') return false;
  if (p.label === 'th' && p.container === 'modal' && p.recipient === 'cards') return false;
  return true;
}

class Ids {
  private n = 0;
  constructor(
    private scheme: string,
    private rnd: () => number,
  ) {}
  id(plain: string): string {
    this.n++;
    switch (this.scheme) {
      case 'jsf':
        return `j_id_${(this.n * 7 + 3).toString(36)}:${plain === 'form' ? 'j_id_1' : `j_id_${hex(this.rnd, 2)}`}`;
      case 'angular':
        return `mat-${plain === 'tresc' ? 'input' : plain === 'rodzaj' ? 'select' : 'input'}-${this.n + 2}`;
      case 'random':
        return `f_${hex(this.rnd, 4)}_${hex(this.rnd, 2)}`;
      default:
        return plain;
    }
  }
}

const q = (id: string) => `[id="${id}"]`;

export function pismoVariants(count = 140): CorpusVariant[] {
  const picks = pairwise(PISMO_DIMS, count, valid, 20261201);
  return picks.map((p, i) => buildPismo(p, i));
}

function buildPismo(p: Pick, i: number): CorpusVariant {
  const rnd = prng(1000 + i);
  const ids = new Ids(p.ids as string, rnd);
  const label = p.label as LabelStyle;
  const deco = p.decoration as Decoration;
  const w = WORDING[p.wording as keyof typeof WORDING];
  const options = VALUE_SETS[p.values as string] as Option[];
  const outcome: Scenario = i % 28 === 5 ? 'no-recipient' : i % 28 === 19 ? 'ambiguous-recipient' : 'filled';
  const twoSteps = p.steps === 'two';
  const rerender = p.timing === 'rerender' || p.timing === 'late-rerender';
  const late = p.timing === 'late-mount' || p.timing === 'late-rerender';
  const mountDelay = late ? 200 + Math.floor(rnd() * 900) : 0;
  const delay = 150 + Math.floor(rnd() * 450);

  const rodzaj: FieldDef = {
    key: 'rodzaj',
    kind: widgetKind(p.widget as string),
    id: ids.id('rodzaj'),
    htmlName: p.ids === 'jsf' ? 'j_id_7:rodzaj' : 'rodzaj',
    name: w.rodzaj,
    short: 'Rodzaj',
    generic: 'Wybierz z listy',
    required: true,
    options,
    rel: p.widget === 'combobox-owns' ? 'owns' : 'controls',
  };
  const tytul: FieldDef = {
    key: 'tytul',
    kind: 'text',
    id: ids.id('tytul'),
    htmlName: p.ids === 'jsf' ? 'j_id_7:tytul' : 'tytul',
    name: w.tytul,
    short: 'Tytuł',
    generic: 'Wpisz tekst (maks. 250 znaków)',
    required: true,
    attrs: 'maxlength="250"',
    max: 250,
  };
  const bodyKind: Kind =
    p.body === 'textarea' ? 'textarea' : p.body === 'contenteditable' ? 'editable' : ('rich' as Kind);
  const tresc: FieldDef = {
    key: 'tresc',
    kind: bodyKind,
    id: ids.id('tresc'),
    htmlName: p.ids === 'jsf' ? 'j_id_7:tresc' : 'tresc',
    name: w.tresc,
    short: 'Treść',
    generic: 'Wpisz treść',
    required: true,
    attrs: bodyKind === 'textarea' ? 'maxlength="4000"' : undefined,
    max: bodyKind === 'textarea' ? 4000 : undefined,
    rich: p.body === 'tinymce' ? 'tiny' : 'ck',
  };
  const decoy: FieldDef | undefined =
    i % 3 === 0
      ? {
          key: 'sygnatura',
          kind: 'text',
          id: ids.id('sygnatura'),
          htmlName: 'sygnatura',
          name: i % 2 ? 'Sygnatura sprawy (jeśli dotyczy)' : 'Miejscowość i data',
          short: 'Sygnatura',
          generic: 'Wpisz tekst',
          required: false,
        }
      : undefined;

  // ---- recipient section
  const R = {
    ui: p.recipient as string,
    inDialog: p.recipient === 'modal' || p.searchIn === 'dialog',
    dialog: `${ids.id('dlg').replace(/:/g, '_')}-okno`,
    open: ids.id('ustaw'),
    input: ids.id('szukaj'),
    button: ids.id('szukaj-btn'),
    results: ids.id('wyniki').replace(/:/g, '_'),
    status: ids.id('status'),
    display: ids.id('adresat'),
  };
  const star = p.adresatStar === 'yes' ? ' <span class="wymagane">*</span>' : '';
  const emptyText = EMPTY[p.empty as keyof typeof EMPTY];
  const displayHtml =
    p.shown === 'readonly'
      ? `<input type="text" id="${R.display}" readonly aria-labelledby="${R.display}-etykieta" placeholder="${esc(emptyText)}" size="50">`
      : `<span id="${R.display}" class="${p.shown === 'chip' ? 'chipy' : 'adresat-tekst'}" aria-labelledby="${R.display}-etykieta">${esc(emptyText)}</span>`;
  const searchName = SEARCH_NAMES[p.searchName as keyof typeof SEARCH_NAMES];
  const autocomplete = R.ui === 'autocomplete';
  const searchBlock = autocomplete
    ? `<label for="${R.input}">${R.inDialog ? 'Nazwa podmiotu publicznego' : 'Wyszukaj adresata (wpisz co najmniej 3 znaki)'}</label>
<input type="text" id="${R.input}" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${R.results}" autocomplete="off" size="50">
<ul id="${R.results}" role="listbox" class="podpowiedzi" aria-label="Podpowiedzi" hidden></ul>
<p id="${R.status}" class="status" aria-live="polite"></p>`
    : `<label for="${R.input}">${i % 2 ? 'Nazwa lub identyfikator podmiotu' : 'Nazwa podmiotu'}</label>
<input type="search" id="${R.input}" autocomplete="off" size="44">
<button type="button" id="${R.button}">${R.inDialog ? 'Szukaj' : i % 2 ? 'Szukaj' : searchName}</button>
<p id="${R.status}" class="status" aria-live="polite"></p>
${R.ui === 'modal' ? `<ul id="${R.results}" class="lista-wynikow"></ul>` : `<div id="${R.results}" class="wyniki-wyszukiwania"></div>`}`;
  const dialogHtml = R.inDialog
    ? `<div id="${R.dialog}-tlo" class="tlo" hidden></div>
<div id="${R.dialog}" class="okno" role="dialog" aria-modal="true" aria-labelledby="${R.dialog}-tytul" hidden>
<h2 id="${R.dialog}-tytul">${i % 2 ? 'Wyszukiwanie adresata' : 'Wybór adresata'}</h2>
${searchBlock}
<p><button type="button" id="${R.dialog}-zamknij">Zamknij</button></p>
</div>`
    : '';
  const recipientSection = `<section class="sekcja-adresat">
<div class="pole"><span class="etykieta" id="${R.display}-etykieta">${deco === 'upper' ? 'ADRESAT' : i % 4 === 1 ? 'Adresat pisma' : 'Adresat'}${star}</span>
${displayHtml}
${R.inDialog ? `<button type="button" id="${R.open}">${searchName}</button>` : ''}
</div>
${R.inDialog ? '' : `<div class="wyszukiwarka">${searchBlock}</div>`}
</section>`;

  // ---- attachment
  const fileId = ids.id('plik');
  const attachment =
    p.attachment === 'visible'
      ? `<div class="pole"><label for="${fileId}">Załącznik</label><input type="file" id="${fileId}" name="zalacznik" accept=".pdf,.xml,.jpg"></div>`
      : p.attachment === 'plus'
        ? `<div class="pole"><span class="etykieta">Załączniki</span><button type="button" data-plik="${fileId}" aria-label="Dodaj załącznik" title="Dodaj załącznik">+</button><input type="file" id="${fileId}" name="zalacznik" hidden><p class="podpowiedz">Dopuszczalne formaty: PDF, XML, JPG (maks. 5 MB).</p></div>`
        : `<div class="pole strefa-zrzutu" style="border:2px dashed #aaa;padding:14px;max-width:620px">Przeciągnij plik tutaj lub <button type="button" data-plik="${fileId}">wybierz plik z dysku</button><input type="file" id="${fileId}" name="zalacznik" style="display:none"></div>`;

  // ---- forward controls
  const formId = ids.id('form');
  const nextId = ids.id('dalej');
  const backId = ids.id('wstecz');
  const sendId = ids.id('wyslij');
  const send2Id = ids.id('dalej2');
  const forward: { id: string; kind: string }[] = [];
  let t1: string;
  let t2 = '';
  const grp1 = renderGroup(
    twoSteps ? 'Rodzaj pisma' : w.group,
    twoSteps ? [rodzaj] : [rodzaj, tytul, tresc, ...(decoy ? [decoy] : [])],
    label,
    deco,
    i,
    label === 'legend' ? 'fieldset' : 'heading',
  );
  const counters = [...grp1.counters];
  const formTag = `<form id="${formId}" name="${formId}" action="wyslij.html" method="post">`;
  if (twoSteps) {
    const grp2 = renderGroup(
      w.group,
      [tytul, tresc, ...(decoy ? [decoy] : [])],
      label,
      deco,
      i + 3,
      label === 'legend' ? 'fieldset' : 'heading',
    );
    counters.push(...grp2.counters);
    t1 = `${formTag}<p class="kroki">Krok 1 z 2: Adresat i rodzaj pisma</p>${recipientSection}${grp1.html}
<p id="komunikat-kroku" role="alert"></p>
<div class="akcje"><button type="button" id="${nextId}">Dalej</button></div>
${dialogHtml}</form>`;
    t2 = `${formTag}<p class="kroki">Krok 2 z 2: Treść i załączniki</p>${grp2.html}
<section><h2>Załączniki</h2>${attachment}</section>
<div class="akcje"><button type="button" id="${backId}">Wstecz</button><button type="submit" id="${send2Id}">Dalej</button><button type="button" id="${sendId}">Podpisz i wyślij</button></div></form>`;
    forward.push(
      { id: nextId, kind: 'next' },
      { id: backId, kind: 'back' },
      { id: send2Id, kind: 'send' },
      { id: sendId, kind: 'send' },
    );
  } else {
    t1 = `${formTag}${recipientSection}${grp1.html}
<section><h2>Załączniki</h2>${attachment}</section>
<div class="akcje"><button type="submit" id="${nextId}">Dalej</button><button type="button" id="${sendId}">Podpisz i wyślij</button>${i % 5 === 0 ? `<button type="button" id="${send2Id}">Wyślij</button>` : ''}</div>
${dialogHtml}</form>`;
    forward.push({ id: nextId, kind: 'send' }, { id: sendId, kind: 'send' }, { id: send2Id, kind: 'send' });
  }

  const keys = ['recipient', 'rodzaj', 'tytul', 'tresc'];
  const cfg = {
    form: 'pismo',
    keys,
    events: p.events,
    rerender,
    mountDelay,
    fields: [rodzaj, tytul, tresc].map((f) => ({
      key: f.key,
      kind: f.kind,
      id: f.id,
      options: f.options,
      rel: f.rel,
      rich: f.rich,
      required: f.required,
      placeholder: label === 'placeholder' ? `— ${f.name} —` : f.options?.[0]?.t,
    })),
    templates: twoSteps ? [t1, t2] : [t1],
    stepKeys: [['recipient', 'rodzaj']],
    counters,
    forward,
    required: keys,
    recipient: {
      ui: autocomplete ? 'autocomplete' : R.ui === 'modal' ? 'list' : R.ui,
      dialog: R.inDialog ? R.dialog : '',
      open: R.inDialog ? R.open : '',
      input: R.input,
      button: R.button,
      results: R.results,
      status: R.status,
      display: R.display,
      show: p.shown,
      empty: emptyText,
      text: p.results,
      extra: p.resultExtra,
      keyBy: p.recipientKey,
      delay,
      debounce: 150 + Math.floor(rnd() * 300),
    },
  };

  const titles = [
    'Pismo ogólne do podmiotu publicznego - ePUAP',
    'ePUAP - Pismo ogólne do podmiotu publicznego',
    'Formularz: Pismo ogólne do podmiotu publicznego',
  ];
  const container = p.container as Container;
  const headers: Header[] = ['epuap-inline', 'epuap-dl', 'epuap-menu'];
  const intro = `<p class="okruszki"><a href="#">Katalog spraw</a> › <a href="#">Sprawy ogólne</a> › Pismo ogólne do podmiotu publicznego</p>
<h1>${i % 7 === 3 ? 'Pismo ogólne' : 'Pismo ogólne do podmiotu publicznego'}</h1>
${i % 7 === 3 ? '<p class="podtytul">Pismo ogólne do podmiotu publicznego — formularz</p>' : ''}`;
  const files = buildPage({
    title: titles[i % 3] as string,
    header: headers[i % 3] as Header,
    intro,
    container,
    hostId: ids.id('app').replace(/:/g, '_'),
    initialHostHtml: late ? '<p class="ladowanie" aria-busy="true">Ładowanie formularza…</p>' : t1,
    prerendered: !late,
    cfg,
    catalogueJs: catalogueJs(outcome, i),
    keys,
    lateFrameMs: 300 + Math.floor(rnd() * 700),
  });

  // ---- the script a person would write
  const frames = container === 'iframe' || container === 'iframe-late' ? ['#ramka-formularza'] : undefined;
  const fr = frames ? { frames } : {};
  const blurAfter = p.events === 'change' || p.events === 'blur';
  const steps1: ScriptStep[] = [];
  const steps2: ScriptStep[] = [];
  // recipient
  const mc = catalogue(outcome, i).find(
    (e) => e.name === 'Ministerstwo Cyfryzacji' && e.esp === '/MC/SkrytkaESP',
  );
  const rec: ScriptStep[] = [];
  if (R.inDialog) rec.push({ action: 'click', selector: q(R.open), ...fr });
  if (autocomplete) rec.push({ action: 'type', selector: q(R.input), value: PISMO_TEXTS.query, ...fr });
  else {
    rec.push({ action: 'fill', selector: q(R.input), value: PISMO_TEXTS.query, ...fr });
    rec.push({ action: 'click', selector: q(R.button), ...fr });
  }
  if (mc) {
    const row = `${q(R.results)} [data-id="${mc.id}"]`;
    rec.push({ action: 'waitFor', selector: row, ...fr });
    if (autocomplete) rec.push({ action: 'click', selector: row, ...fr });
    else if (R.ui === 'radio') {
      rec.push({ action: 'check', selector: `${row} input[type=radio]`, ...fr });
      rec.push({ action: 'click', selector: `${q(R.results)} .zatwierdz`, ...fr });
    } else rec.push({ action: 'click', selector: `${row} .wybierz`, ...fr });
  } else {
    rec.push({ action: 'waitFor', selector: `${q(R.status)}:has-text("Znaleziono")`, ...fr });
    if (R.inDialog) rec.push({ action: 'click', selector: q(`${R.dialog}-zamknij`), ...fr });
    else if (autocomplete) rec.push({ action: 'press', selector: q(R.input), key: 'Escape', ...fr });
  }
  steps1.push(...rec);
  if (late)
    steps1.unshift({
      action: 'waitFor',
      selector: q(R.display.startsWith('[') ? R.display : R.display),
      ...fr,
    });
  // rodzaj
  const wn = options.find((o) => o.t === 'Wniosek') as Option;
  const wnIdx = options.filter((o) => o.v !== '').indexOf(wn);
  const rodzajSteps: ScriptStep[] = [];
  switch (rodzaj.kind) {
    case 'select':
      rodzajSteps.push({ action: 'selectOption', selector: q(rodzaj.id), value: 'Wniosek', ...fr });
      break;
    case 'radio':
      rodzajSteps.push({ action: 'check', selector: q(`${rodzaj.id}_${wnIdx}`), ...fr });
      break;
    case 'combobox':
      rodzajSteps.push({ action: 'click', selector: q(rodzaj.id), ...fr });
      rodzajSteps.push({ action: 'click', selector: q(`${rodzaj.id}-opcja-${wnIdx}`), ...fr });
      break;
    case 'buttonlist':
      rodzajSteps.push({ action: 'click', selector: q(rodzaj.id), ...fr });
      rodzajSteps.push({
        action: 'click',
        selector: `${q(`${rodzaj.id}-menu`)} a[data-value="${wn.v}"]`,
        ...fr,
      });
      break;
    case 'primefaces':
      rodzajSteps.push({ action: 'click', selector: q(rodzaj.id), ...fr });
      rodzajSteps.push({
        action: 'click',
        selector: `${q(`${rodzaj.id}_panel`)} li[data-label="Wniosek"]`,
        ...fr,
      });
      break;
    case 'select2':
      rodzajSteps.push({ action: 'click', selector: q(`select2-${rodzaj.id}-container`), ...fr });
      rodzajSteps.push({
        action: 'click',
        selector: `${q(`select2-${rodzaj.id}-results`)} li:text-is("Wniosek")`,
        ...fr,
      });
      break;
    case 'chosen':
      rodzajSteps.push({ action: 'click', selector: `${q(`${rodzaj.id}_chosen`)} .chosen-single`, ...fr });
      rodzajSteps.push({
        action: 'click',
        selector: `${q(`${rodzaj.id}_chosen`)} li:text-is("Wniosek")`,
        ...fr,
      });
      break;
  }
  steps1.push(...rodzajSteps);
  const textSteps: ScriptStep[] = [];
  textSteps.push({ action: 'fill', selector: q(tytul.id), value: PISMO_TEXTS.tytul, ...fr });
  if (blurAfter) textSteps.push({ action: 'press', selector: q(tytul.id), key: 'Tab', ...fr });
  if (tresc.kind === 'rich') {
    textSteps.push({
      action: 'fill',
      selector: 'body',
      value: PISMO_TEXTS.tresc,
      frames: [...(frames ?? []), q(`${tresc.id}_ifr`)],
    });
  } else {
    textSteps.push({ action: 'fill', selector: q(tresc.id), value: PISMO_TEXTS.tresc, ...fr });
    if (blurAfter) textSteps.push({ action: 'press', selector: q(tresc.id), key: 'Tab', ...fr });
  }
  if (twoSteps) steps2.push(...textSteps);
  else steps1.push(...textSteps);

  const userSteps: ScriptStep[][] | undefined = twoSteps
    ? [
        [
          { action: 'click', selector: q(nextId), ...fr },
          { action: 'waitFor', selector: q(tytul.id), ...fr },
        ],
      ]
    : undefined;
  const script = twoSteps ? [...steps1, ...(userSteps?.[0] ?? []), ...steps2] : steps1;

  const dims: Record<string, string> = { ...(p as Record<string, string>) };
  if (!R.inDialog) dims.searchIn = 'inline';
  if (R.ui === 'modal') dims.searchIn = 'dialog';
  const id = `gen-pismo-${String(i + 1).padStart(3, '0')}-${p.label}-${p.widget}-${p.events}-${p.container}`;
  return {
    id,
    form: 'pismo',
    description: `Pismo ogólne: ${p.label} labels (${p.decoration}), rodzaj as ${p.widget} (${p.values}), body ${p.body}, ${p.events} events, ${p.timing}, container ${p.container}, recipient ${p.recipient}/${dims.searchIn} shown as ${p.shown}, ${p.steps} step(s)`,
    dimensions: { ...dims, outcome },
    origin: 'generated',
    files,
    script,
    userSteps,
    expected: {
      recipient: outcome === 'filled' ? (p.recipientKey === 'id' ? 'PP-00173' : '/MC/SkrytkaESP') : '',
      rodzaj: wn.v,
      tytul: PISMO_TEXTS.tytul,
      tresc: PISMO_TEXTS.tresc,
    },
    outcome,
  };
}
