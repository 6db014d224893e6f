// Helpers of the blind3 pages: the document shell with the inline bundle, expected models, script steps.

import type { ScriptStep } from '../types';
import { MC_VALUES, type McKey, PASSWORD, PISMO_TEXTS } from '../values';
import { B3_JS } from './lib';

export const T = PISMO_TEXTS;
export const MC = MC_VALUES;

/** A whole document: the page's CSS, its markup, the bundle (and extra bundles), then the page's boot script. */
export function doc(
  title: string,
  css: string,
  body: string,
  boot: string,
  opts: { lang?: string; bundles?: string[]; head?: string } = {},
): string {
  const bundles = [B3_JS, ...(opts.bundles ?? [])].map((b) => `<script>${b}</script>`).join('\n');
  return `<!doctype html>
<html lang="${opts.lang ?? 'pl'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${opts.head ?? ''}<style>${css}</style>
</head>
<body>
${body}
${bundles}
<script>
(function () {
${boot}
})();
</script>
</body>
</html>
`;
}

/** JSON for an inline script (no closing tag inside). */
export function js(v: unknown): string {
  return JSON.stringify(v).replace(/<\//g, '<\\/');
}

export const PISMO_KEYS = ['recipient', 'rodzaj', 'tytul', 'tresc'];

export function pismo(recipient: string, rodzaj: string): Record<string, string> {
  return { recipient, rodzaj, tytul: T.tytul, tresc: T.tresc };
}

export const PW_KEYS = ['revokePassword', 'revokePasswordRepeat', 'p12Password', 'p12PasswordRepeat'];

/** The model keys of an MC page asking for `keys`: those, both password pairs and the consent. */
export function mcKeys(keys: McKey[]): string[] {
  return [...keys, ...PW_KEYS, 'consent'];
}

/** The expected model of an MC page asking for `keys` (plus both password pairs and the consent). */
export function mcExpected(
  keys: McKey[],
  override: Partial<Record<McKey, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = override[k] ?? MC_VALUES[k];
  for (const k of PW_KEYS) out[k] = PASSWORD;
  out.consent = 'false';
  return out;
}

type Frames = string[] | undefined;
const withFrames = <S extends ScriptStep>(s: S, frames: Frames): S => (frames ? { ...s, frames } : s);

export const fill = (selector: string, value: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'fill', selector, value }, frames);
export const type = (selector: string, value: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'type', selector, value }, frames);
export const click = (selector: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'click', selector }, frames);
export const wait = (selector: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'waitFor', selector }, frames);
export const press = (selector: string, key: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'press', selector, key }, frames);
export const check = (selector: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'check', selector }, frames);
export const choose = (selector: string, value: string, frames?: string[]): ScriptStep =>
  withFrames({ action: 'selectOption', selector, value }, frames);

/** Two different passwords of letters and digits (12–16 characters, an upper-case letter, a digit). */
export const PW_A = 'Uniewaznij2026K';
export const PW_B = 'PlikP12Brudzew7';
/** Two different passwords with a special character. */
export const PW_A_SPECIAL = 'Uniewazn!enie26';
export const PW_B_SPECIAL = 'Plik#P12Brudzew';
