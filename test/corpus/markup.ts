// Markup of one field in one of the label styles, with the label decorations, for every widget kind.

export type Kind =
  | 'text'
  | 'textarea'
  | 'password'
  | 'editable'
  | 'rich'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'combobox'
  | 'buttonlist'
  | 'primefaces'
  | 'select2'
  | 'chosen';

export type LabelStyle =
  | 'for'
  | 'wrapping'
  | 'aria-label'
  | 'aria-labelledby'
  | 'th'
  | 'text'
  | 'placeholder'
  | 'legend'
  | 'heading';

export type Decoration =
  | 'none'
  | 'star'
  | 'wymagane'
  | 'obowiazkowe'
  | 'colon'
  | 'help'
  | 'counter'
  | 'upper'
  | 'ascii';

export interface Option {
  v: string;
  t: string;
}

export interface FieldDef {
  key: string;
  kind: Kind;
  id: string;
  htmlName: string;
  /** The visible name, e.g. "Tytuł pisma". */
  name: string;
  /** A short name used under a legend, e.g. "Tytuł". */
  short?: string;
  /** A generic instruction used as the label under a heading, e.g. "Wpisz tekst". */
  generic?: string;
  required: boolean;
  inputType?: string;
  attrs?: string;
  options?: Option[];
  rel?: 'controls' | 'owns';
  rich?: 'ck' | 'tiny';
  max?: number;
  /** Help text under the field, referenced by aria-describedby. */
  hint?: string;
  /** Suggestions of an autocomplete text input (its own list). */
  suggest?: string[];
  suggestDelay?: number;
  pw?: boolean;
}

export function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

/** The label's visible text (HTML) with the decoration. */
export function decorate(name: string, deco: Decoration, required: boolean, helpIdx: number): string {
  switch (deco) {
    case 'star':
      return required ? `${esc(name)} <span class="wymagane" aria-hidden="true">*</span>` : esc(name);
    case 'wymagane':
      return required ? `${esc(name)} (wymagane)` : `${esc(name)} (opcjonalnie)`;
    case 'obowiazkowe':
      return required ? `${esc(name)} <small class="obowiazkowe">pole obowiązkowe</small>` : esc(name);
    case 'colon':
      return `${esc(name)}:`;
    case 'help':
      return helpIdx % 2
        ? `${esc(name)} <span class="ikona-pomocy" title="Pole wypełnij zgodnie z wnioskiem">?</span>`
        : `${esc(name)} <a href="#pomoc" class="pomoc">Pomoc</a>`;
    case 'upper':
      return esc(name.toUpperCase());
    case 'ascii':
      return esc(ascii(name));
    default:
      return esc(name);
  }
}

/** The plain accessible name given through aria-label / placeholder. */
function plainName(name: string, deco: Decoration, required: boolean): string {
  if (deco === 'upper') return name.toUpperCase();
  if (deco === 'ascii') return ascii(name);
  if (deco === 'star' && required) return `${name} *`;
  if (deco === 'colon') return `${name}:`;
  return name;
}

function optionsHtml(options: Option[], placeholderText?: string): string {
  return options
    .map(
      (o) =>
        `<option value="${esc(o.v)}">${esc(o.v === '' && placeholderText ? placeholderText : o.t)}</option>`,
    )
    .join('');
}

interface Ctrl {
  html: string;
  /** The id a `<label for>` points at (undefined: this widget is named by aria-labelledby). */
  forTarget?: string;
  /** Whether wrapping it in a label is natural (a single labelable control). */
  wrappable: boolean;
}

