import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentDataError } from '../../../lib/documents/application-data';
import { applicationsZip } from '../../../lib/documents/batch-zip';
import { generateCoverSheetPdf } from '../../../lib/documents/cover-sheet';
import { brudzew, brzeznica, incomplete, lezyce } from '../../fixtures/documents/profiles';
import { loadFonts, pdfText } from './helpers';

const now = new Date('2026-11-24T10:00:00.000Z');
const normalize = (text: string) => text.replace(/\s+/g, ' ');

describe('generateCoverSheetPdf', () => {
  it('addresses Sigillum CUP from the office and names the signed report as the enclosure', async () => {
    const pdf = await generateCoverSheetPdf(lezyce, { loadFonts, now });
    const [page = ''] = (await pdfText(pdf)).map(normalize);
    expect(page).toContain('Nadawca');
    expect(page).toContain('Urząd Gminy w Łężycach');
    expect(page).toContain('Łężyce 12');
    expect(page).toContain('62-720 Łężyce');
    expect(page).toContain('Sigillum CUP');
    expect(page).toContain('ul. Rodziny Hiszpańskich 6');
    expect(page).toContain('02-685 Warszawa');
    expect(page).toContain('podpisany „Raport zawartości certyfikatu”');
    expect(page).toContain('eurzad.lezyce.pl');
    expect(page).toContain('Łężyce, dnia 24.11.2026 r.');
    expect(pdf.length).toBeLessThan(150 * 1024);
  });

  it('needs the sender address', async () => {
    await expect(generateCoverSheetPdf(incomplete, { loadFonts })).rejects.toBeInstanceOf(DocumentDataError);
  });
});

describe('applicationsZip', () => {
  it('holds one PDF per complete profile, unique names, and lists the incomplete ones', async () => {
    const twin = { ...brudzew, id: 'twin' };
    const { zip, files, skipped, snapshots } = await applicationsZip(
      [brzeznica, incomplete, brudzew, lezyce, twin],
      {
        loadFonts,
        now,
        date: '24.11.2026',
      },
    );
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([...files].sort());
    expect(files).toEqual([
      'wniosek-certyfikat-ePUAP-gmina-brzeznica-2026-11-24.pdf',
      'wniosek-certyfikat-ePUAP-gmina-brudzew-2026-11-24.pdf',
      'wniosek-certyfikat-ePUAP-gmina-lezyce-2026-11-24.pdf',
      'wniosek-certyfikat-ePUAP-gmina-brudzew-2026-11-24-2.pdf',
    ]);
    for (const file of files) {
      const bytes = entries[file];
      expect(new TextDecoder().decode(bytes?.subarray(0, 5))).toBe('%PDF-');
    }
    const [brzeznicaPage1 = ''] = await pdfText(entries[files[0] ?? ''] ?? new Uint8Array());
    expect(brzeznicaPage1).toContain('Gmina Brzeźnica');
    expect(snapshots.map((s) => s.fields.municipality)).toEqual([
      'Gmina Brzeźnica',
      'Gmina Brudzew',
      'Gmina Łężyce',
      'Gmina Brudzew',
    ]);
    expect(skipped).toEqual([
      { name: 'Gmina Ślesin', missing: expect.arrayContaining([{ field: 'regon', label: 'REGON' }]) },
    ]);
  });

  it('loads the fonts once for the whole batch', async () => {
    let calls = 0;
    await applicationsZip([brzeznica, lezyce], {
      loadFonts: () => {
        calls++;
        return loadFonts();
      },
      now,
    });
    expect(calls).toBe(1);
  });
});
