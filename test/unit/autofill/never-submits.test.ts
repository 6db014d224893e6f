// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill, isForbiddenAction } from '../../../lib/autofill';
import { safeClick } from '../../../lib/autofill/safety';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { frameWindow, type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 1500, settleMs: 50 };
let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('the engine never submits, sends or signs', () => {
  for (const fixture of [
    'pismo-ogolne-a.html',
    'pismo-ogolne-b.html',
    'pismo-ogolne-c.html',
    'pismo-ogolne-bez-tytulu.html',
  ]) {
    it(`a full fill of ${fixture} leaves the form's submit listener uncalled`, async () => {
      page = await openFixture(fixture);
      const form = page.document.querySelector('form') as HTMLFormElement;
      let submits = 0;
      form.addEventListener('submit', () => submits++);
      const clicked: string[] = [];
      page.document.addEventListener(
        'click',
        (e) => clicked.push(((e.target as Element).textContent ?? '').trim()),
        true,
      );
      await fill(pismoOgolneRecipe, {}, page.document, FAST);
      expect(submits).toBe(0);
      expect(page.window.__submitted).toBe(0);
      expect(clicked.filter((t) => /wyślij|podpisz|dalej/i.test(t))).toEqual([]);
    });
  }

  it('also inside the iframe', async () => {
    page = await openFixture('pismo-ogolne-frame.html');
    await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(frameWindow(page.document).__submitted).toBe(0);
  });

  it('a search button that is a submit button of the letter form runs its click but not the submit', async () => {
    page = await openFixture('pismo-ogolne-bez-tytulu.html');
    const search = page.document.querySelector('button[name="szukajBtn"]') as HTMLButtonElement;
    expect(search.type).toBe('submit');
    let clicks = 0;
    search.addEventListener('click', () => clicks++);
    expect(safeClick(search)).toBe(true);
    expect(clicks).toBe(1);
    expect(page.window.__submitted).toBe(0);
    // Without the guard the same click submits the letter: the fixture really is a trap.
    search.click();
    expect(page.window.__submitted).toBe(1);
  });

  it('refuses to click send/sign/next controls at all', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const doc = page.document;
    const buttons = Array.from(doc.querySelectorAll('.akcje button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Dalej', 'Podpisz i wyślij']);
    let clicks = 0;
    for (const button of buttons) {
      button.addEventListener('click', () => clicks++);
      expect(isForbiddenAction(button)).toBe(true);
      expect(safeClick(button)).toBe(false);
    }
    expect(clicks).toBe(0);
    const make = (html: string) => {
      const div = doc.createElement('div');
      div.innerHTML = html;
      return div.firstElementChild as Element;
    };
    expect(isForbiddenAction(make('<button>Wyślij</button>'))).toBe(true);
    expect(isForbiddenAction(make('<input type="submit" value="Złóż wniosek">'))).toBe(true);
    expect(isForbiddenAction(make('<a role="button" title="Podpisz profilem zaufanym">✍</a>'))).toBe(true);
    expect(isForbiddenAction(make('<button>Szukaj</button>'))).toBe(false);
    expect(isForbiddenAction(make('<button>Wybierz</button>'))).toBe(false);
  });
});
