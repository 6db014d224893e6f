// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanLabel, fill, matchQuality, normalizeText } from '../../../lib/autofill';
import { collectDocuments } from '../../../lib/autofill/dom';
import { locateControl } from '../../../lib/autofill/locate';
import { PISMO_LETTER_BODY, pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { type LoadedFixture, openFixture } from './load-fixture';

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('Polish text is compared case-, diacritics- and spacing-insensitively', () => {
  it('normalises every Polish letter, including ł which has no Unicode decomposition', () => {
    expect(normalizeText('  ZAŻÓŁĆ   gęślą\tjaźń ')).toBe('zazolc gesla jazn');
    expect(normalizeText('Treść pisma')).toBe(normalizeText('TRESC PISMA'));
    expect(normalizeText('Łódź')).toBe('lodz');
  });

  it('ignores label decorations and prefers equality over a longer label', () => {
    expect(cleanLabel('Tytuł pisma: *')).toBe('tytul pisma');
    expect(cleanLabel('Treść (wymagane)')).toBe('tresc');
    expect(matchQuality('TYTUL PISMA:', ['Tytuł pisma'])).toBe(1);
    expect(matchQuality('Tytuł pisma', ['Tytuł'])).toBeGreaterThan(
      matchQuality('Wpisz tytuł pisma', ['Tytuł']),
    );
    // Whole words only: "Rodzaj" does not match inside "Rodzajowy".
    expect(matchQuality('Rodzajowy opis', ['Rodzaj'])).toBe(0);
  });

  it('fills the upper-case, diacritic-free labels of the older layout', async () => {
    page = await openFixture('pismo-ogolne-bez-tytulu.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, { timeoutMs: 1500, settleMs: 50 });
    expect(report.fields.find((f) => f.key === 'letterType')?.status).toBe('filled');
    expect(report.fields.find((f) => f.key === 'body')?.status).toBe('filled');
    expect((page.document.getElementById('rodzaj') as HTMLSelectElement).value).toBe('w');
    expect((page.document.getElementById('tresc') as HTMLTextAreaElement).value).toBe(PISMO_LETTER_BODY);
  });

  it('finds a field by a label typed without Polish letters and one with odd spacing', () => {
    document.body.innerHTML = `
      <div><span>Tresc   PISMA</span><textarea id="a"></textarea></div>
      <div><label for="b">tytul pisma</label><input id="b"></div>`;
    const docs = collectDocuments(document);
    const body = locateControl(docs, 'textarea', ['Treść pisma']);
    const title = locateControl(docs, 'text', ['Tytuł pisma']);
    expect(body.status === 'found' && body.control.el.id).toBe('a');
    expect(title.status === 'found' && title.control.el.id).toBe('b');
  });

  it('reports ambiguous when two fields carry the same label', () => {
    document.body.innerHTML = `
      <label>Tytuł <input id="x"></label>
      <label>Tytuł <input id="y"></label>`;
    expect(locateControl(collectDocuments(document), 'text', ['Tytuł']).status).toBe('ambiguous');
  });
});
