// Helpers for the hand-written pages: the runtime config of a Pismo page and the common script steps.

import { catalogue, type Scenario } from '../catalogue';
import type { ScriptStep } from '../types';
import { PISMO_TEXTS } from '../values';

export const q = (id: string) => `[id="${id}"]`;

export interface RecipientIds {
  ui: 'list' | 'table' | 'radio' | 'cards' | 'autocomplete';
  dialog?: string;
  open?: string;
  input: string;
  button?: string;
  results: string;
  status: string;
  display: string;
  show: 'readonly' | 'chip' | 'text';
  empty: string;
  text?: 'plain' | 'upper' | 'mark' | 'span';
  extra?: 'none' | 'address' | 'esp' | 'both';
  keyBy?: 'esp' | 'id';
  delay?: number;
  debounce?: number;
  batches?: boolean;
}

export function recipientCfg(r: RecipientIds): Record<string, unknown> {
  return {
    text: 'plain',
    extra: 'none',
    keyBy: 'esp',
    delay: 300,
    debounce: 250,
    dialog: '',
    open: '',
    ...r,
  };
}

/** The steps a person takes to choose Ministerstwo Cyfryzacji (or, when absent, to look and close). */
export function recipientSteps(r: RecipientIds, scenario: Scenario, frames?: string[]): ScriptStep[] {
  const fr = frames ? { frames } : {};
  const out: ScriptStep[] = [];
  if (r.open) out.push({ action: 'click', selector: q(r.open), ...fr });
  if (r.ui === 'autocomplete')
    out.push({ action: 'type', selector: q(r.input), value: PISMO_TEXTS.query, ...fr });
  else {
    out.push({ action: 'fill', selector: q(r.input), value: PISMO_TEXTS.query, ...fr });
    out.push({ action: 'click', selector: q(r.button as string), ...fr });
  }
  const mc = catalogue(scenario).find((e) => e.esp === '/MC/SkrytkaESP');
  if (scenario !== 'filled' || !mc) return out;
  const row = `${q(r.results)} [data-id="${mc.id}"]`;
  out.push({ action: 'waitFor', selector: row, ...fr });
  if (r.ui === 'autocomplete') out.push({ action: 'click', selector: row, ...fr });
  else if (r.ui === 'radio') {
    out.push({ action: 'check', selector: `${row} input[type=radio]`, ...fr });
    out.push({ action: 'click', selector: `${q(r.results)} .zatwierdz`, ...fr });
  } else out.push({ action: 'click', selector: `${row} .wybierz`, ...fr });
  return out;
}

export function pismoExpected(
  scenario: Scenario,
  rodzaj: string,
  keyBy: 'esp' | 'id' = 'esp',
): Record<string, string> {
  return {
    recipient: scenario === 'filled' ? (keyBy === 'id' ? 'PP-00173' : '/MC/SkrytkaESP') : '',
    rodzaj,
    tytul: PISMO_TEXTS.tytul,
    tresc: PISMO_TEXTS.tresc,
  };
}

export const RODZAJ = [
  { v: '', t: 'Wybierz…' },
  { v: 'PODANIE', t: 'Podanie' },
  { v: 'WNIOSEK', t: 'Wniosek' },
  { v: 'SKARGA', t: 'Skarga' },
  { v: 'INNE', t: 'Inne' },
];

import { catalogueJs } from '../catalogue';
import { BASE_CSS } from '../page';
import { RUNTIME_JS } from '../runtime';

/** The inline script that starts the runtime on `hostId` (its markup already in the page). */
export function appScript(
  cfg: Record<string, unknown>,
  scenario: Scenario,
  hostId: string,
  shift = 0,
): string {
  return `<script>
(function () {
${catalogueJs(scenario, shift)}
${RUNTIME_JS}
var CFG = ${JSON.stringify({ prerendered: true, counters: [], forward: [], stepKeys: [], ...cfg }).replace(/<\//g, '<\\/')};
var app = window.__corpusApp(CFG, document, document.getElementById(${JSON.stringify(hostId)}));
window.__app = app;
app.start();
})();
</script>`;
}

/** `window.__corpus` on the top page, delegating to the app (in this window or in a frame). */
export function proxyScript(getApp: string, keys: string[]): string {
  const empty = Object.fromEntries(keys.map((k) => [k, k === 'consent' ? 'false' : '']));
  return `<script>
(function () {
  var EMPTY = ${JSON.stringify(empty)};
  function app() { try { return ${getApp}; } catch (e) { return null; } }
  window.__corpus = {
    model: function () { var a = app(); return a ? a.model() : JSON.parse(JSON.stringify(EMPTY)); },
    submitted: function () { var a = app(); return a ? a.submitted() : 0; },
    valid: function () { var a = app(); return a ? a.valid() : false; }
  };
})();
</script>`;
}

export function html(title: string, css: string, body: string): string {
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

export { BASE_CSS };