/** The control; `a` holds extra attributes naming it (aria-label, aria-labelledby, placeholder). */
function control(f: FieldDef, a: string, placeholderText?: string): Ctrl {
  const req = f.required && f.kind !== 'checkbox' ? ' required' : '';
  const attrs = f.attrs ? ` ${f.attrs}` : '';
  const described = f.hint ? ` aria-describedby="${f.id}-opis"` : '';
  const ph = f.options?.find((o) => o.v === '')?.t ?? 'Wybierz…';
  switch (f.kind) {
    case 'text':
    case 'password':
      return {
        html: `<input type="${f.inputType ?? (f.kind === 'password' ? 'password' : 'text')}" id="${f.id}" name="${f.htmlName}"${attrs}${req}${described}${a}${f.suggest ? ' autocomplete="off" aria-autocomplete="list" aria-expanded="false"' : ''}>`,
        forTarget: f.id,
        wrappable: true,
      };
    case 'textarea':
      return {
        html: `<textarea id="${f.id}" name="${f.htmlName}" rows="7" cols="72"${attrs}${req}${described}${a}></textarea>`,
        forTarget: f.id,
        wrappable: true,
      };
    case 'checkbox':
      return {
        html: `<input type="checkbox" id="${f.id}" name="${f.htmlName}"${a}>`,
        forTarget: f.id,
        wrappable: true,
      };
    case 'editable':
      return {
        html: `<div id="${f.id}" class="edytor" contenteditable="true" role="textbox" aria-multiline="true"${f.required ? ' aria-required="true"' : ''}${described}${a}></div>`,
        wrappable: false,
      };
    case 'rich': {
      const tiny = f.rich === 'tiny';
      const toolbar = tiny
        ? '<div class="tox-editor-header"><div class="tox-menubar" role="menubar"><button type="button" class="tox-mbtn">Edycja</button><button type="button" class="tox-mbtn">Wstaw</button><button type="button" class="tox-mbtn">Format</button></div><div class="tox-toolbar" role="toolbar"><button type="button" class="tox-tbtn" aria-label="Pogrubienie"><b>B</b></button><button type="button" class="tox-tbtn" aria-label="Kursywa"><i>I</i></button></div></div>'
        : '<span class="cke_top" role="presentation"><span class="cke_toolbox" role="toolbar" aria-label="Paski narzędzi edytora"><a class="cke_button" title="Pogrubienie" role="button">B</a><a class="cke_button" title="Kursywa" role="button"><i>I</i></a><a class="cke_button" title="Lista numerowana" role="button">1.</a></span></span>';
      const title = tiny
        ? 'Obszar tekstu sformatowanego. Naciśnij ALT-0, aby uzyskać pomoc.'
        : `Edytor tekstu sformatowanego, ${f.id}`;
      const wrap = tiny
        ? `<div class="tox tox-tinymce" role="application">${toolbar}<div class="tox-edit-area"><iframe id="${f.id}_ifr" class="tox-edit-area__iframe" title="${title}"${a}></iframe></div><div class="tox-statusbar">p</div></div>`
        : `<div id="cke_${f.id}" class="cke cke_reset" role="application" dir="ltr">${toolbar}<div class="cke_contents" role="presentation"><iframe id="${f.id}_ifr" class="cke_wysiwyg_frame" title="${title}"${a}></iframe></div></div>`;
      return {
        html: `<textarea id="${f.id}" name="${f.htmlName}" style="display:none"></textarea>${wrap}`,
        forTarget: f.id,
        wrappable: false,
      };
    }
    case 'select':
      return {
        html: `<select id="${f.id}" name="${f.htmlName}"${req}${a}>${optionsHtml(f.options ?? [], placeholderText)}</select>`,
        forTarget: f.id,
        wrappable: true,
      };
    case 'radio': {
      const items = (f.options ?? [])
        .filter((o) => o.v !== '')
        .map(
          (o, i) =>
            `<span class="opcja-radio"><input type="radio" id="${f.id}_${i}" name="${f.htmlName}" value="${esc(o.v)}"${req}> <label for="${f.id}_${i}">${esc(o.t)}</label></span>`,
        )
        .join(' ');
      return {
        html: `<div id="${f.id}" role="radiogroup" class="grupa-radio"${a}>${items}</div>`,
        wrappable: false,
      };
    }
    case 'combobox':
      return {
        html: `<div id="${f.id}" class="lista-rozwijana" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false"${f.required ? ' aria-required="true"' : ''}${a}><span class="wartosc">${esc(placeholderText ?? ph)}</span><span class="strzalka" aria-hidden="true">▾</span></div>`,
        wrappable: false,
      };
    case 'buttonlist': {
      const items = (f.options ?? [])
        .filter((o) => o.v !== '')
        .map((o) => `<li><a href="#" data-value="${esc(o.v)}">${esc(o.t)}</a></li>`)
        .join('');
      return {
        html: `<span class="menu-przycisk"><button type="button" id="${f.id}" aria-haspopup="true" aria-expanded="false"${a}><span class="wartosc">${esc(placeholderText ?? ph)}</span> ▾</button><ul id="${f.id}-menu" class="menu" hidden>${items}</ul></span>`,
        wrappable: false,
      };
    }
    case 'primefaces':
      return {
        html: `<div id="${f.id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all"><div class="ui-helper-hidden-accessible"><input id="${f.id}_focus" name="${f.id}_focus" type="text" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="false" readonly${a}></div><div class="ui-helper-hidden-accessible"><select id="${f.id}_input" name="${f.htmlName}" tabindex="-1" aria-hidden="true">${optionsHtml(f.options ?? [], placeholderText)}</select></div><label id="${f.id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">${esc(placeholderText ?? ph)}</label><div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div></div>`,
        forTarget: `${f.id}_focus`,
        wrappable: false,
      };
    case 'select2':
      return {
        html: `<select id="${f.id}" name="${f.htmlName}" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true">${optionsHtml(f.options ?? [], placeholderText)}</select><span class="select2 select2-container select2-container--default" dir="ltr"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-${f.id}-container"${a}><span class="select2-selection__rendered" id="select2-${f.id}-container" role="textbox" aria-readonly="true">${esc(placeholderText ?? ph)}</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span></span>`,
        forTarget: f.id,
        wrappable: false,
      };
    case 'chosen':
      return {
        html: `<select id="${f.id}" name="${f.htmlName}" style="display:none">${optionsHtml(f.options ?? [], placeholderText)}</select><div class="chosen-container chosen-container-single" id="${f.id}_chosen" title=""${a}><a class="chosen-single chosen-default" tabindex="-1"><span>${esc(placeholderText ?? ph)}</span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off" tabindex="0"></div><ul class="chosen-results"></ul></div></div>`,
        forTarget: f.id,
        wrappable: false,
      };
  }
}

