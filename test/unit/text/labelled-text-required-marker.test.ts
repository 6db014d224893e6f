// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLabelledText } from '../../../lib/text/labelled-text';
import { cleanLabel, hasContent } from '../../../lib/text/normalize';

function root(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

describe('a value beside its label: a required marker is decoration, as in the fill engine', () => {
  it('a marker after the label is not the value; the value after it is', () => {
    const found = findLabelledText(
      root('<p><span>Adresat *</span> <span>Ministerstwo Cyfryzacji</span></p>'),
      ['Adresat'],
    );
    expect(found?.text).toBe('Ministerstwo Cyfryzacji');
    expect(
      findLabelledText(root('<p>Adresat: (wymagane) Ministerstwo Cyfryzacji</p>'), ['Adresat'])?.text,
    ).toBe('Ministerstwo Cyfryzacji');
  });

  it('a lone marker in the next element is skipped, and a label with its marker still climbs its wrapper', () => {
    const html =
      '<div><span><b>Organizacja</b> <abbr title="wymagane">*</abbr></span><span>Urząd Gminy Brudzew</span></div>';
    expect(findLabelledText(root(html), ['Organizacja'])?.text).toBe('Urząd Gminy Brudzew');
    const marker = '<div><span>Numer dokumentu</span><span>*</span><span>UPP-2026-17</span></div>';
    expect(findLabelledText(root(marker), ['Numer dokumentu'])?.text).toBe('UPP-2026-17');
  });

  it('labels lose their required and optional markers', () => {
    expect(cleanLabel('Tytuł pisma: *')).toBe('tytul pisma');
    expect(cleanLabel('Treść (wymagane)')).toBe('tresc');
    expect(cleanLabel('Adresat (pole obowiązkowe)')).toBe('adresat');
    expect(cleanLabel('Numer dokumentu pole wymagane')).toBe('numer dokumentu');
    expect(cleanLabel('Telefon (opcjonalnie)')).toBe('telefon');
    expect(hasContent(' * ')).toBe(false);
  });
});
