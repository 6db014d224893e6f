// @vitest-environment happy-dom
// A page that sends each value to its server and shows "Przetwarzanie…" until the answer comes (JSF,
// RichFaces): the verify stage waits for that answer, so a value the server refuses is never reported
// as entered, and one it takes is reported once it is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { type FieldReport, fill, type Recipe } from '../../../lib/autofill';

afterEach(() => {
  document.body.innerHTML = '';
});

const recipe: Recipe = {
  id: 'busy-test',
  title: 'Formularz',
  fields: [
    { key: 'title', label: 'Tytuł', labels: ['Tytuł pisma'], kind: 'text', value: { const: 'Wniosek' } },
  ],
};
const FAST = { timeoutMs: 3000, settleMs: 50 };

/** The server answers 400 ms after each change (no DOM change meanwhile) with what it keeps. */
function page(keep: (v: string) => string): { status: HTMLElement; kept: () => string } {
  document.body.innerHTML = `<div id="s" role="status" style="visibility:hidden">Przetwarzanie…</div>
    <form><div id="panel"><label for="t">Tytuł pisma</label><input id="t"></div></form>`;
  const status = document.getElementById('s') as HTMLElement;
  let server = '';
  document.addEventListener('change', (e) => {
    const sent = (e.target as HTMLInputElement).value;
    status.style.visibility = 'visible';
    setTimeout(() => {
      server = keep(sent);
      (document.getElementById('panel') as HTMLElement).innerHTML =
        `<label for="t">Tytuł pisma</label><input id="t" value="${server}">`;
      status.style.visibility = 'hidden';
    }, 400);
  });
  return { status, kept: () => server };
}

const title = async (): Promise<FieldReport> =>
  (await fill(recipe, {}, document, FAST)).report.fields[0] as FieldReport;

describe('the verify stage waits while the page shows it is working', () => {
  it('a value the server refuses is not reported as entered', async () => {
    page(() => '');
    expect((await title()).status).toBe('error');
  });

  it('a value the server keeps is reported once the answer is in', async () => {
    const { status, kept } = page((v) => v);
    const report = await title();
    expect(report.status).toBe('filled');
    expect(kept()).toBe('Wniosek');
    expect(status.style.visibility).toBe('hidden');
  });
});