export interface FieldRender {
  /** Counter element id when the decoration is "counter". */
  counter?: string;
  html: string;
}

/**
 * One field. `th` returns a table row, all others a block. `legend` renders the short name as a `for` label
 * (the caller wraps the group in a fieldset); `heading` puts the name in a heading and a generic label.
 */
export function renderField(f: FieldDef, style: LabelStyle, deco: Decoration, n: number): FieldRender {
  const lid = `${f.id}-etykieta`.replace(/:/g, '_');
  const name = style === 'legend' ? (f.short ?? f.name) : f.name;
  const text = decorate(name, deco, f.required, n);
  const plain = plainName(name, deco, f.required);
  const counterId = deco === 'counter' && f.max ? `${f.id}-licznik`.replace(/:/g, '_') : undefined;
  const after =
    (counterId ? ` <span class="licznik" id="${counterId}" aria-live="polite">0 / ${f.max}</span>` : '') +
    (f.hint ? `<div class="podpowiedz" id="${f.id}-opis">${esc(f.hint)}</div>` : '');
  let a = '';
  let placeholderText: string | undefined;
  const isTextLike = f.kind === 'text' || f.kind === 'textarea' || f.kind === 'password';
  if (style === 'aria-label') a = ` aria-label="${esc(plain)}"`;
  if (style === 'aria-labelledby') a = ` aria-labelledby="${lid}"`;
  if (style === 'placeholder') {
    if (isTextLike) a = ` placeholder="${esc(plain)}"`;
    else if (f.kind === 'editable') a = ` aria-placeholder="${esc(plain)}" data-placeholder="${esc(plain)}"`;
    else if (
      f.kind === 'select' ||
      f.kind === 'combobox' ||
      f.kind === 'buttonlist' ||
      f.kind === 'primefaces' ||
      f.kind === 'select2' ||
      f.kind === 'chosen'
    )
      placeholderText = `— ${plain} —`;
  }
  // widgets a <label for> cannot name get their label through aria-labelledby
  const probe = control(f, '', placeholderText);
  const needsLabelledBy =
    !probe.forTarget &&
    (style === 'for' ||
      style === 'wrapping' ||
      style === 'legend' ||
      style === 'heading' ||
      style === 'th' ||
      style === 'text');
  if (needsLabelledBy && f.kind !== 'radio' && f.kind !== 'rich') a += ` aria-labelledby="${lid}"`;
  if (needsLabelledBy && f.kind === 'radio' && style !== 'th' && style !== 'text')
    a += ` aria-labelledby="${lid}"`;
  const c = control(f, a, placeholderText);
  const cls = `pole pole-${f.kind}`;
  switch (style) {
    case 'for':
    case 'legend':
      return {
        counter: counterId,
        html: c.forTarget
          ? `<div class="${cls}"><label for="${c.forTarget}" id="${lid}">${text}</label>${c.html}${after}</div>`
          : `<div class="${cls}"><span class="etykieta" id="${lid}">${text}</span>${c.html}${after}</div>`,
      };
    case 'wrapping':
      return {
        counter: counterId,
        html: c.wrappable
          ? `<div class="${cls}"><label id="${lid}"><span class="etykieta">${text}</span> ${c.html}${after}</label></div>`
          : `<div class="${cls}"><span class="etykieta" id="${lid}">${text}</span>${c.forTarget ? `<label class="ukryta" for="${c.forTarget}">${esc(plain)}</label>` : ''}${c.html}${after}</div>`,
      };
    case 'aria-label':
      return {
        counter: counterId,
        html: `<div class="${cls}"><div class="etykieta">${text}</div>${c.html}${after}</div>`,
      };
    case 'aria-labelledby':
      return {
        counter: counterId,
        html: `<div class="${cls}"><span class="etykieta" id="${lid}">${text}</span>${c.html}${after}</div>`,
      };
    case 'th':
      return {
        counter: counterId,
        html: `<tr class="${cls}"><th scope="row"${needsLabelledBy ? ` id="${lid}"` : ''}>${text}</th><td>${c.html}${after}</td></tr>`,
      };
    case 'text':
      return {
        counter: counterId,
        html:
          n % 2
            ? `<div class="${cls}"${needsLabelledBy ? '' : ''}>${needsLabelledBy ? `<span id="${lid}">${text}</span>` : text} ${c.html}${after}</div>`
            : `<p class="${cls}"><span${needsLabelledBy ? ` id="${lid}"` : ''}>${text}</span><br>${c.html}${after}</p>`,
      };
    case 'placeholder':
      return {
        counter: counterId,
        html:
          placeholderText || isTextLike || f.kind === 'editable'
            ? `<div class="${cls}">${c.html}${after}</div>`
            : `<div class="${cls}"><span class="etykieta" id="${lid}">${text}</span>${c.html}${after}</div>`,
      };
    case 'heading': {
      const hid = `${f.id}-naglowek`.replace(/:/g, '_');
      const generic = esc(f.generic ?? 'Wpisz tekst');
      return {
        counter: counterId,
        html: c.forTarget
          ? `<div class="${cls}"><h3 id="${hid}">${text}</h3><label for="${c.forTarget}" id="${lid}">${generic}</label>${c.html}${after}</div>`
          : `<div class="${cls}"><h3 id="${hid}">${text}</h3><span class="etykieta" id="${lid}">${generic}</span>${c.html}${after}</div>`,
      };
    }
  }
}

