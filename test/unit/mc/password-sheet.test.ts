import { describe, expect, it } from 'vitest';
import { generatePasswordSheetPdf, groupsOfFour, spelledOut } from '../../../lib/documents/password-sheet';
import { loadFonts, pdfText } from '../documents/helpers';

describe('the password sheet', () => {
  it('prints both passwords whole and in groups, with the municipality in Polish letters', async () => {
    const bytes = await generatePasswordSheetPdf({
      municipality: 'Gmina Łężyce',
      revocation: 'Rv7!kQ2#mZ9pX4@wL8sT',
      p12: 'P1$aB2^cD3&eF4*gH5(j',
      createdAt: '2026-11-24T12:00:00.000Z',
      loadFonts,
    });
    const [text] = await pdfText(bytes);
    expect(text).toContain('Gmina Łężyce');
    expect(text).toContain('Rv7!kQ2#mZ9pX4@wL8sT');
    expect(text).toContain('P1$aB2^cD3&eF4*gH5(j');
    expect(text).toContain('Rv7! kQ2# mZ9p X4@w L8sT');
    expect(text).toContain('Hasło do pliku p12');
  });

  it('names every character so l, 1 and I or O and 0 are told apart on paper', () => {
    expect(spelledOut('lI1O0!')).toBe('l (mała), I (wielka), 1 (cyfra), O (wielka), 0 (cyfra), ! (znak)');
    expect(groupsOfFour('abcdefghij')).toBe('abcd efgh ij');
  });
});
