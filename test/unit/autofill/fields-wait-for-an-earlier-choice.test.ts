// @vitest-environment happy-dom
// Pages that take a choice a moment later: the recipient shows in the form some time after the pick, a
// field is enabled only once an earlier choice took effect. The fill goes on with the next fields while
// the pick is being taken, retries a field that waits for it, and still reports only what reads back.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The recipient and the title alone (keys aside: the first search field and the first text field). */
const recipientAndTitle = {
  ...pismoOgolneRecipe,
  fields: [
    pismoOgolneRecipe.fields.find((f) => f.kind === 'recipient-search'),
    pismoOgolneRecipe.fields.find((f) => f.kind === 'text'),
  ].filter((f) => f !== undefined),
};
const FAST = { timeoutMs: 3000, settleMs: 60 };
const titleField = recipientAndTitle.fields[1];
const titleSource = titleField && 'value' in titleField ? titleField.value : undefined;
const TITLE = titleSource && 'const' in titleSource ? titleSource.const : '';

/** A search dialog whose pick shows in the form `showAfterMs` later; `onShown` runs then. */
function letterPage(showAfterMs: number, onShown: () => void = () => undefined): void {
  document.body.innerHTML = `<form><p>Adresat: <span id="shown">—</span></p>
    <button type="button" id="open">Wybierz adresata</button>
    <label for="title">Tytuł pisma</label><input id="title"></form>
    <div role="dialog" id="dlg" hidden><label for="q">Nazwa podmiotu</label><input id="q">
    <button type="button" id="go">Szukaj</button><ul id="out"></ul></div>`;
  const dialog = document.getElementById('dlg') as HTMLElement;
  document.getElementById('open')?.addEventListener('click', () => {
    dialog.hidden = false;
  });
  document.getElementById('go')?.addEventListener('click', () => {
    setTimeout(() => {
      const out = document.getElementById('out') as HTMLElement;
      out.innerHTML = ['Departament Ministerstwa Cyfryzacji', 'Ministerstwo Cyfryzacji']
        .map((n) => `<li><span>${n}</span> <button type="button">Wybierz</button></li>`)
        .join('');
      for (const li of Array.from(out.children))
        li.querySelector('button')?.addEventListener('click', () => {
          dialog.hidden = true;
          const name = li.querySelector('span')?.textContent ?? '';
          setTimeout(() => {
            (document.getElementById('shown') as HTMLElement).textContent = name;
            onShown();
          }, showAfterMs);
        });
    }, 50);
  });
}

describe('fields after a choice the page takes a moment later', () => {
  it('fills the title while the recipient is being taken, then reports both once shown', async () => {
    letterPage(400);
    const title = document.getElementById('title') as HTMLInputElement;
    let titleAt = 0;
    title.addEventListener('input', () => {
      titleAt = performance.now();
    });
    let shownAt = 0;
    new MutationObserver(() => {
      shownAt ||= performance.now();
    }).observe(document.getElementById('shown') as HTMLElement, { childList: true });
    const { report } = await applyPlan(buildPlan(recipientAndTitle), document, FAST);
    expect(report.fields.map((f: FieldReport) => f.status)).toEqual(['filled', 'filled']);
    expect(document.getElementById('shown')?.textContent).toBe('Ministerstwo Cyfryzacji');
    expect(title.value).toBe(TITLE);
    expect(titleAt).toBeGreaterThan(0);
    expect(titleAt).toBeLessThan(shownAt);
  });

  it('a title disabled until the recipient is shown (longer than a disabled field is waited for) is tried again then', async () => {
    letterPage(1500, () => {
      (document.getElementById('title') as HTMLInputElement).disabled = false;
    });
    const title = document.getElementById('title') as HTMLInputElement;
    title.disabled = true;
    const { report } = await applyPlan(buildPlan(recipientAndTitle), document, FAST);
    expect(report.fields.map((f: FieldReport) => f.status)).toEqual(['filled', 'filled']);
    expect(title.value).toBe(TITLE);
  });

  it('a title the page enables a moment after it is reached is filled', async () => {
    letterPage(0);
    const title = document.getElementById('title') as HTMLInputElement;
    title.disabled = true;
    setTimeout(() => {
      title.disabled = false;
    }, 500);
    const { report } = await applyPlan(buildPlan(recipientAndTitle), document, FAST);
    expect(report.fields.map((f: FieldReport) => f.status)).toEqual(['filled', 'filled']);
    expect(title.value).toBe(TITLE);
  });

  it('a title the page never enables is reported, not filled', async () => {
    letterPage(50);
    const title = document.getElementById('title') as HTMLInputElement;
    title.disabled = true;
    const { report } = await applyPlan(buildPlan(recipientAndTitle), document, FAST);
    expect(report.fields.map((f: FieldReport) => f.status)).toEqual(['filled', 'error']);
    expect(title.value).toBe('');
  });

  it('a recipient the form never shows is not reported as filled', async () => {
    document.body.innerHTML = '';
    letterPage(60_000);
    const { report } = await applyPlan(buildPlan(recipientAndTitle), document, FAST);
    // The dialog closed on the pick, yet the form's "Adresat" still shows the empty marker: not taken.
    expect((report.fields[0] as FieldReport).status).toBe('error');
    expect((report.fields[0] as FieldReport).message).not.toContain('jeszcze go nie pokazała');
  });
});