/** Fields of one group: a table for `th`, a fieldset with a legend for `legend`, a heading otherwise. */
export function renderGroup(
  title: string | undefined,
  fields: FieldDef[],
  style: LabelStyle,
  deco: Decoration,
  start: number,
  groupStyle: 'fieldset' | 'heading' | 'none' = 'heading',
): { html: string; counters: { key: string; counter: string; max: number }[] } {
  const counters: { key: string; counter: string; max: number }[] = [];
  const parts = fields.map((f, i) => {
    const r = renderField(f, style, deco, start + i);
    if (r.counter && f.max) counters.push({ key: f.key, counter: r.counter, max: f.max });
    return r.html;
  });
  let body = parts.join('\n');
  if (style === 'th') {
    const head = title
      ? `<tr><th colspan="2" class="naglowek-grupy" scope="colgroup">${esc(title)}</th></tr>`
      : '';
    return { html: `<table class="formularz">${head}${body}</table>`, counters };
  }
  if (style === 'legend' || groupStyle === 'fieldset')
    return {
      html: `<fieldset class="grupa">${title ? `<legend>${esc(title)}</legend>` : ''}${body}</fieldset>`,
      counters,
    };
  if (title && groupStyle === 'heading') body = `<h2 class="naglowek-grupy">${esc(title)}</h2>${body}`;
  return { html: `<div class="grupa">${body}</div>`, counters };
}
