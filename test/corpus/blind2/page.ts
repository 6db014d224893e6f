// Helpers of the blind2 pages: the document shell with the inline bundle, expected models, script steps.

import type { ScriptStep } from '../types';
import { MC_VALUES, type McKey, PASSWORD, PISMO_TEXTS } from '../values';
import { B2_CSS, B2_JS } from './lib';

export const T = PISMO_TEXTS;
export const MC = MC_VALUES;

/** A whole document: the page's CSS, its markup, the bundle, then the page's own boot script. */
export function doc(title: string, css: string, body: string, boot: string, lang = 'pl'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${B2_CSS}${css}</style>
</head>
<body>
${body}
<script>${B2_JS}</script>
<script>
(function () {
${boot}
})();
</script>
</body>
</html>
`;
}

/** A top page whose form lives in frames: the bundle's proxy reads the app down the frame chain. */
export function shell(
  title: string,
  css: string,
  body: string,
  chain: string[],
  keys: string[],
  extra = '',
): string {
  return doc(title, css, body, `B2.proxy(${JSON.stringify(chain)}, ${JSON.stringify(keys)});\n${extra}`);
}

export const PISMO_KEYS = ['recipient', 'rodzaj', 'tytul', 'tresc'];

export function pismo(recipient: string, rodzaj: string): Record<string, string> {
  return { recipient, rodzaj, tytul: T.tytul, tresc: T.tresc };
}

export const PW_EXPECTED = {
  revokePassword: PASSWORD,
  revokePasswordRepeat: PASSWORD,
  p12Password: PASSWORD,
  p12PasswordRepeat: PASSWORD,
};

/** The expected model of an MC page asking for `keys` (plus both password pairs and the consent). */
export function mcExpected(keys: McKey[], consent = true): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = MC_VALUES[k];
  Object.assign(out, PW_EXPECTED);
  if (consent) out.consent = 'false';
  return out;
}

/** JSON for an inline script (no closing script tag inside). */
export function js(v: unknown): string {
  return JSON.stringify(v).replace(/<\//g, '<\\/');
}

export const fill = (selector: string, value: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'fill', selector, value, frames } : { action: 'fill', selector, value };
export const type = (selector: string, value: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'type', selector, value, frames } : { action: 'type', selector, value };
export const click = (selector: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'click', selector, frames } : { action: 'click', selector };
export const wait = (selector: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'waitFor', selector, frames } : { action: 'waitFor', selector };
export const press = (selector: string, key: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'press', selector, key, frames } : { action: 'press', selector, key };
export const choose = (selector: string, value: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'selectOption', selector, value, frames } : { action: 'selectOption', selector, value };
export const check = (selector: string, frames?: string[]): ScriptStep =>
  frames ? { action: 'check', selector, frames } : { action: 'check', selector };

/** Passwords a person would pick for a page's rules: two different pairs. */
export const PW_A = 'Odwolanie2026x';
export const PW_B = 'PlikKlucza2026y';
export const PW_A_SPECIAL = 'Odwolanie#2026';
export const PW_B_SPECIAL = 'PlikKlucza!2026';

/** The kinds of letter in the order a real list has them (a longer "Wniosek o …" before "Wniosek"). */
export const RODZAJE = [
  { v: 'ODWOLANIE', t: 'Odwołanie' },
  { v: 'PODANIE', t: 'Podanie' },
  { v: 'SKARGA', t: 'Skarga' },
  { v: 'WNIOSEK_UIP', t: 'Wniosek o udostępnienie informacji publicznej' },
  { v: 'WNIOSEK', t: 'Wniosek' },
  { v: 'WYJASNIENIE', t: 'Wyjaśnienie' },
  { v: 'ZAZALENIE', t: 'Zażalenie' },
  { v: 'INNE', t: 'Inne pismo' },
];
