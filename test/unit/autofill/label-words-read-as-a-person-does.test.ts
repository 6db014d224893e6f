// A label is read by its words, the way a clerk reads it: punctuation between words is spacing
// ("budynku/lokalu", "(.p12)"), short forms are the whole word ("Nr", "ID"), a name with all the wanted
// words in another order still names the field (weaker), and a bare word marked exact-only names the
// field only when it is the whole label.
import { describe, expect, it } from 'vitest';
import { qualify } from '../../../lib/autofill/qualify';
import { EXACT_ONLY, matchQuality } from '../../../lib/autofill/text';

describe('labels are matched by their words', () => {
  it('reads a slash or parentheses between words as spacing', () => {
    expect(matchQuality('Numer budynku/lokalu *', ['Numer budynku'])).toBe(0.85);
    expect(matchQuality('Hasło zabezpieczające plik .p12', ['Hasło zabezpieczające plik p12'])).toBe(1);
  });

  it('reads "Nr" and "ID" as the words they shorten', () => {
    expect(matchQuality('Nr budynku', ['Numer budynku'])).toBe(1);
    expect(matchQuality('ID podmiotu ePUAP', ['Identyfikator podmiotu'])).toBe(0.85);
  });

  it('takes all the wanted words in another order, below a phrase as written', () => {
    const swapped = matchQuality('Identyfikator ePUAP podmiotu', ['Identyfikator podmiotu']);
    expect(swapped).toBeGreaterThan(0.35);
    expect(swapped).toBeLessThan(matchQuality('Identyfikator podmiotu ePUAP', ['Identyfikator podmiotu']));
    // The section caption and the row header of an aria-labelledby name together.
    expect(matchQuality('I. Dane wnioskodawcy Nazwa', ['Nazwa wnioskodawcy'])).toBeGreaterThan(0.35);
  });

  it('does not take a name that lacks one of the wanted words', () => {
    expect(matchQuality('Adres domeny', ['Domena systemu'])).toBe(0);
    expect(matchQuality('Nazwa użytkownika ePUAP', ['Nazwa wnioskodawcy'])).toBe(0);
    // Joining words do not count towards "all the words": "Imię" is not "Imię i nazwisko".
    expect(matchQuality('Imię (dane osoby)', ['Imię i nazwisko'])).toBe(0);
  });

  it('an exact-only bare word names the field alone, never inside a longer label', () => {
    const numer = [`${EXACT_ONLY}Numer`];
    expect(matchQuality('Numer:', numer)).toBeGreaterThan(0.35);
    expect(matchQuality('Numer telefonu', numer)).toBe(0);
    expect(matchQuality('Numer REGON', numer)).toBe(0);
  });

  it('an exact-only word yields to a field named in full', () => {
    const control = (text: string) => ({ type: 'input', names: [{ text, weight: 1 }], groups: [] });
    const wanted = ['Numer budynku', `${EXACT_ONLY}Numer`];
    expect(qualify([control('Numer'), control('Numer budynku')], wanted, ['input'])).toMatchObject({
      status: 'found',
      index: 1,
    });
    expect(qualify([control('Numer telefonu'), control('Numer')], wanted, ['input'])).toMatchObject({
      status: 'found',
      index: 1,
    });
  });
});
