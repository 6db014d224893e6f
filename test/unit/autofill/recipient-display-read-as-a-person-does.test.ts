// @vitest-environment happy-dom
// What the form shows as the chosen recipient: a section title starting with the label ("Adresat i
// treść") is not a choice, and the choice may appear under another of the field's labels ("Wybrany
// adresat") than the one above the search box.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

const FAST = { timeoutMs: 1500, settleMs: 50 };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the shown recipient is read as a person reads it', () => {
  it('takes no section title for a chosen recipient and finds the choice under "Wybrany adresat"', async () => {
    document.body.innerHTML = `<h2>Adresat i treść</h2>
      <div><label for="q">Adresat</label><span><input id="q" type="text" role="combobox" aria-autocomplete="list" aria-controls="lista"></span>
      <ul id="lista" role="listbox" hidden></ul></div>
      <div><span>Wybrany adresat</span> <output id="shown">brak</output></div>`;
    const input = document.getElementById('q') as HTMLInputElement;
    const list = document.getElementById('lista') as HTMLElement;
    input.addEventListener('input', () => {
      setTimeout(() => {
        list.hidden = false;
        list.innerHTML = ['Ministerstwo Cyfryzacji - COI', 'Ministerstwo Cyfryzacji']
          .map((n) => `<li role="option">${n}</li>`)
          .join('');
        for (const li of Array.from(list.children))
          li.addEventListener('click', () => {
            (document.getElementById('shown') as HTMLElement).textContent = li.textContent;
            input.value = '';
            list.hidden = true;
          });
      }, 30);
    });
    const { report } = await applyPlan(buildPlan(recipientOnly), document, FAST);
    expect((report.fields[0] as FieldReport).status).toBe('filled');
    expect(document.getElementById('shown')?.textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it('does not report a pick that nothing on the page took (no display, the result still offered)', async () => {
    document.body.innerHTML = `<div role="dialog"><label for="q">Nazwa podmiotu</label><input id="q" type="text">
      <button type="button" id="go">Szukaj</button><ul id="out"></ul></div>`;
    document.getElementById('go')?.addEventListener('click', () => {
      setTimeout(() => {
        (document.getElementById('out') as HTMLElement).innerHTML =
          '<li><span>Ministerstwo Cyfryzacji</span> <button type="button">Wybierz</button></li>';
      }, 30);
    });
    const { report } = await applyPlan(buildPlan(recipientOnly), document, FAST);
    expect((report.fields[0] as FieldReport).status).toBe('error');
  });
});
