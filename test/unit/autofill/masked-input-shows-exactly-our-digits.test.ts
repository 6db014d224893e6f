// An input mask reformats what is typed ("6681002396" shown as "668-100-23-96") while the page's model
// keeps the digits: the page's reformatting of exactly our digits is our value. Anything else (a digit
// dropped, added or changed, a text with letters that differs) is not, so the report stays true.
import { describe, expect, it } from 'vitest';
import { isMaskedFormOf } from '../../../lib/autofill/set-value';

describe('a masked input shows exactly our digits', () => {
  it('accepts the mask adding or dropping separators around the same digits', () => {
    expect(isMaskedFormOf('668-100-23-96', '6681002396')).toBe(true);
    expect(isMaskedFormOf('62-720', '62720')).toBe(true);
    expect(isMaskedFormOf('62720', '62-720')).toBe(true);
    expect(isMaskedFormOf('(61) 278 11 22', '612781122')).toBe(true);
    expect(isMaskedFormOf('+48 612 781 122', '+48612781122')).toBe(true);
  });

  it('refuses a digit dropped, added or changed, and an incomplete mask', () => {
    expect(isMaskedFormOf('668-100-23-9', '6681002396')).toBe(false);
    expect(isMaskedFormOf('668-100-23-966', '6681002396')).toBe(false);
    expect(isMaskedFormOf('668-100-23-97', '6681002396')).toBe(false);
    expect(isMaskedFormOf('612 781 122', '+48612781122')).toBe(false);
    expect(isMaskedFormOf('___-___-__-__', '6681002396')).toBe(false);
    expect(isMaskedFormOf('', '6681002396')).toBe(false);
  });

  it('leaves texts with letters to be compared as they stand', () => {
    expect(isMaskedFormOf('ul. Turecka 18', 'ul Turecka 18')).toBe(false);
    expect(isMaskedFormOf('18a', '18 a')).toBe(false);
    expect(isMaskedFormOf('', '')).toBe(false);
  });
});
