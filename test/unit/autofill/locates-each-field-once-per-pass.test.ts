// @vitest-environment happy-dom
// Issue 14 (speed): within one fill pass each control's label is read once (every locate scores every
// control of the page, and one fill locates several times); any page change that may rename a field
// (a label's text or attribute, a re-render, a field added in a shadow root attached later) makes the next
// locate read the names afresh, so a re-rendered form is still found and nothing stale is reported.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../../lib/autofill/apply';
import { collectDocuments } from '../../../lib/autofill/dom';
import { locateControl } from '../../../lib/autofill/locate';
import { namingStats, openNamingPass } from '../../../lib/autofill/naming-cache';
import type { FillPlan } from '../../../lib/autofill/types';

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
  document.body.innerHTML = '';
});

const FORM = `<form>
  <label for="a">Nazwa urzędu</label><input id="a">
  <label for="b">Ulica</label><input id="b">
  <label for="c">Miejscowość</label><input id="c">
</form>`;

const locate = (labels: string[]): string => {
  const result = locateControl(collectDocuments(document), 'text', labels);
  return result.status === 'found' ? result.control.el.id : result.status;
};
const stats = () => namingStats() ?? { computed: -1, reused: -1, cleared: -1 };

describe('a fill pass reads each control’s name once', () => {
  it('locating every field of an unchanged page names each control once', () => {
    document.body.innerHTML = FORM;
    close = openNamingPass();
    expect(locate(['Nazwa urzędu'])).toBe('a');
    expect(stats().computed).toBe(3);
    expect(locate(['Ulica'])).toBe('b');
    expect(locate(['Miejscowość'])).toBe('c');
    expect(locate(['Ulica'])).toBe('b');
    expect(stats()).toMatchObject({ computed: 3, reused: 9, cleared: 0 });
  });

  it('a value typed or a control’s own state changed keeps the names', () => {
    document.body.innerHTML = FORM;
    close = openNamingPass();
    locate(['Ulica']);
    const input = document.getElementById('b') as HTMLInputElement;
    input.value = 'Główna';
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('class', 'is-valid');
    expect(locate(['Miejscowość'])).toBe('c');
    expect(stats()).toMatchObject({ computed: 3, cleared: 0 });
  });

  it('a label’s text changed at once (before any observer callback) is read afresh', () => {
    document.body.innerHTML = FORM;
    close = openNamingPass();
    expect(locate(['Ulica'])).toBe('b');
    (document.querySelector('label[for="b"]') as Element).textContent = 'Kod pocztowy';
    // Synchronously, in the same task: the pending mutation records are taken before the cache is used.
    expect(locate(['Ulica'])).toBe('not-found');
    expect(locate(['Kod pocztowy'])).toBe('b');
    expect(stats().cleared).toBe(1);
  });

  it('a naming attribute changed is read afresh', () => {
    document.body.innerHTML = `<input id="x" aria-label="Telefon"><input id="y" aria-label="Faks">`;
    close = openNamingPass();
    expect(locate(['Adres e-mail'])).toBe('not-found');
    (document.getElementById('y') as Element).setAttribute('aria-label', 'Adres e-mail');
    expect(locate(['Adres e-mail'])).toBe('y');
  });

  it('a re-rendered form (new nodes, same labels) is found, on its new nodes', () => {
    document.body.innerHTML = FORM;
    close = openNamingPass();
    const before = document.getElementById('b');
    expect(locate(['Ulica'])).toBe('b');
    document.body.innerHTML = FORM.replace('id="b"', 'id="b2"').replace('for="b"', 'for="b2"');
    expect(locate(['Ulica'])).toBe('b2');
    expect(document.getElementById('b2')).not.toBe(before);
  });

  it('a field in a shadow root attached later is found and its label changes are seen', () => {
    document.body.innerHTML = `${FORM}<div id="host"></div>`;
    close = openNamingPass();
    expect(locate(['Numer telefonu'])).toBe('not-found');
    // attachShadow fires no mutation on the document: the next collection finds the new tree.
    const root = (document.getElementById('host') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="t">Numer telefonu</label><input id="t">`;
    expect(locate(['Numer telefonu'])).toBe('t');
    // The shadow root is watched from now on: its label renamed is read afresh.
    (root.querySelector('label') as Element).textContent = 'Numer faksu';
    expect(locate(['Numer telefonu'])).toBe('not-found');
    expect(locate(['Numer faksu'])).toBe('t');
  });

  it('outside a pass nothing is kept', () => {
    document.body.innerHTML = FORM;
    expect(namingStats()).toBeNull();
    expect(locate(['Ulica'])).toBe('b');
    (document.querySelector('label[for="b"]') as Element).textContent = 'Gmina';
    expect(locate(['Gmina'])).toBe('b');
  });

  it('the engine’s fill opens one pass and closes it; the report is read back from the page', async () => {
    document.body.innerHTML = FORM;
    const plan: FillPlan = {
      recipeId: 'test',
      fields: [
        {
          key: 'a',
          label: 'Nazwa urzędu',
          kind: 'text',
          labels: ['Nazwa urzędu'],
          value: 'Urząd Gminy',
          overwrite: false,
        },
        { key: 'b', label: 'Ulica', kind: 'text', labels: ['Ulica'], value: 'Główna 1', overwrite: false },
        {
          key: 'c',
          label: 'Miejscowość',
          kind: 'text',
          labels: ['Miejscowość'],
          value: 'Brudzew',
          overwrite: false,
        },
      ],
    };
    const { report } = await applyPlan(plan, document, { timeoutMs: 1000 });
    expect(report.fields.map((f) => f.status)).toEqual(['filled', 'filled', 'filled']);
    expect((document.getElementById('c') as HTMLInputElement).value).toBe('Brudzew');
    expect(namingStats()).toBeNull();
  });
});
