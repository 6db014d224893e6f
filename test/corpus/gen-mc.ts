// Generated variants of MC's certificate form (formularz.mc.gov.pl).

import { type Decoration, type FieldDef, type Kind, type LabelStyle, renderGroup } from './markup';
import { buildPage, type Container } from './page';
import { hex, type Pick, pairwise, prng } from './sample';
import type { CorpusVariant, ScriptStep } from './types';
import { MC_VALUES, PASSWORD } from './values';

export const MC_DIMS = {
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
  decoration: ['none', 'star', 'wymagane', 'obowiazkowe', 'colon', 'help', 'upper', 'ascii'],
  events: ['input', 'change', 'react', 'blur'],
  timing: ['static', 'late-mount', 'rerender', 'late-rerender'],
  container: ['none', 'iframe', 'iframe-late', 'shadow', 'modal'],
  signatory: ['full', 'split'],
  role: ['text', 'select', 'radio', 'primefaces'],
  pwRules: ['alnum-8-16', 'min12-upper-digit', 'mixed-8-16', 'special-10', 'pattern-title'],
  pwGroup: ['fieldset', 'heading'],
  fieldSet: ['full', 'no-phone', 'minimal'],
  order: ['standard', 'system-first', 'passwords-first'],
  wording: ['a', 'b'],
  townSuggest: ['no', 'yes'],
  ids: ['plain', 'jsf', 'angular', 'random'],
} as const;

interface Rules {
  text: string;
  attrs: string;
  js: Record<string, number | boolean>;
  pass: [string, string];
}

const RULES: Record<string, Rules> = {
  'alnum-8-16': {
    text: 'Hasło musi mieć od 8 do 16 znaków i może zawierać tylko litery i cyfry.',
    attrs: 'minlength="8" maxlength="16" pattern="[A-Za-z0-9]{8,16}"',
    js: { min: 8, max: 16, alnum: true },
    pass: ['Unw4zn1enie8', 'Plik12Haslo7'],
  },
  'min12-upper-digit': {
    text: 'Hasło: co najmniej 12 znaków, w tym co najmniej jedna wielka litera i cyfra.',
    attrs: 'minlength="12"',
    js: { min: 12, upper: true, digit: true },
    pass: ['Unw4zn1enie8xy', 'Plik12Haslo7ab'],
  },
  'mixed-8-16': {
    text: 'Wymagania dla hasła: od 8 do 16 znaków, tylko litery i cyfry, co najmniej jedna wielka litera, jedna mała litera i jedna cyfra.',
    attrs: 'maxlength="16" pattern="(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9]{8,16}"',
    js: { min: 8, max: 16, alnum: true, upper: true, lower: true, digit: true },
    pass: ['Unw4zn1enie8', 'Plik12Haslo7'],
  },
  'special-10': {
    text: 'Hasło powinno mieć minimum 10 znaków, zawierać cyfrę oraz znak specjalny (np. ! @ # %).',
    attrs: '',
    js: { min: 10, digit: true, special: true },
    pass: ['Unw4zn!enie8', 'Plik#12Haslo7'],
  },
  'pattern-title': {
    text: '',
    attrs: 'pattern="[A-Za-z0-9]{10,20}" title="Od 10 do 20 liter lub cyfr"',
    js: { min: 10, max: 20, alnum: true },
    pass: ['Unw4zn1enie8', 'Plik12Haslo7'],
  },
};

