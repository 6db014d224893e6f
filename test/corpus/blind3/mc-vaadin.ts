// MC certificate form as a Vaadin Flow view: a template element with a shadow root, the data fields in
// vaadin-form-layout items whose labels are slotted beside the fields (not linked to them), the input of
// each field in the field's own shadow root; passwords as vaadin-password-field with their own labels
// and a reveal button; the role as a vaadin-select with its overlay in body; the consent a
// vaadin-checkbox. Values reach the server on change (Flow's ON_CHANGE).

import type { CorpusVariant, ScriptStep } from '../types';
import type { McKey } from '../values';
import { click, doc, fill, js, MC, mcExpected, mcKeys, PW_A, PW_B, press } from './page';
import { VAADIN_JS } from './vaadin';

type Item = { key: McKey; id: string; label: string; tag?: string; attrs?: string; colspan?: boolean };

const ITEMS: { h: string; items: Item[] }[] = [
  {
    h: 'Wnioskodawca',
    items: [
      { key: 'applicant', id: 'nazwa', label: 'Nazwa wnioskodawcy', colspan: true },
      { key: 'street', id: 'ulica', label: 'Ulica' },
      { key: 'buildingNumber', id: 'numer', label: 'Nr budynku' },
      {
        key: 'postalCode',
        id: 'kod',
        label: 'Kod pocztowy',
        attrs: 'pattern="[0-9]{2}-[0-9]{3}" error-message="Kod pocztowy w formacie 00-000"',
      },
      { key: 'town', id: 'miejscowosc', label: 'Miejscowość' },
      {
        key: 'regon',
        id: 'regon',
        label: 'REGON',
        attrs: 'pattern="[0-9]{9}" error-message="REGON to 9 cyfr"',
      },
      {
        key: 'nip',
        id: 'nip',
        label: 'NIP',
        attrs: 'pattern="[0-9]{10}" error-message="NIP to 10 cyfr bez kresek"',
      },
    ],
  },
  {
    h: 'Kontakt i system',
    items: [
      {
        key: 'email',
        id: 'email',
        label: 'E-mail',
        tag: 'vaadin-email-field',
        attrs: 'error-message="Podaj poprawny adres e-mail"',
      },
      { key: 'phone', id: 'telefon', label: 'Telefon' },
      { key: 'platformDomain', id: 'domena', label: 'Domena systemu teleinformatycznego', colspan: true },
    ],
  },
  {
    h: 'ePUAP i osoba podpisująca',
    items: [
      { key: 'epuapLogin', id: 'login', label: 'Login użytkownika ePUAP' },
      { key: 'epuapOrgId', id: 'podmiot', label: 'Identyfikator podmiotu publicznego' },
      { key: 'signatoryName', id: 'podpisujacy', label: 'Imię i nazwisko podpisującego' },
    ],
  },
];

const ROLES = ['Wójt', 'Burmistrz', 'Prezydent Miasta', 'Osoba upoważniona'];

const CSS = `
html, body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; background: #f4f5f7; color: #1a2433; }
.app-header { height: 56px; background: #fff; border-bottom: 1px solid #e1e5eb; display: flex; align-items: center; padding: 0 24px; font-weight: 700; color: #0b3b72; }
#outlet { max-width: 900px; margin: 20px auto 80px; }
`;

const VIEW_CSS = `
:host { display: block; background: #fff; border-radius: 8px; padding: 20px 28px 28px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h2 { margin: 0 0 4px; font-size: 21px; }
h3 { font-size: 16px; margin: 22px 0 4px; color: #0b3b72; }
p { color: #52606d; margin: 4px 0 10px; }
vaadin-text-field, vaadin-email-field, vaadin-select { max-width: none; }
.hasla { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
.akcje { display: flex; justify-content: flex-end; gap: 10px; margin-top: 20px; }
`;

