// @vitest-environment happy-dom
// What a form shows beside "Adresat" is a chosen recipient only when it is one: the screen-reader text
// of a required marker ("Wymagane"), a bracketed note in the label ("Adresat (nazwa podmiotu)") and an
// instruction ("Wpisz min. 3 znaki…") are not.
import { afterEach, describe, expect, it } from 'vitest';
import { findLabelledText } from '../../../lib/autofill/labelled-text';

afterEach(() => {
  document.body.innerHTML = '';
});

function shown(html: string): string | undefined {
  document.body.innerHTML = html;
  return findLabelledText(document.body, ['Adresat'])?.text;
}

describe('the recipient display', () => {
  it('reads the value after a caption of its own that names the same thing ("Nazwa adresata:")', () => {
    const row = (v: string) =>
      `<div><h2>Adresat</h2><div class="row"><span>Nazwa adresata:</span> <span>${v}</span></div></div>`;
    expect(shown(row('nie wybrano'))).toBe('nie wybrano');
    expect(shown(row('Ministerstwo Cyfryzacji'))).toBe('Ministerstwo Cyfryzacji');
    // A caption naming something else stays part of the value.
    expect(shown('<p>Adresat: Urząd: Ministerstwo Cyfryzacji</p>')).toBe('Urząd: Ministerstwo Cyfryzacji');
  });

  it('does not read past a component standing for the field (the next section is not its value)', () => {
    customElements.define('x-combo', class extends HTMLElement {});
    document.body.innerHTML =
      '<section><h3>Adresat</h3><x-combo id="c"></x-combo></section><section><h3>Pismo</h3><p>Rodzaj</p></section>';
    (document.getElementById('c') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<input>';
    expect(findLabelledText(document.body, ['Adresat'])).toBeNull();
  });

  it('does not read the hidden "Wymagane" of a required marker as the value', () => {
    expect(
      shown(
        '<span id="l">Adresat<span class="mark">*</span><span class="sr-only">Wymagane</span></span><div><input readonly value=""></div>',
      ),
    ).toBe('');
  });

  it('still reads a value after the marker words', () => {
    expect(shown('<p>Adresat <span>(wymagane)</span> Ministerstwo Cyfryzacji</p>')).toBe(
      'Ministerstwo Cyfryzacji',
    );
  });

  it('does not read a bracketed note of the label or an instruction beside it as the value', () => {
    expect(
      shown(
        '<div><span>Adresat (nazwa podmiotu)</span><span>Wpisz min. 3 znaki i wybierz z listy</span></div>',
      ),
    ).toBeUndefined();
  });

  it('reads the value after a label whose note is bracketed', () => {
    expect(
      shown('<div><span>Adresat (nazwa podmiotu)</span><span>Ministerstwo Cyfryzacji</span></div>'),
    ).toBe('Ministerstwo Cyfryzacji');
  });
});
