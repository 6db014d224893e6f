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
