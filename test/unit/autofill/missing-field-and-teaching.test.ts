// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeLocator,
  fill,
  findFillableControl,
  type LearnedMapping,
  learnedLocatorsFor,
  learnMapping,
  resolveLocator,
} from '../../../lib/autofill';
import { PISMO_LETTER_TITLE, pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { FIXTURE_BASE, frameWindow, type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 1500, settleMs: 50 };
const URL_E = `${FIXTURE_BASE}pismo-ogolne-bez-tytulu.html`;

let pages: LoadedFixture[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});
async function open(name: string): Promise<LoadedFixture> {
  const page = await openFixture(name);
  pages.push(page);
  return page;
}

describe('a field the engine cannot recognise', () => {
  it('is reported not-found with a Polish message, and the other fields are still filled', async () => {
    const page = await open('pismo-ogolne-bez-tytulu.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    const title = report.fields.find((f) => f.key === 'title');
    expect(title?.status).toBe('not-found');
    expect(title?.message).toContain('Nie znaleziono pola „Tytuł pisma”');
    expect(title?.message).toContain('Wskaż je na stronie');
    expect(report.fields.find((f) => f.key === 'recipient')?.status).toBe('filled');
    expect(report.fields.find((f) => f.key === 'body')?.status).toBe('filled');
  });

  it('is found through the locator learned when the user pointed at it, also after a reload', async () => {
    const first = await open('pismo-ogolne-bez-tytulu.html');
    // The user clicks the empty box; the picker turns the click target into the control.
    const clicked = findFillableControl(first.document.getElementById('f-1a2b3c4d'));
    expect(clicked?.getAttribute('name')).toBe('pole_a7');
    const mapping = learnMapping(clicked as Element, 'title', URL_E, first.document);
    expect(mapping).toMatchObject({
      site: 'epuap.gov.pl',
      pathPattern: '/fixtures/epuap/pismo-ogolne-bez-tytulu.html',
    });
    const stored: LearnedMapping[] = JSON.parse(JSON.stringify([mapping]));

    const reloaded = await open('pismo-ogolne-bez-tytulu.html');
    const learned = learnedLocatorsFor(stored, URL_E);
    const { report } = await fill(pismoOgolneRecipe, {}, reloaded.document, { ...FAST, learned });
    const title = report.fields.find((f) => f.key === 'title');
    expect(title).toMatchObject({ status: 'filled', foundBy: 'learned' });
    expect((reloaded.document.getElementById('f-1a2b3c4d') as HTMLInputElement).value).toBe(
      PISMO_LETTER_TITLE,
    );
  });

  it('a learned locator is tried before the labels', async () => {
    const page = await open('pismo-ogolne-a.html');
    // Teach "title" to be the body textarea (a deliberate mis-teaching proves the order).
    const locator = computeLocator(page.document.getElementById('tresc') as Element);
    const { report } = await fill(
      { ...pismoOgolneRecipe, fields: pismoOgolneRecipe.fields.filter((f) => f.key === 'title') },
      {},
      page.document,
      { ...FAST, learned: { title: locator } },
    );
    expect(report.fields[0]?.foundBy).toBe('learned');
    expect((page.document.getElementById('tresc') as HTMLTextAreaElement).value).toBe(PISMO_LETTER_TITLE);
  });

  it('falls back to the labels (and says so) when the learned element is gone', async () => {
    const page = await open('pismo-ogolne-a.html');
    const learned = { title: { framePath: [], tag: 'input', id: 'nie-ma-takiego', css: '#nie-ma > input' } };
    const { report } = await fill(
      { ...pismoOgolneRecipe, fields: pismoOgolneRecipe.fields.filter((f) => f.key === 'title') },
      {},
      page.document,
      { ...FAST, learned },
    );
    expect(report.fields[0]).toMatchObject({ status: 'filled', foundBy: 'label' });
    expect(report.fields[0]?.message).toContain('Wskazane wcześniej pole już nie istnieje');
  });

  it('remembers the frame path of a field inside an iframe and resolves it from the top document', async () => {
    const page = await open('pismo-ogolne-frame.html');
    const innerTitle = frameWindow(page.document).document.getElementById('tytulPisma') as Element;
    const locator = computeLocator(innerTitle, page.document);
    expect(locator.framePath).toEqual([
      { index: 0, id: 'fe-frame', name: 'formularz', src: 'pismo-ogolne-frame-inner.html' },
    ]);
    expect(resolveLocator(page.document, locator)).toBe(innerTitle);
  });
});
