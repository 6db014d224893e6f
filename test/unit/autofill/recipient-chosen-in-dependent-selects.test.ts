// @vitest-environment happy-dom
// A recipient chosen in two dependent lists: the kind of entity first, then the entity, whose options
// load after the first choice; only the exact name is taken.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(bodies: Record<string, string[]>): HTMLSelectElement {
  document.body.innerHTML = `<form><label for="k">Typ jednostki</label><select id="k"><option value="">—</option>
    <option value="s">Samorząd terytorialny</option><option value="r">Organy administracji rządowej</option></select>
    <label for="p">Adresat</label><select id="p" disabled><option value="">Najpierw wybierz typ</option></select></form>`;
  const k = document.getElementById('k') as HTMLSelectElement;
  const p = document.getElementById('p') as HTMLSelectElement;
  k.addEventListener('change', () => {
    p.disabled = true;
    p.innerHTML = '<option value="">Wczytywanie…</option>';
    setTimeout(() => {
      p.innerHTML = `<option value="">Wybierz</option>${(bodies[k.value] ?? []).map((n, i) => `<option value="${k.value}${i}">${n}</option>`).join('')}`;
      p.disabled = false;
    }, 400);
  });
  return p;
}

const fill = async (): Promise<FieldReport> =>
  (await applyPlan(buildPlan(recipientOnly), document, { timeoutMs: 3000, settleMs: 30 })).report
    .fields[0] as FieldReport;

describe('recipient chosen in dependent lists', () => {
  it('chooses the government kind, waits for the late list, takes the exact name', async () => {
    const p = page({
      s: ['Urząd Gminy Brudzew'],
      r: [
        'Ministerstwo Cyfryzacji – Departament Telekomunikacji',
        'Ministerstwo Cyfryzacji',
        'Ministerstwo Finansów',
      ],
    });
    expect((await fill()).status).toBe('filled');
    expect(p.selectedOptions[0]?.textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it('reports not found and chooses no body when only near names exist', async () => {
    const p = page({ r: ['Ministerstwo Cyfryzacji – Departament Telekomunikacji', 'Minister Cyfryzacji'] });
    expect((await fill()).status).toBe('not-found');
    expect(p.value).toBe('');
  });
});
