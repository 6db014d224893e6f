// Hand-written: a plain MC certificate form, a table with `for` labels, the two password pairs in fieldsets.

import type { CorpusVariant } from '../types';
import { MC_VALUES, PASSWORD } from '../values';

export function plainMc(): CorpusVariant {
  const rows: [string, string, string][] = [
    ['applicant', 'Nazwa jednostki samorządu terytorialnego', 'text'],
    ['street', 'Ulica', 'text'],
    ['buildingNumber', 'Numer budynku', 'text'],
    ['postalCode', 'Kod pocztowy', 'text'],
    ['town', 'Miejscowość', 'text'],
    ['regon', 'Numer REGON', 'text'],
    ['nip', 'NIP', 'text'],
    ['email', 'Adres poczty elektronicznej', 'email'],
    ['phone', 'Telefon kontaktowy', 'tel'],
    ['platformDomain', 'Adres domeny lub stały numer IP systemu', 'text'],
    ['epuapLogin', 'Identyfikator użytkownika (login)', 'text'],
    ['epuapOrgId', 'Identyfikator podmiotu publicznego', 'text'],
    ['signatoryName', 'Imię i nazwisko', 'text'],
    ['signatoryRole', 'Stanowisko', 'text'],
  ];
  const tr = rows
    .map(
      ([k, l, t]) =>
        `<tr><th><label for="p_${k}">${l}</label></th><td><input type="${t}" id="p_${k}" name="${k}" required></td></tr>`,
    )
    .join('\n      ');
  const pw = (group: string, legend: string) => `<fieldset><legend>${legend}</legend>
    <table>
      <tr><th><label for="${group}1">Hasło</label></th><td><input type="password" id="${group}1" name="${group}" minlength="8" maxlength="16" pattern="[A-Za-z0-9]{8,16}" autocomplete="new-password" required></td></tr>
      <tr><th><label for="${group}2">Powtórz hasło</label></th><td><input type="password" id="${group}2" name="${group}_2" minlength="8" maxlength="16" pattern="[A-Za-z0-9]{8,16}" autocomplete="new-password" required></td></tr>
    </table></fieldset>`;
  const html = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Formularz wniosku o wydanie certyfikatu - Ministerstwo Cyfryzacji</title>
<style>body{font-family:sans-serif;max-width:780px;margin:12px auto} th{text-align:left;font-weight:normal;width:50%} .zasady{color:#444}</style>
</head>
<body>
<header><b>gov.pl</b> · Ministerstwo Cyfryzacji</header>
<h1>Wniosek o wydanie certyfikatu do integracji z ePUAP</h1>
<form id="f" method="post" action="zapisz">
  <fieldset><legend>Dane wnioskodawcy</legend>
    <table>
      ${tr}
    </table>
  </fieldset>
  <p class="zasady">Hasła: od 8 do 16 znaków, tylko litery i cyfry. Oba hasła muszą być różne.</p>
  ${pw('hu', 'Hasło do unieważnienia certyfikatu')}
  ${pw('hp', 'Hasło do pliku p12')}
  <p><label><input type="checkbox" id="zgoda" name="zgoda"> Oświadczam, że dane są zgodne z wnioskiem.</label></p>
  <p><button type="submit">Wyślij</button></p>
</form>
<script>
(function () {
  var submitted = 0;
  var f = document.getElementById('f');
  f.addEventListener('submit', function (e) { e.preventDefault(); submitted++; });
  var KEYS = ${JSON.stringify(rows.map((r) => r[0]))};
  function v(id) { return document.getElementById(id).value; }
  window.__corpus = {
    model: function () {
      var m = {};
      KEYS.forEach(function (k) { m[k] = v('p_' + k); });
      m.revokePassword = v('hu1'); m.revokePasswordRepeat = v('hu2');
      m.p12Password = v('hp1'); m.p12PasswordRepeat = v('hp2');
      m.consent = String(document.getElementById('zgoda').checked);
      return m;
    },
    submitted: function () { return submitted; },
    valid: function () {
      var ok = Array.prototype.every.call(f.querySelectorAll('input:not([type=checkbox])'), function (el) { return el.checkValidity(); });
      var m = this.model();
      return ok && m.revokePassword === m.revokePasswordRepeat && m.p12Password === m.p12PasswordRepeat && m.revokePassword !== m.p12Password;
    }
  };
})();
</script>
</body>
</html>
`;
  const expected: Record<string, string> = {};
  for (const [k] of rows) expected[k] = MC_VALUES[k as keyof typeof MC_VALUES];
  Object.assign(expected, {
    revokePassword: PASSWORD,
    revokePasswordRepeat: PASSWORD,
    p12Password: PASSWORD,
    p12PasswordRepeat: PASSWORD,
    consent: 'false',
  });
  return {
    id: 'hand-plain-mc',
    form: 'mc',
    description:
      'Plain MC form: table rows with for-labels, two password pairs told apart by fieldset legends.',
    dimensions: {
      label: 'for',
      widget: 'text',
      events: 'native',
      timing: 'static',
      container: 'none',
      passwords: 'pattern+text',
    },
    origin: 'hand',
    files: { 'index.html': html },
    script: [
      ...rows.map(([k]) => ({ action: 'fill' as const, selector: `#p_${k}`, value: expected[k] ?? '' })),
      { action: 'fill', selector: '#hu1', value: 'Unw4zn1enie8' },
      { action: 'fill', selector: '#hu2', value: 'Unw4zn1enie8' },
      { action: 'fill', selector: '#hp1', value: 'Plik12haslo7' },
      { action: 'fill', selector: '#hp2', value: 'Plik12haslo7' },
    ],
    expected,
    outcome: 'filled',
  };
}
