// @vitest-environment happy-dom
// The recipient search inside a web component's open shadow root is found and used like one in the page;
// a dialog that holds the letter's own form is not a search dialog: its only text box is never typed into.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

const FAST = { timeoutMs: 1500, settleMs: 50 };

afterEach(() => {
  document.body.innerHTML = '';
});

async function pick(): Promise<FieldReport> {
  const { report } = await applyPlan(buildPlan(recipientOnly), document, FAST);
  return report.fields[0] as FieldReport;
}

describe('recipient search in shadow roots and form dialogs', () => {
  it('opens, searches and picks the exact name inside an open shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><p>Adresat: <span id="shown">nie wybrano</span></p>
      <button type="button" id="open">Ustaw adresata</button>
      <div role="dialog" id="dlg" hidden><label for="q">Nazwa podmiotu</label><input id="q" type="text">
      <button type="button" id="go">Szukaj</button><ul id="out"></ul></div></div>`;
    const $ = (id: string) => root.getElementById(id) as HTMLElement;
    $('open').addEventListener('click', () => {
      $('dlg').hidden = false;
    });
    $('go').addEventListener('click', () => {
      setTimeout(() => {
        $('out').innerHTML = ['Departament Ministerstwa Cyfryzacji', 'Ministerstwo Cyfryzacji']
          .map((n) => `<li><span>${n}</span> <button type="button">Wybierz</button></li>`)
          .join('');
        for (const li of Array.from($('out').children))
          li.querySelector('button')?.addEventListener('click', () => {
            $('shown').textContent = li.querySelector('span')?.textContent ?? '';
            $('dlg').hidden = true;
          });
      }, 30);
    });
    const field = await pick();
    expect(field.status).toBe('filled');
    expect($('shown').textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it('never types the name into the only text box of a dialog holding the form', async () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true"><h2>Nowe pismo</h2>
      <label for="t">Tytuł pisma</label><input id="t" type="text"><textarea aria-label="Treść"></textarea></div>`;
    const field = await pick();
    expect(field.status).toBe('not-found');
    expect((document.getElementById('t') as HTMLInputElement).value).toBe('');
  });
});
