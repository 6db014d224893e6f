// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type FillReport, fill } from '../../../lib/autofill';
import {
  PISMO_ATTACHMENT_HINT,
  PISMO_LETTER_BODY,
  PISMO_LETTER_TITLE,
  PISMO_RECIPIENT,
  pismoOgolneRecipe,
} from '../../../lib/sites/epuap';
import { frameWindow, type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 2000, settleMs: 50 };
let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function statuses(report: FillReport): Record<string, string> {
  return Object.fromEntries(report.fields.map((f) => [f.key, f.status]));
}

const ALL_FILLED = {
  recipient: 'filled',
  letterType: 'filled',
  title: 'filled',
  body: 'filled',
  attachment: 'hint',
};

describe('fills Pismo ogólne on every fixture variant', () => {
  it('A: for-labels, native select, recipient in a modal dialog with delayed results', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const { report, elements } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(statuses(report)).toEqual(ALL_FILLED);
    const doc = page.document;
    expect(doc.getElementById('adresat-nazwa')?.textContent).toBe(PISMO_RECIPIENT);
    expect((doc.getElementById('adresat-id') as HTMLInputElement).value).toBe('/MC/SkrytkaESP');
    expect((doc.getElementById('rodzaj') as HTMLSelectElement).value).toBe('WNIOSEK');
    expect((doc.getElementById('tytul') as HTMLInputElement).value).toBe(PISMO_LETTER_TITLE);
    expect((doc.getElementById('tresc') as HTMLTextAreaElement).value).toBe(PISMO_LETTER_BODY);
    // The attachment is the user's to choose: a hint, and the visible "+" button to highlight.
    const attachment = report.fields.find((f) => f.key === 'attachment');
    expect(attachment?.message).toBe(PISMO_ATTACHMENT_HINT);
    expect(elements.get('attachment')?.getAttribute('aria-label')).toBe('Dodaj załącznik');
    expect(report.ok).toBe(true);
  });

  it('B: wrapping labels, radio group, bare neighbouring text, aria-labelledby, inline search', async () => {
    page = await openFixture('pismo-ogolne-b.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(statuses(report)).toEqual(ALL_FILLED);
    const doc = page.document;
    expect(doc.getElementById('adresat')?.textContent).toBe(PISMO_RECIPIENT);
    const checked = doc.querySelector<HTMLInputElement>('input[name="f1"]:checked');
    expect(checked?.parentElement?.textContent?.trim()).toBe('Wniosek');
    expect((doc.querySelector('input[name="f2"]') as HTMLInputElement).value).toBe(PISMO_LETTER_TITLE);
    expect((doc.querySelector('input[name="f0"]') as HTMLInputElement).value).toBe('');
    expect((doc.querySelector('textarea[name="f3"]') as HTMLTextAreaElement).value).toBe(PISMO_LETTER_BODY);
  });

  it('C: framework page with an ARIA combobox, contenteditable body and re-rendering dialog', async () => {
    page = await openFixture('pismo-ogolne-c.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(statuses(report)).toEqual(ALL_FILLED);
    expect(page.document.getElementById('rodzaj')?.textContent).toBe('Wniosek');
    expect(page.document.querySelector('[contenteditable]')?.textContent).toBe(PISMO_LETTER_BODY);
  });

  it('D: the form inside a same-origin iframe (relative src), and a File is attached', async () => {
    page = await openFixture('pismo-ogolne-frame.html');
    const inner = frameWindow(page.document);
    const InnerFile = inner.File as typeof File;
    const file = new InnerFile(['%PDF-1.4 skan'], 'wniosek-podpisany.pdf', {
      type: 'application/pdf',
    });
    const { report } = await fill(pismoOgolneRecipe, { attachment: file }, page.document, FAST);
    expect(statuses(report)).toEqual({ ...ALL_FILLED, attachment: 'filled' });
    expect(report.fields.every((f) => f.frame?.[0] === 0)).toBe(true);
    const doc = inner.document;
    expect((doc.getElementById('adresat') as HTMLInputElement).value).toBe(PISMO_RECIPIENT);
    expect((doc.getElementById('rodzajPisma') as HTMLSelectElement).value).toBe('Wniosek');
    expect((doc.getElementById('tytulPisma') as HTMLInputElement).value).toBe(PISMO_LETTER_TITLE);
    expect((doc.getElementById('trescPisma') as HTMLTextAreaElement).value).toBe(PISMO_LETTER_BODY);
    expect((doc.getElementById('zalacznik') as HTMLInputElement).files?.[0]?.name).toBe(
      'wniosek-podpisany.pdf',
    );
  });

  it('reports every field with its key, Polish label and a Polish message', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(report.fields.map((f) => [f.key, f.label])).toEqual([
      ['recipient', 'Adresat'],
      ['letterType', 'Rodzaj pisma'],
      ['title', 'Tytuł pisma'],
      ['body', 'Treść pisma'],
      ['attachment', 'Załącznik'],
    ]);
    for (const field of report.fields) expect(field.message).toMatch(/[A-ZĄĆĘŁŃÓŚŹŻ]/);
    expect(report.url).toBe('https://epuap.gov.pl/fixtures/epuap/pismo-ogolne-a.html');
    // The report crosses to the background as plain data.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('a second fill finds everything already in place and changes nothing', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    await fill(pismoOgolneRecipe, {}, page.document, FAST);
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(statuses(report)).toEqual({
      recipient: 'already',
      letterType: 'already',
      title: 'already',
      body: 'already',
      attachment: 'hint',
    });
  });
});
