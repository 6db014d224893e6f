// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill, isForbiddenAction } from '../../../lib/autofill';
import { safeClick } from '../../../lib/autofill/safety';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';
import { openVariant } from '../corpus/harness';
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
      const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
      // The fill did its work…
      for (const key of ['recipient', 'letterType', 'body'])
        expect(report.fields.find((f) => f.key === key)?.status).toBe('filled');
      // …and nothing was sent.
      expect(submits).toBe(0);
      expect(page.window.__submitted).toBe(0);
      expect(clicked.filter((t) => /wyślij|podpisz|dalej/i.test(t))).toEqual([]);
    });
  }

  it('also inside the iframe', async () => {
    page = await openFixture('pismo-ogolne-frame.html');
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    // The fill did its work in the frame…
    for (const key of ['recipient', 'letterType', 'title', 'body'])
      expect(report.fields.find((f) => f.key === key)?.status, key).toBe('filled');
    // …and nothing there was sent.
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

  it('names are checked in every source: id, name, title, value and javascript: links', () => {
    document.body.innerHTML = `<form><textarea></textarea>
      <button type="button" id="btnWyslijPismo">→</button>
      <input type="image" name="podpisz" alt="" src="x.png">
      <a href="javascript:submitLetter()">OK</a>
      <a href="javascript:void(0)" id="help">Pomoc</a>
      <button type="button" title="Przejdź dalej">›</button></form>`;
    const [send, sign, script, help, next] = Array.from(
      document.querySelectorAll('button, input, a'),
    ) as HTMLElement[];
    expect(isForbiddenAction(send as Element)).toBe(true);
    expect(isForbiddenAction(sign as Element)).toBe(true);
    expect(isForbiddenAction(next as Element)).toBe(true);
    expect(safeClick(script as Element)).toBe(false);
    expect(safeClick(help as Element)).toBe(true);
  });
});

describe('page code that submits during the fill is stopped, in every frame', () => {
  const PAGE = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Pismo ogólne do podmiotu publicznego</title></head><body>
    <h1>Pismo ogólne do podmiotu publicznego</h1>
    <form id="f"><label for="t">Tytuł pisma</label><input id="t">
    <label for="b">Treść pisma</label><textarea id="b"></textarea>
    <label for="r">Rodzaj pisma</label><select id="r"><option></option><option>Wniosek</option></select></form>
    <script>
      window.__submitted = 0;
      const f = document.getElementById('f');
      f.addEventListener('submit', () => { window.__submitted++; });
      // An "autosave" that posts the form on every change, two ways.
      // (through the prototype, as libraries do to dodge a control named "submit")
      window.__nativeSubmits = 0;
      const nativeSubmit = HTMLFormElement.prototype.submit;
      HTMLFormElement.prototype.submit = function () { window.__nativeSubmits++; };
      document.getElementById('t').addEventListener('change', () => HTMLFormElement.prototype.submit.call(f));
      document.getElementById('r').addEventListener('change', () => f.requestSubmit());
      document.getElementById('b').addEventListener('blur', () => f.requestSubmit());
    </script></body></html>`;

  it('form.submit() and requestSubmit() from change/blur handlers do nothing while the fill runs', async () => {
    const opened = await openVariant({
      id: 'autosave',
      form: 'pismo',
      description: '',
      dimensions: {},
      origin: 'hand',
      files: { 'index.html': PAGE },
      script: [],
      expected: {},
      outcome: 'filled',
    });
    try {
      const win = opened.window as unknown as { __submitted: number; __nativeSubmits: number };
      const { report } = await fill(pismoOgolneRecipe, {}, opened.document, FAST);
      expect(report.fields.find((f) => f.key === 'title')?.status).toBe('filled');
      expect(report.fields.find((f) => f.key === 'letterType')?.status).toBe('filled');
      expect(report.fields.find((f) => f.key === 'body')?.status).toBe('filled');
      expect(win.__submitted).toBe(0);
      expect(win.__nativeSubmits).toBe(0);
      // After the fill the page is the page's again: the guard is gone (so the checks above could fail).
      opened.document
        .getElementById('t')
        ?.dispatchEvent(new (opened.window as unknown as typeof globalThis).Event('change'));
      expect(win.__nativeSubmits).toBe(1);
    } finally {
      await opened.close();
    }
  });

  it('also when the form lives in a frame', async () => {
    page = await openFixture('pismo-ogolne-frame.html');
    const inner = frameWindow(page.document);
    const innerDoc = inner.document as Document;
    const form = innerDoc.querySelector('form') as HTMLFormElement;
    innerDoc.querySelector('textarea')?.addEventListener('input', () => form.requestSubmit());
    const { report } = await fill(pismoOgolneRecipe, {}, page.document, FAST);
    expect(report.fields.find((f) => f.key === 'body')?.status).toBe('filled');
    expect(inner.__submitted).toBe(0);
  });
});
