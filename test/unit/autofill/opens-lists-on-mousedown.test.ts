// @vitest-environment happy-dom
// List widgets of component libraries open the way a pointer does (on mousedown, not on click) and draw
// their options in a portal at the end of body, sometimes beside an empty list element the combobox
// names (a virtual list's shell): the engine presses, waits for the list, and presses the option.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import type { Recipe } from '../../../lib/autofill/types';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const recipe: Recipe = {
  id: 'test/rodzaj',
  title: 'Rodzaj',
  fields: [
    {
      key: 'rodzaj',
      label: 'Rodzaj pisma',
      labels: ['Rodzaj pisma'],
      kind: 'select',
      value: { const: 'Wniosek' },
    },
  ],
};
const KINDS = ['Podanie', 'Skarga', 'Wniosek o udostępnienie informacji publicznej', 'Wniosek', 'Inne'];

afterEach(() => {
  document.body.innerHTML = '';
});

async function choose(): Promise<FieldReport> {
  const { report } = await applyPlan(buildPlan(recipe), document, FAST);
  return report.fields[0] as FieldReport;
}

/** A portal appended to body with one option per kind; a click on an option calls `pick`. */
function portal(listId: string, kinds: readonly string[], pick: (text: string) => void): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div class="paper"><ul role="listbox" id="${listId}">${kinds
    .map((k) => `<li role="option" aria-selected="false">${k}</li>`)
    .join('')}</ul></div>`;
  for (const li of Array.from(root.querySelectorAll('li'))) {
    li.addEventListener('mousedown', (e) => e.preventDefault());
    li.addEventListener('click', () => pick(li.textContent ?? ''));
  }
  document.body.appendChild(root);
  return root;
}

describe('lists that open on mousedown', () => {
  it('presses a combobox that opens only on mousedown and clicks the option in a body portal', async () => {
    document.body.innerHTML = `<form><label id="l">Rodzaj pisma</label>
      <div role="combobox" tabindex="0" id="c" aria-controls="menu" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="l"></div></form>`;
    const combo = document.getElementById('c') as HTMLElement;
    let model = '';
    let open: HTMLElement | null = null;
    combo.addEventListener('click', () => {
      // A click alone does nothing: the pointer press opened the list.
    });
    combo.addEventListener('mousedown', (e) => {
      if ((e as MouseEvent).button !== 0) return;
      e.preventDefault();
      if (open) return;
      combo.setAttribute('aria-expanded', 'true');
      open = portal('menu', KINDS, (text) => {
        model = text;
        combo.textContent = text;
        open?.remove();
        open = null;
      });
    });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('Wniosek');
  });

  it('presses the read-only focus input of a non-searchable select; the mousedown reaches its control', async () => {
    document.body.innerHTML = `<form><span id="l">Rodzaj pisma</span>
      <div class="control" id="ctl"><div class="value"><div class="ph">Wybierz…</div>
      <input readonly aria-readonly="true" role="combobox" aria-haspopup="true" aria-expanded="false" aria-labelledby="l" value=""></div></div></form>`;
    const control = document.getElementById('ctl') as HTMLElement;
    const focus = control.querySelector('input') as HTMLInputElement;
    let model = '';
    control.addEventListener('mousedown', (e) => {
      e.preventDefault();
      if (document.getElementById('menu')) return;
      focus.setAttribute('aria-controls', 'menu');
      const root = portal('menu', KINDS, (text) => {
        model = text;
        (control.querySelector('.ph') as HTMLElement).textContent = text;
        root.remove();
        focus.removeAttribute('aria-controls');
      });
    });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('Wniosek');
  });

  it('finds the options beside the empty list the combobox names, in the same drop-down panel', async () => {
    document.body.innerHTML = `<form><label for="k">Rodzaj pisma</label>
      <div class="select"><span class="search"><input type="search" id="k" role="combobox" aria-haspopup="listbox" aria-expanded="false" value=""></span><span class="item">Wybierz rodzaj</span></div></form>`;
    const input = document.getElementById('k') as HTMLInputElement;
    let model = '';
    let panel: HTMLElement | null = null;
    const draw = (): void => {
      if (!panel) {
        panel = document.createElement('div');
        panel.innerHTML =
          '<div class="dropdown"><div role="listbox" id="k_list"></div><div class="virtual"><div class="inner"></div></div></div>';
        document.body.appendChild(panel);
        input.setAttribute('aria-controls', 'k_list');
      }
      const inner = panel.querySelector('.inner') as HTMLElement;
      // A virtual list: only the first two matches are drawn.
      const shown = KINDS.filter((k) => k.toLowerCase().includes(input.value.toLowerCase())).slice(0, 2);
      inner.innerHTML = shown.map((k) => `<div role="option" title="${k}">${k}</div>`).join('');
      for (const item of Array.from(inner.children))
        item.addEventListener('click', () => {
          model = item.getAttribute('title') ?? '';
          (document.querySelector('.item') as HTMLElement).textContent = model;
          panel?.remove();
          panel = null;
          input.value = '';
        });
    };
    input.addEventListener('input', draw);
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('Wniosek');
  });

  it('arrows through a list opened by the keyboard that draws only the options near the active one', async () => {
    document.body.innerHTML = `<form><span id="l">Rodzaj pisma</span>
      <div role="combobox" tabindex="0" id="c" aria-labelledby="l" aria-haspopup="listbox" aria-expanded="false">Wybierz</div></form>`;
    const combo = document.getElementById('c') as HTMLElement;
    const all = ['Deklaracja', 'Informacja', 'Odwołanie', 'Podanie', 'Skarga', 'Wniosek', 'Inne'];
    let model = '';
    let active = -1;
    let list: HTMLElement | null = null;
    const draw = (): void => {
      if (!list) return;
      // Three options around the active one are drawn, no more.
      const from = Math.max(0, active - 1);
      list.innerHTML = all
        .slice(from, from + 3)
        .map(
          (t, i) => `<div role="option" id="o${from + i}" aria-selected="${from + i === active}">${t}</div>`,
        )
        .join('');
      if (active >= 0) combo.setAttribute('aria-activedescendant', `o${active}`);
    };
    combo.addEventListener('keydown', (e) => {
      if (!list) {
        // Closed, the first ArrowDown only opens the list: nothing is active yet.
        if (e.key !== 'ArrowDown') return;
        list = document.createElement('div');
        list.setAttribute('role', 'listbox');
        document.body.appendChild(list);
        combo.setAttribute('aria-expanded', 'true');
        draw();
        return;
      }
      if (e.key === 'ArrowDown') {
        active = Math.min(all.length - 1, active + 1);
        draw();
      } else if (e.key === 'Enter' && active >= 0) {
        model = all[active] ?? '';
        combo.textContent = model;
        list.remove();
        list = null;
        combo.removeAttribute('aria-activedescendant');
      }
    });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('Wniosek');
  });
});
