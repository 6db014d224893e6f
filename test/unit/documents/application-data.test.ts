import { describe, expect, it } from 'vitest';
import {
  addressLines,
  applicationFileName,
  applicationMissingFields,
  applicationNotices,
  DocumentDataError,
  normalizePolishDate,
  senderMissingFields,
  slugify,
  transliterate,
} from '../../../lib/documents/application-data';
import { ProfileFieldsSchema } from '../../../lib/profile/schema';
import { brudzew, brzeznica, incomplete, lezyce } from '../../fixtures/documents/profiles';

describe('applicationMissingFields', () => {
  it('works on fixtures that are valid profiles (check digits included)', () => {
    for (const profile of [brzeznica, lezyce, brudzew, incomplete])
      expect(ProfileFieldsSchema.safeParse(profile).error?.issues).toBeUndefined();
  });

  it('is empty for complete profiles (phone and TERYT are optional)', () => {
    expect(applicationMissingFields(brzeznica)).toEqual([]);
    expect(applicationMissingFields({ ...brudzew, phone: '', teryt: '' })).toEqual([]);
  });

  it('lists every missing field with a Polish label, in print order', () => {
    expect(applicationMissingFields(incomplete)).toEqual([
      { field: 'buildingNumber', label: 'Numer budynku' },
      { field: 'postalCode', label: 'Kod pocztowy' },
      { field: 'regon', label: 'REGON' },
      { field: 'nip', label: 'NIP' },
      { field: 'epuapLogin', label: 'Login ePUAP' },
      { field: 'epuapOrgId', label: 'Identyfikator podmiotu publicznego (ePUAP)' },
      { field: 'platformDomain', label: 'Domena platformy e-Urząd' },
      { field: 'signatoryName', label: 'Imię i nazwisko osoby podpisującej' },
      { field: 'signatoryRole', label: 'Stanowisko osoby podpisującej' },
    ]);
  });

  it('needs the municipality or the office name, either one is enough', () => {
    expect(applicationMissingFields({ ...brudzew, municipality: '' })).toEqual([]);
    expect(applicationMissingFields({ ...brudzew, officeName: '' })).toEqual([]);
    expect(applicationMissingFields({ ...brudzew, municipality: ' ', officeName: '' })).toEqual([
      { field: 'municipality', label: 'Nazwa gminy lub urzędu' },
    ]);
  });

  it('accepts a village address without a street but not without the building number or town', () => {
    expect(applicationMissingFields(lezyce)).toEqual([]);
    expect(applicationNotices(lezyce)[0]).toContain('„Łężyce 12”');
    expect(applicationNotices(brudzew)).toEqual([]);
    expect(applicationMissingFields({ ...lezyce, buildingNumber: '', town: '' }).map((m) => m.field)).toEqual(
      ['buildingNumber', 'town'],
    );
  });

  it('the cover sheet needs only the sender', () => {
    expect(senderMissingFields(incomplete).map((m) => m.field)).toEqual(['buildingNumber', 'postalCode']);
  });

  it('DocumentDataError carries the list and a Polish message', () => {
    const error = new DocumentDataError(applicationMissingFields(incomplete));
    expect(error.message).toMatch(
      /^Nie można przygotować dokumentu: brakuje danych gminy\. Uzupełnij: Numer budynku, /,
    );
    expect(error.missing).toHaveLength(9);
  });
});

describe('formatting', () => {
  it('writes addresses the Polish way', () => {
    expect(addressLines(brzeznica)).toEqual(['ul. Krakowska 45', '34-114 Brzeźnica']);
    expect(addressLines(brudzew)).toEqual(['ul. Rynek 4', '62-720 Brudzew']);
    expect(addressLines({ ...brudzew, street: 'Plac Wolności' })).toEqual([
      'Plac Wolności 4',
      '62-720 Brudzew',
    ]);
    expect(addressLines(lezyce)).toEqual(['Łężyce 12', '62-720 Łężyce']);
  });

  it('formats and normalises dd.mm.rrrr dates', () => {
    expect(normalizePolishDate(new Date(2026, 10, 4))).toBe('04.11.2026');
    expect(normalizePolishDate('4.11.2026')).toBe('04.11.2026');
    expect(normalizePolishDate(new Date(2027, 0, 31))).toBe('31.01.2027');
    expect(() => normalizePolishDate('31.02.2026')).toThrow(DocumentDataError);
    expect(normalizePolishDate('2026-11-24')).toBe('24.11.2026'); // ISO is understood too
    expect(() => normalizePolishDate('24 listopada')).toThrow(/dd\.mm\.rrrr/);
  });

  it('transliterates Polish letters to ASCII', () => {
    expect(transliterate('ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż')).toBe('ACELNOSZZ acelnoszz');
    expect(slugify('Urząd Gminy w Łężycach')).toBe('urzad-gminy-w-lezycach');
    expect(slugify('  —  ')).toBe('gmina');
  });

  it('names the application file in ASCII with the ISO date', () => {
    expect(applicationFileName(brudzew, new Date(2026, 10, 24))).toBe(
      'wniosek-certyfikat-ePUAP-gmina-brudzew-2026-11-24.pdf',
    );
    expect(applicationFileName(lezyce, '01.02.2027')).toBe(
      'wniosek-certyfikat-ePUAP-gmina-lezyce-2027-02-01.pdf',
    );
    expect(applicationFileName({ municipality: '', officeName: 'Urząd Miasta Łódź' }, '2026-11-24')).toBe(
      'wniosek-certyfikat-ePUAP-urzad-miasta-lodz-2026-11-24.pdf',
    );
    expect(applicationFileName(brzeznica, new Date(2026, 0, 2))).toMatch(/^[\x20-\x7e]+$/);
  });
});
