import { describe, expect, it } from 'vitest';
import {
  domainError,
  emailError,
  epuapIdError,
  epuapLoginError,
  nipError,
  normalizeNip,
  phoneError,
  postalCodeError,
  regonError,
  suggestPlatformDomain,
  terytError,
} from '../../../lib/profile/identifiers';

describe('REGON', () => {
  it('accepts 9-digit numbers whose check digit matches, including the remainder-10 rule', () => {
    expect(regonError('311019349')).toBeNull();
    expect(regonError('123456785')).toBeNull();
    // 0050000 0: the weighted sum is 10, and a remainder of 10 maps to check digit 0.
    expect(regonError('005000000')).toBeNull();
    expect(regonError('005000001')).toMatch(/Błędna cyfra kontrolna/);
  });
  it('rejects a wrong check digit with a Polish message', () => {
    expect(regonError('311019340')).toMatch(/Błędna cyfra kontrolna REGON/);
  });
  it('accepts 14 digits only when both its 9-digit head and the whole number check', () => {
    expect(regonError('12345678512347')).toBeNull();
    expect(regonError('12345678512348')).toMatch(/Błędna cyfra kontrolna/);
    expect(regonError('12345678412347')).toMatch(/Błędna cyfra kontrolna/);
  });
  it('says how many digits were typed', () => {
    expect(regonError('3110193')).toBe(
      'REGON ma 9 albo 14 cyfr, a wpisano 7. Sprawdź numer w rejestrze REGON.',
    );
    expect(regonError('31101934a')).toMatch(/tylko cyfry/);
  });
});

describe('NIP', () => {
  it('accepts dashes, spaces and a PL prefix, and stores digits only', () => {
    expect(nipError('668-100-23-96')).toBeNull();
    expect(nipError('PL 668 100 23 96')).toBeNull();
    expect(normalizeNip('PL668-100-23-96')).toBe('6681002396');
  });
  it('rejects a wrong check digit and a remainder of 10', () => {
    expect(nipError('6681002398')).toMatch(/Błędna cyfra kontrolna NIP/);
    // 02000000 0: the weighted sum is 10, so no check digit can make it valid.
    expect(nipError('0200000000')).toMatch(/Błędna cyfra kontrolna NIP/);
    expect(nipError('123')).toBe('NIP ma 10 cyfr, a wpisano 3.');
  });
});

describe('TERYT', () => {
  it('accepts a gmina code with an even voivodeship and a valid kind', () => {
    expect(terytError('3002022')).toBeNull();
    expect(terytError('1465011')).toBeNull();
  });
  it('explains each wrong part', () => {
    expect(terytError('300202')).toMatch(/7 cyfr/);
    expect(terytError('3102021')).toMatch(/parzystej liczby od 02 do 32/);
    expect(terytError('3402021')).toMatch(/parzystej liczby od 02 do 32/);
    expect(terytError('3002026')).toMatch(/rodzaj gminy/);
  });
});

describe('contact and platform', () => {
  it('checks the postal code form NN-NNN', () => {
    expect(postalCodeError('62-720')).toBeNull();
    expect(postalCodeError('62720')).toMatch(/00-000/);
  });
  it('checks e-mail addresses', () => {
    expect(emailError('sekretariat@brudzew.pl')).toBeNull();
    expect(emailError('sekretariat@brudzew')).toMatch(/nazwa@domena.pl/);
  });
  it('wants a bare lower-case host name as the domain', () => {
    expect(domainError('eurzad.brudzew.pl')).toBeNull();
    expect(domainError('https://eurzad.brudzew.pl')).toMatch(/bez http/);
    expect(domainError('eurzad.Brudzew.pl')).toMatch(/małymi literami/);
    expect(domainError('eurzad')).toMatch(/poprawna nazwa domeny/);
    expect(domainError('eurzad.-brudzew.pl')).toMatch(/poprawna nazwa domeny/);
  });
  it('suggests eurzad. + the domain of the official e-mail address', () => {
    expect(suggestPlatformDomain('sekretariat@brudzew.pl')).toBe('eurzad.brudzew.pl');
    expect(suggestPlatformDomain('UG@WWW.Kaweczyn.PL')).toBe('eurzad.kaweczyn.pl');
    expect(suggestPlatformDomain('not-an-email')).toBeNull();
  });
  it('checks Polish phone numbers', () => {
    expect(phoneError('63 288 40 02')).toBeNull();
    expect(phoneError('+48 632884002')).toBeNull();
    expect(phoneError('288 40 02')).toMatch(/9 cyfr/);
  });
});

describe('ePUAP identifiers', () => {
  it('accepts chosen and generated organisation identifiers', () => {
    expect(epuapIdError('UMLublin')).toBeNull();
    expect(epuapIdError('ah7qcy621b')).toBeNull();
    expect(epuapIdError('UG Brudzew')).toMatch(/baner/);
    expect(epuapIdError('x'.repeat(101))).toMatch(/2–100/);
  });
  it('accepts logins and rejects Polish letters', () => {
    expect(epuapLoginError('jnowak_ug')).toBeNull();
    expect(epuapLoginError('jłowak')).toMatch(/bez polskich znaków/);
  });
});
