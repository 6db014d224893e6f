// @vitest-environment happy-dom
// Older server-rendered forms read what was typed on keyup only (onkeyup="…"): the value the engine
// enters reaches such a page's own data, as a person's typing does.
import { afterEach, expect, it } from 'vitest';
import { fill, type Recipe } from '../../../lib/autofill';

afterEach(() => {
  document.body.innerHTML = '';
});

const recipe: Recipe = {
  id: 'keyup-test',
  title: 'Formularz',
  fields: [
    { key: 'title', label: 'Tytuł', labels: ['Tytuł pisma'], kind: 'text', value: { const: 'Wniosek' } },
    { key: 'body', label: 'Treść', labels: ['Treść pisma'], kind: 'textarea', value: { const: 'Proszę o…' } },
  ],
};

it('a page that stores values on keyup only holds what was entered', async () => {
  document.body.innerHTML = `<form><label for="t">Tytuł pisma</label><input id="t">
    <label for="b">Treść pisma</label><textarea id="b"></textarea></form>`;
  const data: Record<string, string> = {};
  for (const id of ['t', 'b'])
    (document.getElementById(id) as HTMLInputElement).addEventListener('keyup', (e) => {
      data[id] = (e.target as HTMLInputElement).value;
    });
  const { report } = await fill(recipe, {}, document, { timeoutMs: 2000, settleMs: 30 });
  expect(report.fields.map((f) => f.status)).toEqual(['filled', 'filled']);
  expect(data).toEqual({ t: 'Wniosek', b: 'Proszę o…' });
});
