// @vitest-environment happy-dom
// How the form shows a chosen recipient ("Adresat: …") is read without knowing the markup; a heading that
// only starts with the label ("Adresat i treść") is a phrase, not the label with a value.
import { afterEach, describe, expect, it } from 'vitest';
import { findLabelledText } from '../../../lib/autofill/labelled-text';

afterEach(() => {
  document.body.innerHTML = '';
});

const read = (html: string): string | undefined => {
  document.body.innerHTML = html;
  return findLabelledText(document.body, ['Adresat', 'Wybrany adresat'])?.text;
};

describe('a value shown beside its label', () => {
  it('after a colon, in the next element, or in a read-only input', () => {
    expect(read('<p>Adresat: Ministerstwo Cyfryzacji</p>')).toBe('Ministerstwo Cyfryzacji');
    expect(read('<dl><dt>Adresat</dt><dd>Ministerstwo Cyfryzacji</dd></dl>')).toBe('Ministerstwo Cyfryzacji');
    expect(read('<label>Adresat <span>*</span></label><input readonly value="">')).toBe('');
  });

  it('a section heading that only begins with the label is skipped, the field after it is read', () => {
    expect(
      read(`<h2><span>Adresat i treść</span></h2>
        <div><label for="a">Adresat</label><input id="a" readonly value="Ministerstwo Cyfryzacji"></div>`),
    ).toBe('Ministerstwo Cyfryzacji');
    expect(read('<h2>Adresat i treść</h2><p>Tytuł</p>')).toBeUndefined();
  });
});
