// Hand-written MC form pages and a Pismo page without the recipient.

import type { CorpusVariant, ScriptStep } from '../types';
import { MC_VALUES, PASSWORD, PISMO_TEXTS } from '../values';
import {
  appScript,
  BASE_CSS,
  html,
  pismoExpected,
  proxyScript,
  type RecipientIds,
  recipientCfg,
  recipientSteps,
} from './kit';

const PW = {
  revokePassword: PASSWORD,
  revokePasswordRepeat: PASSWORD,
  p12Password: PASSWORD,
  p12PasswordRepeat: PASSWORD,
};

/** Table layout with th cells, first name and surname separated, role select, password pairs in captioned tables. */
function mcSplitName(): CorpusVariant {
  const rows: [string, string, string][] = [
    ['applicant', 'Nazwa wnioskodawcy (pełna nazwa jednostki)', 'maxlength="200"'],
    ['regon', 'REGON', 'pattern="[0-9]{9}|[0-9]{14}"'],
    ['nip', 'NIP', 'pattern="[0-9]{10}"'],
    ['street', 'Ulica', ''],
    ['buildingNumber', 'Nr budynku', ''],
    ['postalCode', 'Kod pocztowy', 'pattern="[0-9]{2}-[0-9]{3}"'],
    ['town', 'Miejscowość', ''],
    ['email', 'E-mail', 'type="email"'],
    ['phone', 'Telefon', 'type="tel"'],
    ['signatoryFirstName', 'Imię', ''],
    ['signatoryLastName', 'Nazwisko', ''],
    ['platformDomain', 'Adres domeny lub stały numer IP systemu', ''],
    ['epuapLogin', 'Identyfikator użytkownika (login)', ''],
    ['epuapOrgId', 'Identyfikator podmiotu publicznego', ''],
  ];
  const tr = ([k, l, a]: [string, string, string]) =>
    `<tr><th>${l}<span class="wymagane">*</span></th><td><input id="wn_${k}" name="${k}" ${a.startsWith('type') ? a : `type="text" ${a}`} required></td></tr>`;
  const pw = (g: string, caption: string) => `<table class="formularz"><caption>${caption}</caption>
<tr><th>Hasło</th><td><input type="password" id="${g}_1" name="${g}_1" minlength="8" maxlength="16" required></td></tr>
<tr><th>Powtórz hasło</th><td><input type="password" id="${g}_2" name="${g}_2" minlength="8" maxlength="16" required></td></tr></table>`;
  const keys = [
    ...rows.map((r) => r[0]),
    'signatoryRole',
    'revokePassword',
    'revokePasswordRepeat',
    'p12Password',
    'p12PasswordRepeat',
    'consent',
  ];
  const page = html(
    'Formularz wniosku o wydanie certyfikatu',
    `${BASE_CSS} caption { text-align: left; font-weight: bold; padding: 8px 0; } table.formularz { width: 100%; max-width: 760px; }`,
    `<header style="padding:8px 16px;border-bottom:1px solid #ccc"><b>gov.pl</b> Ministerstwo Cyfryzacji · Zalogowany: Jan Nowak</header>
<main id="mc"><h1>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h1>
<form id="wniosek" action="zapisz" method="post">
<table class="formularz">${rows.slice(0, 9).map(tr).join('\n')}</table>
<h2>Osoba podpisująca wniosek</h2>
<table class="formularz">${rows.slice(9, 11).map(tr).join('\n')}
<tr><th>Stanowisko<span class="wymagane">*</span></th><td><select id="wn_signatoryRole" name="stanowisko" required><option value="">-- wybierz --</option><option>Wójt</option><option>Burmistrz</option><option>Prezydent Miasta</option><option>Zastępca wójta</option></select></td></tr></table>
<h2>System teleinformatyczny</h2><table class="formularz">${rows.slice(11).map(tr).join('\n')}</table>
<h2>Hasła</h2><p>Każde hasło: od 8 do 16 znaków, co najmniej jedna wielka litera i cyfra.</p>
${pw('uniew', 'Hasło do unieważnienia certyfikatu')}
${pw('p12', 'Hasło do pliku p12')}
<p><label><input type="checkbox" id="zgoda"> Potwierdzam zgodność danych z wnioskiem</label></p>
<p><button type="submit" id="wyslij">Wyślij</button></p></form></main>
${proxyScript('window.__app', keys)}
${appScript(
  {
    keys,
    events: 'change',
    pw: { min: 8, max: 16, upper: true, digit: true },
    fields: [
      ...rows.map(([k]) => ({ key: k, kind: 'text', id: `wn_${k}`, required: true })),
      { key: 'signatoryRole', kind: 'select', id: 'wn_signatoryRole', required: true },
      { key: 'revokePassword', kind: 'password', id: 'uniew_1', required: true, pw: true },
      { key: 'revokePasswordRepeat', kind: 'password', id: 'uniew_2', required: true, pw: true },
      { key: 'p12Password', kind: 'password', id: 'p12_1', required: true, pw: true },
      { key: 'p12PasswordRepeat', kind: 'password', id: 'p12_2', required: true, pw: true },
      { key: 'consent', kind: 'checkbox', id: 'zgoda', required: false },
    ],
    templates: [],
    required: keys.filter((k) => k !== 'consent'),
    forward: [{ id: 'wyslij', kind: 'send' }],
  },
  'filled',
  'mc',
)}`,
  );
  const values: Record<string, string> = { ...MC_VALUES };
  const script: ScriptStep[] = [
    ...rows.flatMap(([k]): ScriptStep[] => [
      { action: 'fill', selector: `#wn_${k}`, value: values[k] as string },
      { action: 'press', selector: `#wn_${k}`, key: 'Tab' },
    ]),
    { action: 'selectOption', selector: '#wn_signatoryRole', value: 'Wójt' },
    { action: 'fill', selector: '#uniew_1', value: 'Uniewazn1enie' },
    { action: 'fill', selector: '#uniew_2', value: 'Uniewazn1enie' },
    { action: 'fill', selector: '#p12_1', value: 'PlikP12haslo9' },
    { action: 'fill', selector: '#p12_2', value: 'PlikP12haslo9' },
    { action: 'press', selector: '#p12_2', key: 'Tab' },
  ];
  const expected: Record<string, string> = { consent: 'false', ...PW, signatoryRole: 'Wójt' };
  for (const [k] of rows) expected[k] = values[k] as string;
  return {
    id: 'hand-mc-split-name-tables',
    form: 'mc',
    description:
      'MC form as th/td tables, "Imię" and "Nazwisko" separate, role as a select whose options have no value attribute, password pairs labelled "Hasło"/"Powtórz hasło" told apart by table captions, change events.',
    dimensions: {
      label: 'th',
      events: 'change',
      timing: 'static',
      container: 'none',
      signatory: 'split',
      role: 'select',
      pwGroup: 'caption',
      pwRules: 'min8-max16-upper-digit',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script,
    expected,
    outcome: 'filled',
  };
}

/** Strict password pattern with special characters, rules as a list, "Pokaż hasło" toggles, late mount in a frame. */
function mcStrictPattern(): CorpusVariant {
  const pattern = '(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[!@#%*])[A-Za-z0-9!@#%*]{12,16}';
  const fields: [string, string, string][] = [
    ['applicant', 'Nazwa jednostki samorządu terytorialnego', ''],
    ['town', 'Miejscowość', ''],
    ['postalCode', 'Kod pocztowy', 'pattern="[0-9]{2}-[0-9]{3}" placeholder="00-000"'],
    ['street', 'Ulica', ''],
    ['buildingNumber', 'Numer budynku', ''],
    ['regon', 'Numer REGON', 'inputmode="numeric"'],
    ['email', 'Adres poczty elektronicznej', 'type="email"'],
    ['platformDomain', 'Adres domeny lub stały numer IP systemu', ''],
    ['epuapOrgId', 'Identyfikator podmiotu publicznego', ''],
    ['epuapLogin', 'Identyfikator użytkownika (login)', ''],
    ['signatoryName', 'Imię i nazwisko', 'autocomplete="name"'],
    ['signatoryRole', 'Stanowisko', ''],
  ];
  const f = ([k, l, a]: [string, string, string], i: number) =>
    `<div class="pole"><label for="fld-${i}">${l}</label><input id="fld-${i}" name="${k}" ${a.startsWith('type') ? a : `type="text" ${a}`} required></div>`;
  const pwBlock = (g: string, title: string) => `<fieldset class="grupa"><legend>${title}</legend>
<div class="pole"><label for="${g}-a">Hasło</label><input type="password" id="${g}-a" pattern="${pattern}" minlength="12" maxlength="16" aria-describedby="reguly" required> <button type="button" class="pokaz" data-for="${g}-a">Pokaż hasło</button></div>
<div class="pole"><label for="${g}-b">Powtórz hasło</label><input type="password" id="${g}-b" pattern="${pattern}" minlength="12" maxlength="16" required> <button type="button" class="pokaz" data-for="${g}-b">Pokaż hasło</button></div></fieldset>`;
  const form = `<form id="formularz-mc" action="zapisz" method="post">
<h2>Dane podmiotu</h2>${fields.map(f).join('\n')}
<h2>Hasła</h2>
<ul id="reguly"><li>od 12 do 16 znaków,</li><li>co najmniej jedna wielka i jedna mała litera,</li><li>co najmniej jedna cyfra,</li><li>co najmniej jeden znak specjalny spośród: ! @ # % *</li></ul>
${pwBlock('uniew', 'Hasło do unieważnienia certyfikatu')}
${pwBlock('p12', 'Hasło do pliku p12')}
<p><input type="checkbox" id="oswiadczenie"> <label for="oswiadczenie">Oświadczam, że dane są zgodne z wnioskiem.</label></p>
<p><button type="submit" id="zapisz">Zapisz i wyślij</button></p></form>`;
  const keys = [
    ...fields.map((x) => x[0]),
    'revokePassword',
    'revokePasswordRepeat',
    'p12Password',
    'p12PasswordRepeat',
    'consent',
  ];
  const inner = html(
    'Formularz MC',
    BASE_CSS,
    `<div id="host-mc"><p>Wczytywanie formularza…</p></div>
<script>document.addEventListener('click', function (e) { var b = e.target.closest && e.target.closest('.pokaz'); if (!b) return; var i = document.getElementById(b.getAttribute('data-for')); i.type = i.type === 'password' ? 'text' : 'password'; b.textContent = i.type === 'password' ? 'Pokaż hasło' : 'Ukryj hasło'; });</script>
${appScript(
  {
    keys,
    events: 'input',
    prerendered: false,
    mountDelay: 900,
    templates: [form],
    pw: { min: 12, max: 16, upper: true, lower: true, digit: true, special: true },
    fields: [
      ...fields.map(([k], i) => ({ key: k, kind: 'text', id: `fld-${i}`, required: true })),
      { key: 'revokePassword', kind: 'password', id: 'uniew-a', required: true, pw: true },
      { key: 'revokePasswordRepeat', kind: 'password', id: 'uniew-b', required: true, pw: true },
      { key: 'p12Password', kind: 'password', id: 'p12-a', required: true, pw: true },
      { key: 'p12PasswordRepeat', kind: 'password', id: 'p12-b', required: true, pw: true },
      { key: 'consent', kind: 'checkbox', id: 'oswiadczenie', required: false },
    ],
    required: keys.filter((k) => k !== 'consent'),
    forward: [{ id: 'zapisz', kind: 'send' }],
  },
  'filled',
  'host-mc',
)}`,
  );
  const top = html(
    'Wniosek o wydanie certyfikatu - Portal Gov.pl',
    'body{font-family:sans-serif;margin:0} header{padding:8px 16px;border-bottom:1px solid #ddd}',
    `<header><b>gov.pl</b> · Ministerstwo Cyfryzacji · Zalogowany: Jan Nowak · Organizacja: Urząd Gminy Brudzew</header>
<main style="padding:8px 16px"><h1>Wniosek o wydanie certyfikatu dla systemu teleinformatycznego</h1>
<iframe id="formularz-ramka" title="Formularz" style="width:100%;height:1500px;border:0"></iframe></main>
<script>setTimeout(function () { document.getElementById('formularz-ramka').src = 'formularz.html'; }, 500);</script>
${proxyScript("document.getElementById('formularz-ramka').contentWindow.__app", keys)}`,
  );
  const frames = ['#formularz-ramka'];
  const values: Record<string, string> = { ...MC_VALUES };
  const script: ScriptStep[] = [
    { action: 'waitFor', selector: '#fld-0', frames },
    ...fields.map(
      ([k], i): ScriptStep => ({ action: 'fill', selector: `#fld-${i}`, value: values[k] as string, frames }),
    ),
    { action: 'fill', selector: '#uniew-a', value: 'Uniew@zn1enie', frames },
    { action: 'fill', selector: '#uniew-b', value: 'Uniew@zn1enie', frames },
    { action: 'fill', selector: '#p12-a', value: 'Plik#P12has1o', frames },
    { action: 'fill', selector: '#p12-b', value: 'Plik#P12has1o', frames },
  ];
  const expected: Record<string, string> = { consent: 'false', ...PW };
  for (const [k] of fields) expected[k] = values[k] as string;
  return {
    id: 'hand-mc-strict-pattern-frame',
    form: 'mc',
    description:
      'MC form in a frame whose src is set 0.5 s after load and which mounts 0.9 s later; strict password pattern (12–16, upper, lower, digit, one of !@#%*) stated as a list, "Pokaż hasło" toggles, no NIP or phone.',
    dimensions: {
      label: 'for',
      events: 'input',
      timing: 'late-mount',
      container: 'iframe-late',
      signatory: 'full',
      role: 'text',
      pwGroup: 'fieldset',
      pwRules: 'strict-pattern',
    },
    origin: 'hand',
    files: { 'index.html': top, 'formularz.html': inner },
    script,
    expected,
    outcome: 'filled',
  };
}

/** No entity named exactly "Ministerstwo Cyfryzacji" in the directory: only departments, bodies under it, other ministries. */
function noRecipient(): CorpusVariant {
  const r: RecipientIds = {
    ui: 'radio',
    dialog: 'wybor',
    open: 'ustaw',
    input: 'wybor-fraza',
    button: 'wybor-szukaj',
    results: 'wybor-wyniki',
    status: 'wybor-status',
    display: 'adresat',
    show: 'readonly',
    empty: 'brak',
    text: 'upper',
    extra: 'both',
    delay: 300,
  };
  const keys = ['recipient', 'rodzaj', 'tytul', 'tresc'];
  const page = html(
    'Pismo ogólne do podmiotu publicznego - ePUAP',
    BASE_CSS,
    `<header style="background:#16427a;color:#fff;padding:8px 16px">ePUAP · Zalogowany: Jan Nowak (jnowak_ug) · Organizacja: Urząd Gminy Brudzew (UGBrudzew)</header>
<main id="m"><h1>Pismo ogólne do podmiotu publicznego</h1><form id="f" action="wyslij" method="post">
<div class="pole"><label for="adresat">Adresat *</label><input id="adresat" readonly placeholder="brak"> <button type="button" id="ustaw">Ustaw/zmień adresata</button></div>
<div class="pole"><label for="rodzaj">Rodzaj pisma</label><select id="rodzaj"><option value="">Wybierz…</option><option value="WNIOSEK">Wniosek</option><option value="PODANIE">Podanie</option></select></div>
<div class="pole"><label for="tytul">Tytuł pisma</label><input id="tytul"></div>
<div class="pole"><label for="tresc">Treść pisma</label><textarea id="tresc" rows="6"></textarea></div>
<div class="pole"><button type="button" data-plik="zal">+</button><input type="file" id="zal" hidden></div>
<div class="akcje"><button type="submit" id="dalej">Dalej</button><button type="button" id="podpisz">Podpisz i wyślij</button></div>
<div id="wybor-tlo" class="tlo" hidden></div><div id="wybor" class="okno" role="dialog" aria-modal="true" aria-label="Wybór adresata" hidden>
<label for="wybor-fraza">Nazwa adresata</label><input id="wybor-fraza"> <button type="button" id="wybor-szukaj">Szukaj</button><p id="wybor-status"></p><div id="wybor-wyniki"></div><button type="button" id="wybor-zamknij">Zamknij</button></div>
</form></main>
${proxyScript('window.__app', keys)}
${appScript(
  {
    keys,
    events: 'input',
    fields: [
      { key: 'rodzaj', kind: 'select', id: 'rodzaj', required: true },
      { key: 'tytul', kind: 'text', id: 'tytul', required: true },
      { key: 'tresc', kind: 'textarea', id: 'tresc', required: true },
    ],
    templates: [],
    required: keys,
    recipient: recipientCfg(r),
    forward: [
      { id: 'dalej', kind: 'send' },
      { id: 'podpisz', kind: 'send' },
    ],
  },
  'no-recipient',
  'm',
  1,
)}`,
  );
  return {
    id: 'hand-no-recipient-radio',
    form: 'pismo',
    description:
      'No entity named exactly "Ministerstwo Cyfryzacji": UPPER-CASE radio results of departments, COI and "Ministerstwo Cyfrowej Transformacji" with a "Zatwierdź" button; nothing may be chosen.',
    dimensions: {
      label: 'for',
      widget: 'select',
      events: 'input',
      timing: 'static',
      container: 'none',
      recipient: 'radio',
      searchIn: 'dialog',
      shown: 'readonly',
      results: 'upper',
      outcome: 'no-recipient',
    },
    origin: 'hand',
    files: { 'index.html': page },
    script: [
      ...recipientSteps(r, 'no-recipient'),
      { action: 'waitFor', selector: '#wybor-status:has-text("Znaleziono")' },
      { action: 'click', selector: '#wybor-zamknij' },
      { action: 'selectOption', selector: '#rodzaj', value: 'Wniosek' },
      { action: 'fill', selector: '#tytul', value: PISMO_TEXTS.tytul },
      { action: 'fill', selector: '#tresc', value: PISMO_TEXTS.tresc },
    ],
    expected: pismoExpected('no-recipient', 'WNIOSEK'),
    outcome: 'no-recipient',
  };
}

export function handMc(): CorpusVariant[] {
  return [mcSplitName(), mcStrictPattern(), noRecipient()];
}
