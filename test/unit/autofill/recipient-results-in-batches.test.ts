// @vitest-environment happy-dom
// A search whose results come in two batches (decoys first, the exact name about half a second later)
// is judged once the results stopped changing, not on the first batch.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('recipient results arriving in batches', () => {
  it('waits for the second batch with the exact name instead of reporting none', async () => {
    document.body.innerHTML = `<p>Adresat: <span id="shown">—</span></p>
      <div role="dialog"><label for="q">Nazwa</label><input id="q" type="text"><button type="button" id="go">Szukaj</button><ul id="out"></ul></div>`;
    const out = document.getElementById('out') as HTMLElement;
    const render = (names: string[]): void => {
      out.innerHTML = names
        .map((n) => `<li><span>${n}</span> <button type="button">Wybierz</button></li>`)
        .join('');
      for (const li of Array.from(out.children))
        li.querySelector('button')?.addEventListener('click', () => {
          (document.getElementById('shown') as HTMLElement).textContent =
            li.querySelector('span')?.textContent ?? '';
        });
    };
    const decoys = ['Departament Ministerstwa Cyfryzacji', 'Ministerstwo Cyfryzacji - COI'];
    document.getElementById('go')?.addEventListener('click', () => {
      setTimeout(() => render(decoys), 100);
      setTimeout(() => render([...decoys, 'Ministerstwo Cyfryzacji']), 700);
    });
    const { report } = await applyPlan(buildPlan(recipientOnly), document, { timeoutMs: 3000, settleMs: 60 });
    expect((report.fields[0] as FieldReport).status).toBe('filled');
    expect(document.getElementById('shown')?.textContent).toBe('Ministerstwo Cyfryzacji');
  });
});