function vaadinMc(): CorpusVariant {
  const keys: McKey[] = [...ITEMS.flatMap((g) => g.items.map((i) => i.key)), 'signatoryRole'];
  const ak = mcKeys(keys);
  const item = (i: Item) => {
    const tag = i.tag ?? 'vaadin-text-field';
    return `<vaadin-form-item required${i.colspan ? ' colspan="2"' : ''}><label slot="label">${i.label}</label><${tag} id="${i.id}" required ${i.attrs ?? ''}></${tag}></vaadin-form-item>`;
  };
  const tpl = `<style>${VIEW_CSS}</style>
<h2>Formularz dla wniosku o wydanie certyfikatu do integracji z ePUAP</h2>
<p>Wpisz dane dokładnie takie jak we wniosku wysłanym przez ePUAP.</p>
${ITEMS.map((g) => `<h3>${g.h}</h3><vaadin-form-layout>${g.items.map(item).join('')}${g.h.startsWith('ePUAP') ? '<vaadin-form-item required><label slot="label">Stanowisko</label><vaadin-select id="stanowisko" required placeholder="Wybierz stanowisko"></vaadin-select></vaadin-form-item>' : ''}</vaadin-form-layout>`).join('\n')}
<h3>Hasła</h3>
<p>Hasło: od 8 do 32 znaków, co najmniej jedna litera i jedna cyfra. Oba hasła muszą być różne.</p>
<div class="hasla">
<vaadin-password-field id="haslo-uniewaznienia" label="Hasło do unieważnienia certyfikatu" required minlength="8" maxlength="32"></vaadin-password-field>
<vaadin-password-field id="haslo-p12" label="Hasło do pliku .p12" required minlength="8" maxlength="32"></vaadin-password-field>
<vaadin-password-field id="haslo-uniewaznienia-2" label="Powtórz hasło do unieważnienia" required maxlength="32"></vaadin-password-field>
<vaadin-password-field id="haslo-p12-2" label="Powtórz hasło do pliku .p12" required maxlength="32"></vaadin-password-field>
</div>
<vaadin-checkbox id="zgoda">Potwierdzam, że dane są zgodne z wnioskiem, i akceptuję regulamin wydawania certyfikatów.</vaadin-checkbox>
<div class="akcje"><vaadin-button id="wyczysc">Wyczyść</vaadin-button><vaadin-button id="wyslij" theme="primary">Wyślij wniosek</vaadin-button></div>`;
  const ids: Record<string, string> = {};
  for (const g of ITEMS) for (const i of g.items) ids[i.id] = i.key;
  const pws = {
    'haslo-uniewaznienia': 'revokePassword',
    'haslo-uniewaznienia-2': 'revokePasswordRepeat',
    'haslo-p12': 'p12Password',
    'haslo-p12-2': 'p12PasswordRepeat',
  };
  const boot = `
var S = B3.store(${js(ak)});
var IDS = ${js(ids)};
var PWS = ${js(pws)};
var ROLES = ${js(ROLES)};
function rule(v) { return v.length >= 8 && v.length <= 32 && /[A-Za-z]/.test(v) && /[0-9]/.test(v); }
customElements.define('wniosek-view', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    var sr = this.attachShadow({ mode: 'open' });
    sr.innerHTML = ${js(tpl)};
    var all = [];
    Object.keys(IDS).forEach(function (id) {
      var f = sr.getElementById(id); all.push(f);
      f.addEventListener('change', function () { S.set(IDS[id], f.value.trim()); });
    });
    Object.keys(PWS).forEach(function (id) {
      var f = sr.getElementById(id); all.push(f);
      var of = /-2$/.test(id) ? sr.getElementById(id.slice(0, -2)) : null;
      f.extraCheck = function (v) {
        if (of) return v && v !== of.value ? 'Hasła nie są identyczne' : '';
        return v && !rule(v) ? 'Hasło nie spełnia wymagań' : '';
      };
      f.addEventListener('change', function () { S.set(PWS[id], f.value); });
    });
    var sel = sr.getElementById('stanowisko'); all.push(sel);
    sel.items = ROLES.map(function (r, i) { return { label: r, value: String(i + 1) }; });
    sel.addEventListener('value-changed', function (e) { var i = Number(e.detail.value) - 1; S.set('signatoryRole', ROLES[i] || ''); });
    var zgoda = sr.getElementById('zgoda');
    zgoda.addEventListener('change', function () { S.set('consent', String(zgoda.checked)); });
    B3.untrusted(sr.getElementById('wyslij'), S);
    this._all = all;
  }
});
setTimeout(function () { document.getElementById('outlet').innerHTML = '<wniosek-view></wniosek-view>'; }, 400);
B3.expose(S, function () {
  var v = document.querySelector('wniosek-view');
  return !!v && S.filled(${js(ak.filter((k) => k !== 'consent'))}) && v._all.every(function (f) { return f.checkValidity(); }) && B3.passwordsOk(S, rule);
});
`;
  const V = 'wniosek-view';
  const script: ScriptStep[] = [];
  for (const g of ITEMS)
    for (const i of g.items) {
      script.push(fill(`${V} #${i.id} input`, MC[i.key]), press(`${V} #${i.id} input`, 'Tab'));
    }
  script.push(
    click(`${V} #stanowisko [part="value-button"]`),
    click('vaadin-select-overlay vaadin-item:text-is("Wójt")'),
  );
  for (const [id, pw] of [
    ['haslo-uniewaznienia', PW_A],
    ['haslo-p12', PW_B],
    ['haslo-uniewaznienia-2', PW_A],
    ['haslo-p12-2', PW_B],
  ] as const)
    script.push(fill(`${V} #${id} input`, pw), press(`${V} #${id} input`, 'Tab'));
  return {
    id: 'blind3-mc-vaadin-form-items-shadow',
    form: 'mc',
    description:
      'Vaadin Flow MC form built 0.4 s after load inside a view\'s shadow root: vaadin-form-layout items whose labels are slotted beside the fields without any link to them, each input in its field\'s own shadow root (two shadow levels), values synced on change only (Tab needed); passwords as vaadin-password-field with their own labels ("Hasło do pliku .p12", "Powtórz hasło do unieważnienia"), reveal buttons and server-side checks; "Stanowisko" as vaadin-select (numeric item keys, the model keeps the label) with its overlay in body; the consent a vaadin-checkbox; rules 8–32 with a letter and a digit.',
    dimensions: {
      framework: 'vaadin-flow',
      container: 'shadow-view+shadow-fields',
      label: 'form-item-slotted-label',
      events: 'change-on-host',
      signatory: 'single',
      role: 'vaadin-select-overlay',
      passwords: 'letter-digit-8-32',
      timing: 'late-mount-400ms',
    },
    origin: 'hand',
    files: {
      'index.html': doc(
        'Wniosek o certyfikat do integracji z ePUAP',
        CSS,
        '<div class="app-header">Ministerstwo Cyfryzacji · Certyfikaty ePUAP</div><div id="outlet"></div>',
        boot,
        { bundles: [VAADIN_JS] },
      ),
    },
    script,
    expected: mcExpected(keys),
    outcome: 'filled',
  };
}

export function vaadinMcPages(): CorpusVariant[] {
  return [vaadinMc()];
}
