import { describe, expect, it } from 'vitest';
import { completenessPercent, isComplete, missingLabels } from '../../../lib/profile/completeness';
import { phoneError } from '../../../lib/profile/identifiers';
import { emptyProfileInput, fieldError } from '../../../lib/profile/schema';

const complete = {
  ...emptyProfileInput(),
  municipality: 'Gmina Brudzew',
  officeName: 'Urząd Gminy Brudzew',
  street: 'ul. Turecka',
  buildingNumber: '47',
  postalCode: '62-720',
  town: 'Brudzew',
  regon: '311019349',
  nip: '6681002396',
  email: 'ug@brudzew.pl',
  platformDomain: 'eurzad.brudzew.pl',
  signatoryName: 'Jan Nowak',
  signatoryRole: 'wojt',
  epuapLogin: 'jnowak_ug',
  epuapOrgId: 'UGBrudzew',
};

describe('completeness counts only valid fields', () => {
  it('a wrong NIP is missing, marked to correct, and keeps the profile below 100%', () => {
    const wrong = { ...complete, nip: '6681002397' };
    expect(fieldError('nip', wrong.nip)).toMatch(/NIP/);
    expect(missingLabels(wrong, 'application')).toEqual(['NIP (do poprawy)']);
    expect(isComplete(wrong)).toBe(false);
    expect(completenessPercent(wrong)).toBeLessThan(100);
  });

  it('optional TERYT, phone and street stay outside the percentage', () => {
    expect(completenessPercent({ ...complete, teryt: '', phone: '', street: '' })).toBe(100);
    expect(completenessPercent({ ...complete, teryt: '3010022' })).toBe(100);
  });

  it('100% and "nothing missing" always go together', () => {
    for (const field of Object.keys(complete) as Array<keyof typeof complete>) {
      const profile = { ...complete, [field]: '' };
      const percent = completenessPercent(profile);
      expect(percent === 100).toBe(missingLabels(profile, 'application').length === 0);
    }
  });

  it('a name alone is more than 0%', () => {
    expect(completenessPercent({ municipality: 'Gmina Brudzew' })).toBeGreaterThan(0);
    expect(completenessPercent({})).toBe(0);
  });
});

describe('phone numbers', () => {
  it('accept an office extension written "w. 12" or "wew. 12"', () => {
    expect(phoneError('63 272 10 00 w. 12')).toBeNull();
    expect(phoneError('63 272 10 00 wew. 12')).toBeNull();
    expect(phoneError('+48 63 272 10 00, wew. 123')).toBeNull();
    expect(phoneError('632721000 w.12')).toBeNull();
    expect(fieldError('phone', '63 272 10 00 w. 12')).toBeNull();
  });

  it('still refuse a number that is too short, extension or not', () => {
    expect(phoneError('63 272 10 w. 12')).toMatch(/9 cyfr/);
    expect(phoneError('63 272 10 00 x. 12')).toMatch(/9 cyfr/);
  });
});
