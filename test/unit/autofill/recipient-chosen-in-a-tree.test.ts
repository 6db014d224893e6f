// @vitest-environment happy-dom
// A recipient chosen in a tree (no search box): only branches leading to the recipient's kind are
// opened, children loaded later are awaited, and only the node named exactly is taken.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

afterEach(() => {
  document.body.innerHTML = '';
});

type Node = { name: string; kids?: Node[] };

function treePage(tree: Node[], delayMs: number): { opened: string[] } {
  document.body.innerHTML = `<p>Adresat: <span id="shown">nie wybrano</span></p><div><ul role="tree" id="t"></ul></div>`;
  const opened: string[] = [];
  const render = (n: Node): HTMLLIElement => {
    const li = document.createElement('li');
    li.setAttribute('role', 'treeitem');
    const row = document.createElement('div');
    row.innerHTML = `<span class="n">${n.name}</span>`;
    li.appendChild(row);
    if (n.kids) {
      li.setAttribute('aria-expanded', 'false');
      row.querySelector('.n')?.addEventListener('click', () => {
        if (li.getAttribute('aria-expanded') === 'true') return;
        opened.push(n.name);
        li.setAttribute('aria-expanded', 'true');
        const group = document.createElement('ul');
        group.setAttribute('role', 'group');
        li.appendChild(group);
        setTimeout(() => {
          for (const k of n.kids ?? []) group.appendChild(render(k));
        }, delayMs);
      });
    } else {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Wybierz';
      b.addEventListener('click', () => {
        (document.getElementById('shown') as HTMLElement).textContent = n.name;
      });
      row.appendChild(b);
    }
    return li;
  };
  for (const n of tree) document.getElementById('t')?.appendChild(render(n));
  return { opened };
}

const fill = async (): Promise<FieldReport> =>
  (await applyPlan(buildPlan(recipientOnly), document, { timeoutMs: 3000, settleMs: 30 })).report
    .fields[0] as FieldReport;

describe('recipient chosen in a tree', () => {
  it('opens the government branches, waits for late children, takes the exact node', async () => {
    const { opened } = treePage(
      [
        {
          name: 'Administracja rządowa',
          kids: [
            {
              name: 'Ministerstwa',
              kids: [
                { name: 'Ministerstwo Cyfryzacji – Departament Telekomunikacji' },
                { name: 'Ministerstwo Cyfryzacji' },
              ],
            },
          ],
        },
        { name: 'Samorząd terytorialny', kids: [{ name: 'Urząd Gminy' }] },
      ],
      400,
    );
    expect((await fill()).status).toBe('filled');
    expect(document.getElementById('shown')?.textContent).toBe('Ministerstwo Cyfryzacji');
    expect(opened).toEqual(['Administracja rządowa', 'Ministerstwa']);
  });

  it('reports not found and takes nothing when only near names exist', async () => {
    treePage(
      [
        {
          name: 'Ministerstwa',
          kids: [
            { name: 'Ministerstwo Cyfryzacji - Biuro Dyrektora Generalnego' },
            { name: 'Minister Cyfryzacji' },
          ],
        },
      ],
      50,
    );
    expect((await fill()).status).toBe('not-found');
    expect(document.getElementById('shown')?.textContent).toBe('nie wybrano');
  });
});
