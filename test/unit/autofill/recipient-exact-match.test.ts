// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const recipientOnly = {
  ...pismoOgolneRecipe,
  fields: pismoOgolneRecipe.fields.filter((f) => f.key === 'recipient'),
};

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const doc = (): Document => (page as LoadedFixture).document;

async function pickRecipient(fixture: string): Promise<FieldReport> {
  page = await openFixture(fixture);
  const { report } = await applyPlan(buildPlan(recipientOnly), page.document, FAST);
  return report.fields[0] as FieldReport;
}

describe('recipient search picks only the exact "Ministerstwo Cyfryzacji"', () => {
  it('ignores the department, the COI and another ministry, and picks the ministry itself', async () => {
    const field = await pickRecipient('pismo-ogolne-a.html');
    expect(field.status).toBe('filled');
    expect((doc().getElementById('adresat-id') as HTMLInputElement).value).toBe('/MC/SkrytkaESP');
  });

  it('does not take "Ministerstwo Cyfrowej …" or a link to a department (table of links)', async () => {
    const field = await pickRecipient('pismo-ogolne-b.html');
    expect(field.status).toBe('filled');
    expect(doc().getElementById('adresat')?.textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it('stops with not-found and a Polish instruction when only decoys are found', async () => {
    const field = await pickRecipient('pismo-ogolne-a.html#brak');
    expect(field.status).toBe('not-found');
    expect(field.message).toContain('dokładnie „Ministerstwo Cyfryzacji”');
    expect(field.message).toContain('nie departament');
    expect(doc().getElementById('adresat-nazwa')?.textContent).toBe('nie wybrano');
  });

  it('stops with ambiguous when two results are named exactly the same, naming what tells them apart', async () => {
    const field = await pickRecipient('pismo-ogolne-a.html#dwa');
    expect(field.status).toBe('ambiguous');
    expect(field.message).toContain('Znaleziono 2 pozycje o nazwie „Ministerstwo Cyfryzacji”');
    expect(field.message).toContain('/MC/SkrytkaESP');
    expect(field.message).toContain('/MC/Dokumenty');
    expect(field.message).toContain('wybierz właściwą ręcznie');
    expect(doc().getElementById('adresat-nazwa')?.textContent).toBe('nie wybrano');
  });

  it('confirms a radio pick with "Zatwierdź wybór" inside an iframe', async () => {
    const field = await pickRecipient('pismo-ogolne-frame.html');
    expect(field.status).toBe('filled');
    expect(field.frame).toEqual([0]);
  });

  it('leaves a different recipient the user already chose (conflict), unless overwrite is allowed', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const shown = page.document.getElementById('adresat-nazwa') as HTMLElement;
    shown.textContent = 'Urząd Marszałkowski Województwa Wielkopolskiego';
    const kept = await applyPlan(buildPlan(recipientOnly), page.document, FAST);
    expect(kept.report.fields[0]?.status).toBe('conflict');
    expect(kept.report.fields[0]?.message).toContain('Urząd Marszałkowski');
    expect(shown.textContent).toBe('Urząd Marszałkowski Województwa Wielkopolskiego');

    const replaced = await applyPlan(
      buildPlan(recipientOnly, {}, { overwrite: ['recipient'] }),
      page.document,
      FAST,
    );
    expect(replaced.report.fields[0]?.status).toBe('filled');
    expect(shown.textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it("never types into the portal's own header search", async () => {
    page = await openFixture('pismo-ogolne-bez-tytulu.html');
    const header = doc().createElement('header');
    header.innerHTML =
      '<input type="search" id="site-q" placeholder="Szukaj"><button type="button">Szukaj</button>';
    doc().body.prepend(header);
    const { report } = await applyPlan(buildPlan(recipientOnly), doc(), FAST);
    expect(report.fields[0]?.status).toBe('filled');
    expect((doc().getElementById('site-q') as HTMLInputElement).value).toBe('');
    expect(doc().getElementById('adresat')?.textContent).toBe('Ministerstwo Cyfryzacji');
  });

  it('reports not-found when the page has no recipient search at all', async () => {
    page = await openFixture('banner-a.html');
    const { report } = await applyPlan(buildPlan(recipientOnly), page.document, FAST);
    expect(report.fields[0]?.status).toBe('not-found');
    expect(report.fields[0]?.message).toContain('Ustaw/zmień adresata');
  });
});