const NAMES = {
  a: {
    applicant: 'Nazwa jednostki samorządu terytorialnego',
    street: 'Ulica',
    buildingNumber: 'Numer budynku',
    postalCode: 'Kod pocztowy',
    town: 'Miejscowość',
    regon: 'Numer REGON',
    nip: 'Numer NIP',
    email: 'Adres poczty elektronicznej',
    phone: 'Numer telefonu',
    platformDomain: 'Adres domeny lub stały numer IP systemu',
    epuapLogin: 'Identyfikator użytkownika (login)',
    epuapOrgId: 'Identyfikator podmiotu publicznego',
    signatoryName: 'Imię i nazwisko',
    signatoryFirstName: 'Imię',
    signatoryLastName: 'Nazwisko',
    signatoryRole: 'Stanowisko',
  },
  b: {
    applicant: 'Nazwa wnioskodawcy',
    street: 'Ulica',
    buildingNumber: 'Nr domu',
    postalCode: 'Kod pocztowy',
    town: 'Miejscowość',
    regon: 'REGON',
    nip: 'NIP',
    email: 'Adres e-mail',
    phone: 'Telefon kontaktowy',
    platformDomain: 'Adres domeny lub stały numer IP systemu, który będzie łączył się z ePUAP',
    epuapLogin: 'Login użytkownika ePUAP (identyfikator użytkownika)',
    epuapOrgId: 'Identyfikator podmiotu publicznego na ePUAP',
    signatoryName: 'Imię i nazwisko osoby reprezentującej',
    signatoryFirstName: 'Imię',
    signatoryLastName: 'Nazwisko',
    signatoryRole: 'Stanowisko służbowe',
  },
} as const;

const ROLE_OPTIONS = [
  { v: '', t: 'Wybierz…' },
  { v: 'Wójt', t: 'Wójt' },
  { v: 'Burmistrz', t: 'Burmistrz' },
  { v: 'Prezydent Miasta', t: 'Prezydent Miasta' },
  { v: 'Starosta', t: 'Starosta' },
  { v: 'Osoba upoważniona', t: 'Osoba upoważniona' },
];

function valid(p: Pick): boolean {
  if (p.role === 'primefaces' && p.container === 'shadow') return false;
  return true;
}

const q = (id: string) => `[id="${id}"]`;

export function mcVariants(count = 70): CorpusVariant[] {
  const picks = pairwise(MC_DIMS, count, valid, 20261202);
  return picks.map((p, i) => buildMc(p, i));
}

