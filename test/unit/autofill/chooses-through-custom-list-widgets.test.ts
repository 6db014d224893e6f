// @vitest-environment happy-dom
// Lists the person opens and clicks, beyond the native select: a Chosen-like widget drawing its options
// inside itself (with an unnamed filter box), a button opening a menu of links beside it ("Wybierz… ▾"),
// and a PrimeFaces-like selectOneMenu whose read-only focus input is empty while a label shows the choice.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import type { Recipe } from '../../../lib/autofill/types';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const recipe: Recipe = {
  id: 'test/letter-type',
  title: 'Rodzaj',
  fields: [
    {
      key: 'letterType',
      label: 'Rodzaj pisma',
      labels: ['Rodzaj pisma'],
      kind: 'select',
      value: { const: 'Wniosek' },
    },
  ],
};

afterEach(() => {
  document.body.innerHTML = '';
});

async function choose(): Promise<FieldReport> {
  const { report } = await applyPlan(buildPlan(recipe), document, FAST);
  return report.fields[0] as FieldReport;
}

const OPTIONS = [
  ['', '— Rodzaj pisma —'],
  ['PD', 'Podanie'],
  ['WN', 'Wniosek'],
];

describe('choosing through custom list widgets', () => {
  it('opens a Chosen-like widget and clicks the option it draws inside itself', async () => {
    document.body.innerHTML = `<label for="r">Rodzaj pisma</label>
      <select id="r" style="display:none">${OPTIONS.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>
      <div class="chosen-container" id="r_chosen"><a class="chosen-single"><span>— Rodzaj pisma —</span></a>
      <div class="chosen-drop"><input type="text" autocomplete="off"><ul class="chosen-results"></ul></div></div>`;
    const select = document.getElementById('r') as HTMLSelectElement;
    const results = document.querySelector('.chosen-results') as HTMLElement;
    let model = '';
    document.querySelector('.chosen-single')?.addEventListener('mousedown', () => {
      results.innerHTML = OPTIONS.slice(1)
        .map(([v, t]) => `<li data-v="${v}">${t}</li>`)
        .join('');
      for (const li of Array.from(results.children))
        li.addEventListener('mouseup', () => {
          select.value = li.getAttribute('data-v') ?? '';
          model = select.value;
          (document.querySelector('.chosen-single span') as HTMLElement).textContent = li.textContent;
          results.innerHTML = '';
        });
    });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('WN');
  });

  it('opens a menu button and clicks the link beside it; the arrow is not part of the choice', async () => {
    document.body.innerHTML = `<span id="l">Rodzaj pisma</span>
      <span><button type="button" id="b" aria-haspopup="true" aria-expanded="false" aria-labelledby="l"><span class="v">Wybierz…</span> ▾</button>
      <ul id="m" hidden>${OPTIONS.slice(1)
        .map(([v, t]) => `<li><a href="#" data-value="${v}">${t}</a></li>`)
        .join('')}</ul></span>`;
    let model = '';
    const menu = document.getElementById('m') as HTMLElement;
    document.getElementById('b')?.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
    });
    for (const a of Array.from(menu.querySelectorAll('a')))
      a.addEventListener('click', (e) => {
        e.preventDefault();
        model = a.getAttribute('data-value') ?? '';
        (document.querySelector('#b .v') as HTMLElement).textContent = a.textContent;
        menu.hidden = true;
      });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('WN');
  });

  it('opens a selectOneMenu from its read-only focus input and reads the choice from its label', async () => {
    document.body.innerHTML = `<label for="s_focus">Rodzaj pisma</label>
      <div id="s" class="ui-selectonemenu"><div class="ui-helper-hidden-accessible"><input id="s_focus" type="text" role="combobox" aria-haspopup="listbox" readonly></div>
      <div class="ui-helper-hidden-accessible"><select id="s_input" aria-hidden="true">${OPTIONS.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select></div>
      <label id="s_label">— Rodzaj pisma —</label></div>`;
    let model = '';
    document.getElementById('s')?.addEventListener('click', () => {
      if (document.getElementById('s_panel')) return;
      const panel = document.createElement('ul');
      panel.id = 's_panel';
      panel.setAttribute('role', 'listbox');
      panel.innerHTML = OPTIONS.slice(1)
        .map(([v, t]) => `<li role="option" data-v="${v}">${t}</li>`)
        .join('');
      for (const li of Array.from(panel.children))
        li.addEventListener('click', () => {
          model = li.getAttribute('data-v') ?? '';
          (document.getElementById('s_label') as HTMLElement).textContent = li.textContent;
          panel.remove();
        });
      document.body.append(panel);
    });
    const field = await choose();
    expect(field.status).toBe('filled');
    expect(model).toBe('WN');
  });

  it('finds the widget drawn after the paragraph holding the select ("<p>…<select></p><div>")', async () => {
    document.body.innerHTML = `<p><span>Rodzaj pisma</span><br><select id="r" style="display:none">${OPTIONS.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select></p><div class="chosen-container"><a class="chosen-single" tabindex="-1"><span>— Rodzaj pisma —</span></a><ul class="chosen-results"></ul></div>
      <div class="akcje"><button type="button">Anuluj</button></div>`;
    const select = document.getElementById('r') as HTMLSelectElement;
    const results = document.querySelector('.chosen-results') as HTMLElement;
    document.querySelector('.chosen-single')?.addEventListener('mousedown', () => {
      results.innerHTML = OPTIONS.slice(1)
        .map(([v, t]) => `<li data-v="${v}">${t}</li>`)
        .join('');
      for (const li of Array.from(results.children))
        li.addEventListener('mouseup', () => {
          select.value = li.getAttribute('data-v') ?? '';
          (document.querySelector('.chosen-single span') as HTMLElement).textContent = li.textContent;
        });
    });
    const field = await choose();
    expect(field.message).toBe('Wybrano: „Wniosek”.');
    expect(select.value).toBe('WN');
  });

  it('does not report a choice the visible widget does not show (a select changed under it)', async () => {
    document.body.innerHTML = `<label for="r">Rodzaj pisma</label><select id="r" style="display:none">${OPTIONS.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select><div class="widget"><a tabindex="0">— Rodzaj pisma —</a></div>`;
    const field = await choose();
    expect(field.status).toBe('error');
    expect(field.message).toContain('Wniosek');
  });
});
