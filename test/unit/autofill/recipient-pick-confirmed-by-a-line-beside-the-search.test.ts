// @vitest-environment happy-dom
// A search box the pick empties, the choice then shown on a line of its own beside it ("✔ <name>"), the
// whole field re-rendered with new nodes: the pick is confirmed by that line, a line naming another body
// confirms nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

afterEach(() => {
  document.body.innerHTML = '';
});

const NAMES = ['Ministerstwo Cyfryzacji', 'Ministerstwo Finansów'];

/** `shows` is what the page prints beside the box for a picked name. */
function page(shows: (name: string) => string): void {
  const ui = { q: '', found: [] as string[], chosen: '' };
  const render = (): void => {
    document.body.innerHTML = `<form><div class="pole"><label for="q${Date.now()}">Adresat</label>
      <input id="q${Date.now()}" name="q" value="${ui.q}" autocomplete="off" placeholder="Szukaj urzędu…">
      ${ui.chosen ? `<p class="wybrany">${shows(ui.chosen)}</p>` : ''}
      ${ui.found.length ? `<ul>${ui.found.map((n, i) => `<li><button type="button" data-i="${i}">${n} <small>/MC/ESP${i}</small></button></li>`).join('')}</ul>` : ''}
      </div><label for="t">Tytuł pisma</label><input id="t" name="t"></form>`;
    const q = document.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement;
    let timer = 0;
    q.addEventListener('input', () => {
      ui.q = q.value;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        ui.found = NAMES.filter((n) => n.toLowerCase().includes(ui.q.toLowerCase()));
        render();
      }, 200);
    });
    for (const b of document.querySelectorAll<HTMLButtonElement>('li button'))
      b.addEventListener('click', () => {
        ui.chosen = ui.found[Number(b.dataset.i)] ?? '';
        ui.found = [];
        ui.q = '';
        render();
      });
  };
  render();
}

const fill = async (): Promise<FieldReport> =>
  (await applyPlan(buildPlan(recipientOnly), document, { timeoutMs: 3000, settleMs: 30 })).report
    .fields[0] as FieldReport;

describe('recipient pick confirmed by a line beside the search box', () => {
  it('reads "✔ <name>" beside the emptied box as the recipient chosen', async () => {
    page((name) => `✔ ${name}`);
    const report = await fill();
    expect(report.status).toBe('filled');
    expect(document.querySelector('.wybrany')?.textContent).toBe('✔ Ministerstwo Cyfryzacji');
  });

  it('does not read a line naming another body as the choice', async () => {
    page((name) => `✔ ${name} – Departament Telekomunikacji`);
    const report = await fill();
    expect(report.status).toBe('error');
  });
});
