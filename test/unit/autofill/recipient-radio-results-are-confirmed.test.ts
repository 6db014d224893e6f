// @vitest-environment happy-dom
// Result radios inline in the letter's form, confirmed with "Zatwierdź" inside their own fieldset: the
// radio is ticked, then that fieldset's confirm button (never a form-wide one) is pressed.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inline result radios with a confirm button', () => {
  it('ticks the exact name and presses the confirm button of the results', async () => {
    document.body.innerHTML = `<form><div><span>Adresat *</span><output id="shown">—</output></div>
      <div><label for="q">Szukaj adresata</label><input id="q" type="search"> <button type="button" id="go">Wyszukaj</button></div>
      <div id="res"></div><textarea aria-label="Treść"></textarea><button type="submit">Dalej</button></form>`;
    let submits = 0;
    document.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    const names = ['Departament Ministerstwa Cyfryzacji', 'Ministerstwo Cyfryzacji'];
    document.getElementById('go')?.addEventListener('click', () => {
      setTimeout(() => {
        const res = document.getElementById('res') as HTMLElement;
        res.innerHTML = `<fieldset><legend>Wyniki wyszukiwania</legend>${names
          .map(
            (n, i) =>
              `<div><input type="radio" name="w" id="w${i}" value="${i}"><label for="w${i}">${n} <small>/X/${i}</small></label></div>`,
          )
          .join('')}<button type="button" id="ok">Zatwierdź</button></fieldset>`;
        document.getElementById('ok')?.addEventListener('click', () => {
          const r = res.querySelector<HTMLInputElement>('input[name=w]:checked');
          if (r) (document.getElementById('shown') as HTMLElement).textContent = names[Number(r.value)] ?? '';
          res.innerHTML = '';
        });
      }, 50);
    });
    const { report } = await applyPlan(buildPlan(recipientOnly), document, { timeoutMs: 2000, settleMs: 60 });
    expect((report.fields[0] as FieldReport).status).toBe('filled');
    expect(document.getElementById('shown')?.textContent).toBe('Ministerstwo Cyfryzacji');
    expect(submits).toBe(0);
  });
});
