import { describe, expect, it } from 'vitest';
import {
  completenessPercent,
  isComplete,
  missingLabels,
  missingTexts,
} from '../../../lib/profile/completeness';
import { displayName, municipalityName } from '../../../lib/profile/name';
import {
  emptyProfileInput,
  fieldError,
  NAME_REQUIRED,
  validateProfileInput,
} from '../../../lib/profile/schema';

const complete = {
  ...emptyProfileInput(),
  municipality: 'Gmina Brudzew',
  officeName: 'Urząd Gminy Brudzew',
  street: 'ul. Turecka',
  buildingNumber: '18',
  postalCode: '62-720',
  town: 'Brudzew',
  regon: '311 019 349',
  nip: '668-100-23-96',
  email: 'Sekretariat@Brudzew.pl',
  platformDomain: 'eurzad.brudzew.pl',
  signatoryName: 'Jan Nowak',
  signatoryRole: 'wojt',
  epuapLogin: 'jnowak_ug',
  epuapOrgId: 'UGBrudzew',
};

describe('profile validation', () => {
  it('accepts a profile with only a name: data are gathered over weeks', () => {
    expect(validateProfileInput({ ...emptyProfileInput(), municipality: 'Gmina Brudzew' }).ok).toBe(true);
    expect(validateProfileInput({ ...emptyProfileInput(), officeName: 'Urząd Gminy Brudzew' }).ok).toBe(true);
  });

  it('refuses an empty form: the name is the minimum, never "Gmina bez nazwy"', () => {
    const result = validateProfileInput(emptyProfileInput());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.municipality).toBe(NAME_REQUIRED);
    expect(validateProfileInput({ ...emptyProfileInput(), municipality: '   ' }).ok).toBe(false);
  });

  it('normalises what people type: digits only for REGON and NIP, lower-case e-mail, trimmed text', () => {
    const result = validateProfileInput({ ...complete, municipality: '  Gmina Brudzew ' });
    expect(result.ok && result.fields).toMatchObject({
      municipality: 'Gmina Brudzew',
      regon: '311019349',
      nip: '6681002396',
      email: 'sekretariat@brudzew.pl',
    });
  });

  it('names every invalid field with its own Polish message', () => {
    const result = validateProfileInput({
      ...complete,
      regon: '311019340',
      postalCode: '62720',
      signatoryRole: 'sołtys',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['postalCode', 'regon', 'signatoryRole']);
    expect(result.errors.regon).toMatch(/Błędna cyfra kontrolna REGON/);
    expect(result.errors.signatoryRole).toBe('Wybierz stanowisko osoby podpisującej z listy.');
  });

  it('checks one field alone as the clerk types', () => {
    expect(fieldError('nip', '668-100-23-96')).toBeNull();
    expect(fieldError('nip', '668-100-23-97')).toMatch(/NIP/);
    expect(fieldError('municipality', 'x'.repeat(121))).toBe('Nazwa gminy: najwyżej 120 znaków.');
  });
});

describe('completeness', () => {
  it('lists in Polish what the application still lacks', () => {
    expect(missingLabels({ municipality: 'Gmina Brudzew', nip: '6681002396' }, 'application')).toEqual([
      'Numer budynku',
      'Kod pocztowy',
      'Miejscowość',
      'REGON',
      'Oficjalny e-mail urzędu',
      'Login ePUAP',
      'Identyfikator podmiotu publicznego (ePUAP)',
      'Domena platformy e-Urząd',
      'Imię i nazwisko osoby podpisującej',
      'Stanowisko osoby podpisującej',
    ]);
    expect(missingLabels({ epuapLogin: 'jnowak_ug' }, 'epuapIds')).toEqual([
      'Identyfikator podmiotu publicznego (ePUAP)',
    ]);
  });

  it("takes either name for the application, and says in the checklist's words what is missing", () => {
    expect(missingLabels({}, 'application')[0]).toBe('Nazwa gminy lub urzędu');
    expect(missingLabels({ officeName: 'Urząd Gminy Brudzew' }, 'application')[0]).toBe('Numer budynku');
    expect(missingTexts({ municipality: 'Gmina Brudzew' }, 'profile')[0]).toBe('brak nazwy urzędu');
    expect(missingTexts({}, 'application')[0]).toBe('brak nazwy gminy lub urzędu');
  });

  it('counts how much of the profile is filled and when it is complete', () => {
    expect(completenessPercent(emptyProfileInput())).toBe(0);
    expect(isComplete(complete)).toBe(true);
    expect(completenessPercent(complete)).toBe(100); // TERYT, phone and street stay outside the percentage
    expect(isComplete({ ...complete, nip: ' ' })).toBe(false);
  });

  it('names a profile by its municipality, else its office', () => {
    expect(displayName({ municipality: '', officeName: 'Urząd Gminy Brudzew' })).toBe('Urząd Gminy Brudzew');
    expect(displayName({})).toBe('Gmina bez nazwy');
    expect(displayName({ municipality: ' Gmina Brudzew ', officeName: 'Urząd Gminy Brudzew' })).toBe(
      'Gmina Brudzew',
    );
    // Printed documents and file names get no placeholder: an empty name stays empty.
    expect(municipalityName({ municipality: ' ', officeName: '' })).toBe('');
    expect(municipalityName({ municipality: '', officeName: ' Urząd Gminy Brudzew' })).toBe(
      'Urząd Gminy Brudzew',
    );
  });
});