function buildMc(p: Pick, i: number): CorpusVariant {
  const rnd = prng(5000 + i);
  const label = p.label as LabelStyle;
  const deco = p.decoration as Decoration;
  const names = NAMES[p.wording as 'a' | 'b'];
  const rules = RULES[p.pwRules as string] as Rules;
  const rerender = p.timing === 'rerender' || p.timing === 'late-rerender';
  const late = p.timing === 'late-mount' || p.timing === 'late-rerender';
  const mountDelay = late ? 200 + Math.floor(rnd() * 900) : 0;
  let n = 0;
  const idOf = (plain: string): string => {
    n++;
    switch (p.ids) {
      case 'jsf':
        return `wniosek:j_id_${(n * 5 + 11).toString(36)}`;
      case 'angular':
        return `mat-input-${n + 1}`;
      case 'random':
        return `in_${hex(rnd, 6)}`;
      default:
        return plain;
    }
  };
  const text = (key: keyof typeof names, extra: Partial<FieldDef> = {}): FieldDef => ({
    key,
    kind: 'text',
    id: idOf(key),
    htmlName: p.ids === 'jsf' ? `wniosek:${key}` : key,
    name: names[key],
    short: names[key].split(' (')[0],
    generic: 'Wpisz',
    required: true,
    ...extra,
  });
  const omit = new Set<string>(
    p.fieldSet === 'no-phone' ? ['phone'] : p.fieldSet === 'minimal' ? ['phone', 'street', 'nip'] : [],
  );
  const applicantFields = [
    text('applicant', { attrs: 'maxlength="200"' }),
    text('street', { required: false }),
    text('buildingNumber', { attrs: 'maxlength="10"' }),
    text('postalCode', { attrs: 'pattern="[0-9]{2}-[0-9]{3}" maxlength="6"', hint: 'Format: 00-000' }),
    text(
      'town',
      p.townSuggest === 'yes'
        ? {
            suggest: ['Brudzew (gm. Brudzew, pow. turecki)', 'Brudzewo (gm. Chojnice)', 'Brudzeń Duży'],
            suggestDelay: 300,
          }
        : {},
    ),
    text('regon', { attrs: 'pattern="[0-9]{9}([0-9]{5})?" maxlength="14"', hint: '9 lub 14 cyfr' }),
    text('nip', { attrs: 'pattern="[0-9]{10}" maxlength="10"', hint: '10 cyfr, bez kresek' }),
    text('email', { inputType: 'email' }),
    text('phone', { inputType: 'tel', required: false }),
  ].filter((f) => !omit.has(f.key));
  const systemFields = [
    text('platformDomain', { hint: 'np. eurzad.gmina.pl' }),
    text('epuapLogin'),
    text('epuapOrgId'),
  ];
  const roleKind: Kind = p.role as Kind;
  const signatoryFields =
    p.signatory === 'split'
      ? [text('signatoryFirstName'), text('signatoryLastName')]
      : [text('signatoryName')];
  const roleField: FieldDef =
    roleKind === 'text'
      ? text('signatoryRole')
      : { ...text('signatoryRole'), kind: roleKind, options: ROLE_OPTIONS, generic: 'Wybierz z listy' };
  signatoryFields.push(roleField);
  const pwField = (key: string, name: string): FieldDef => ({
    key,
    kind: 'password',
    id: idOf(key),
    htmlName: p.ids === 'jsf' ? `wniosek:${key}` : key,
    name,
    short: name,
    generic: name,
    required: true,
    attrs: `${rules.attrs} autocomplete="new-password"`,
    pw: true,
  });
  const repeat = i % 3 === 0 ? 'Potwierdź hasło' : 'Powtórz hasło';
  const revoke = [pwField('revokePassword', 'Hasło'), pwField('revokePasswordRepeat', repeat)];
  const p12 = [pwField('p12Password', 'Hasło'), pwField('p12PasswordRepeat', repeat)];
  const consent: FieldDef = {
    key: 'consent',
    kind: 'checkbox',
    id: idOf('consent'),
    htmlName: 'zgoda',
    name: 'Oświadczam, że dane podane w formularzu są zgodne z danymi we wniosku',
    required: false,
  };

  const gs = label === 'legend' ? 'fieldset' : (p.pwGroup as 'fieldset' | 'heading');
  let start = i;
  const group = (title: string, fields: FieldDef[], style: 'fieldset' | 'heading' = 'heading') => {
    const g = renderGroup(title, fields, label, deco, start, style);
    start += fields.length;
    return g.html;
  };
  const rulesText = rules.text
    ? `<p class="zasady-hasel" id="zasady-${i}">${rules.text} Hasła do unieważnienia certyfikatu i do pliku p12 muszą być różne.</p>`
    : '';
  const sections: Record<string, string> = {
    applicant: group('Dane wnioskodawcy', applicantFields),
    system: group('Dane systemu teleinformatycznego', systemFields),
    signatory: group('Osoba reprezentująca wnioskodawcę', signatoryFields),
    passwords: `<section class="hasla"><h2>Hasła</h2>${rulesText}${group('Hasło do unieważnienia certyfikatu', revoke, gs)}${group('Hasło do pliku p12', p12, gs)}</section>`,
  };
  const order =
    p.order === 'system-first'
      ? ['system', 'applicant', 'signatory', 'passwords']
      : p.order === 'passwords-first'
        ? ['applicant', 'passwords', 'system', 'signatory']
        : ['applicant', 'system', 'signatory', 'passwords'];
  const formId = idOf('form');
  const sendId = idOf('wyslij');
  const nextId = idOf('dalej');
  const consentHtml = `<p class="oswiadczenie"><input type="checkbox" id="${consent.id}" name="zgoda"> <label for="${consent.id}">${consent.name}.</label></p>`;
  const t1 = `<form id="${formId}" action="zapisz.html" method="post" novalidate>
${order.map((k) => sections[k]).join('\n')}
${consentHtml}
<div class="akcje"><button type="submit" id="${sendId}">${i % 2 ? 'Wyślij' : 'Wyślij formularz'}</button>${i % 4 === 1 ? `<button type="button" id="${nextId}">Dalej</button>` : ''}</div>
</form>`;

  const all = [...applicantFields, ...systemFields, ...signatoryFields, ...revoke, ...p12, consent];
  const keys = all.map((f) => f.key);
  const cfg = {
    form: 'mc',
    keys,
    events: p.events,
    rerender,
    mountDelay,
    fields: all.map((f) => ({
      key: f.key,
      kind: f.kind,
      id: f.id,
      options: f.options,
      required: f.required,
      pw: f.pw,
      suggest: f.suggest,
      suggestDelay: f.suggestDelay,
      placeholder: f.options?.[0]?.t,
    })),
    templates: [t1],
    stepKeys: [],
    counters: [],
    forward: [
      { id: sendId, kind: 'send' },
      { id: nextId, kind: 'send' },
    ],
    required: all.filter((f) => f.required).map((f) => f.key),
    pw: rules.js,
  };
  const container = p.container as Container;
  const files = buildPage({
    title:
      i % 2
        ? 'Formularz wniosku o wydanie certyfikatu - Ministerstwo Cyfryzacji - Portal Gov.pl'
        : 'Wniosek o certyfikat do integracji z ePUAP',
    header: 'gov',
    intro: `<h1>${i % 2 ? 'Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP' : 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego'}</h1>
<p>Dane w formularzu muszą być zgodne z danymi we wniosku przesłanym do Ministerstwa Cyfryzacji.</p>`,
    container,
    hostId: idOf('app').replace(/:/g, '_'),
    initialHostHtml: late
      ? '<div class="spinner" role="progressbar" aria-label="Wczytywanie">Wczytywanie…</div>'
      : t1,
    prerendered: !late,
    cfg,
    catalogueJs:
      'function normalizujTekst(s) { return String(s).toLowerCase(); } function szukajWKatalogu() { return []; }',
    keys,
    lateFrameMs: 300 + Math.floor(rnd() * 900),
  });

  const frames = container === 'iframe' || container === 'iframe-late' ? ['#ramka-formularza'] : undefined;
  const fr = frames ? { frames } : {};
  const blurAfter = p.events === 'change' || p.events === 'blur';
  const script: ScriptStep[] = [];
  const expected: Record<string, string> = {};
  const values: Record<string, string> = {
    ...MC_VALUES,
    revokePassword: rules.pass[0],
    revokePasswordRepeat: rules.pass[0],
    p12Password: rules.pass[1],
    p12PasswordRepeat: rules.pass[1],
  };
  for (const f of all) {
    if (f.kind === 'checkbox') {
      expected[f.key] = 'false';
      continue;
    }
    const v = values[f.key] as string;
    expected[f.key] = f.pw ? PASSWORD : v;
    if (f.kind === 'select') script.push({ action: 'selectOption', selector: q(f.id), value: v, ...fr });
    else if (f.kind === 'radio') {
      const idx = ROLE_OPTIONS.filter((o) => o.v !== '').findIndex((o) => o.v === v);
      script.push({ action: 'check', selector: q(`${f.id}_${idx}`), ...fr });
    } else if (f.kind === 'primefaces') {
      script.push({ action: 'click', selector: q(f.id), ...fr });
      script.push({ action: 'click', selector: `${q(`${f.id}_panel`)} li[data-label="${v}"]`, ...fr });
    } else {
      script.push({ action: 'fill', selector: q(f.id), value: v, ...fr });
      if (blurAfter || f.suggest) script.push({ action: 'press', selector: q(f.id), key: 'Tab', ...fr });
    }
  }
  if (late) script.unshift({ action: 'waitFor', selector: q(all[0]?.id as string), ...fr });
  const id = `gen-mc-${String(i + 1).padStart(3, '0')}-${p.label}-${p.events}-${p.container}-${p.pwRules}`;
  return {
    id,
    form: 'mc',
    description: `MC form: ${p.label} labels (${p.decoration}), ${p.events} events, ${p.timing}, container ${p.container}, signatory ${p.signatory}, role as ${p.role}, password rules ${p.pwRules} grouped by ${gs}, fields ${p.fieldSet}, order ${p.order}`,
    dimensions: { ...(p as Record<string, string>), pwGroup: gs, outcome: 'filled' },
    origin: 'generated',
    files,
    script,
    expected,
    outcome: 'filled',
  };
}
