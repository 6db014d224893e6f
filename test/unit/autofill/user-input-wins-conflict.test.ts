// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill } from '../../../lib/autofill';
import { PISMO_LETTER_TITLE, pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const withoutRecipient = {
  ...pismoOgolneRecipe,
  fields: pismoOgolneRecipe.fields.filter((f) => f.key !== 'recipient'),
};

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function typeByHand(input: HTMLInputElement, text: string): void {
  input.value = text;
  const view = input.ownerDocument.defaultView as Window & typeof globalThis;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
}

describe('a value the user typed is never overwritten silently', () => {
  it('reports conflict for a different title and keeps it', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const title = page.document.getElementById('tytul') as HTMLInputElement;
    typeByHand(title, 'Wniosek o certyfikat');
    const { report } = await fill(withoutRecipient, {}, page.document, FAST);
    const entry = report.fields.find((f) => f.key === 'title');
    expect(entry?.status).toBe('conflict');
    expect(entry?.message).toContain('„Wniosek o certyfikat”');
    expect(entry?.message).toContain('Nie zmieniam');
    expect(title.value).toBe('Wniosek o certyfikat');
    expect(report.ok).toBe(false);
    // The other fields are still filled.
    expect(report.fields.find((f) => f.key === 'body')?.status).toBe('filled');
  });

  it('replaces it only when the plan says overwrite for that field', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const title = page.document.getElementById('tytul') as HTMLInputElement;
    typeByHand(title, 'Wniosek o certyfikat');
    const { report } = await fill(withoutRecipient, {}, page.document, { ...FAST, overwrite: ['title'] });
    expect(report.fields.find((f) => f.key === 'title')?.status).toBe('filled');
    expect(title.value).toBe(PISMO_LETTER_TITLE);
  });

  it('treats the same text with different spacing as already filled', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const title = page.document.getElementById('tytul') as HTMLInputElement;
    typeByHand(title, `  ${PISMO_LETTER_TITLE.replace(/ /g, '  ')} `);
    const { report } = await fill(withoutRecipient, {}, page.document, FAST);
    expect(report.fields.find((f) => f.key === 'title')?.status).toBe('already');
  });

  it('reports a different choice in the Rodzaj pisma list as conflict', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const select = page.document.getElementById('rodzaj') as HTMLSelectElement;
    select.value = 'SKARGA';
    const { report } = await fill(withoutRecipient, {}, page.document, FAST);
    expect(report.fields.find((f) => f.key === 'letterType')?.status).toBe('conflict');
    expect(select.value).toBe('SKARGA');
  });
});
