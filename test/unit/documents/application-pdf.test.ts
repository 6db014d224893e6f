import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { DocumentDataError } from '../../../lib/documents/application-data';
import { generateApplication, generateApplicationPdf } from '../../../lib/documents/application-pdf';
import { APPLICATION } from '../../../lib/documents/application-texts';
import { brudzew, brzeznica, incomplete, lezyce } from '../../fixtures/documents/profiles';
import { loadFonts, pdfText, pdfTextItems } from './helpers';

const now = new Date('2026-11-24T10:00:00.000Z');
const normalize = (text: string) => text.replace(/\s+/g, ' ');

describe('generateApplicationPdf', () => {
  it('prints the municipality data with Polish letters, the title, the identifiers and the domain', async () => {
    const pdf = await generateApplicationPdf(brzeznica, { loadFonts, now });
    const [page1 = '', page2 = ''] = (await pdfText(pdf)).map(normalize);
    for (const expected of [
      'WNIOSEK',
      'o wydanie certyfikatu dla systemu teleinformatycznego',
      'Ministerstwo Cyfryzacji',
      'Gmina Brzeźnica',
      'Urząd Gminy w Brzeźnicy',
      'ul. Krakowska 45',
      '34-114 Brzeźnica',
      '072182539',
      '5511004214',
      'sekretariat@brzeznica.pl',
      '33 879 30 01',
      'l.zolkiewska',
      'UGBrzeznica',
      'II. PRZEDMIOT WNIOSKU',
      'wydanie certyfikatu dla systemu teleinformatycznego WNIOSKODAWCY',
      'III. DANE SYSTEMU TELEINFORMATYCZNEGO',
      'Adres domeny lub stały numer IP systemu, który',
      'eurzad.brzeznica.pl',
      'Strona 1 z 2',
    ])
      expect(page1).toContain(expected);
    expect(page1).not.toContain('24.11.2026');
    for (const expected of [
      'Brzeźnica, dnia 24.11.2026 r.',
      'podpis osoby upoważnionej',
      'Łucja Żółkiewska-Ćwięk',
      'Wójt',
      'Strona 2 z 2',
    ])
      expect(page2).toContain(expected);
  });

  it('marks point II for the applicant’s own system and leaves the other option empty', async () => {
    const pdf = await generateApplicationPdf(lezyce, { loadFonts, now });
    const [items = []] = await pdfTextItems(pdf);
    const own = items.find((i) => i.str.includes(APPLICATION.optionOwn));
    const other = items.find((i) =>
      i.str.startsWith('wydanie certyfikatu dla systemu teleinformatycznego innego'),
    );
    const marks = items.filter((i) => i.str === APPLICATION.checkMark);
    expect(own).toBeDefined();
    expect(other).toBeDefined();
    expect(marks).toHaveLength(1);
    const [mark] = marks;
    // The X sits in the box just left of the own-system option, on its line; none by the other option.
    expect(Math.abs((mark?.y ?? 0) - (own?.y ?? 0))).toBeLessThan(3);
    expect((own?.x ?? 0) - (mark?.x ?? 0)).toBeGreaterThan(10);
    expect((own?.x ?? 0) - (mark?.x ?? 0)).toBeLessThan(25);
  });

  it('prints the place and date the user chose', async () => {
    const pdf = await generateApplicationPdf(lezyce, { loadFonts, place: 'Koło', date: '1.2.2027', now });
    const [, page2 = ''] = await pdfText(pdf);
    expect(normalize(page2)).toContain('Koło, dnia 01.02.2027 r.');
    expect(normalize(page2)).toContain('Ździsław Ńąś-Ćmielów');
    expect(normalize(page2)).toContain('Osoba upoważniona');
  });

  it('refuses a profile with missing data before loading fonts or drawing anything', async () => {
    const loader = vi.fn(loadFonts);
    const attempt = generateApplicationPdf(incomplete, { loadFonts: loader });
    await expect(attempt).rejects.toBeInstanceOf(DocumentDataError);
    await expect(attempt).rejects.toMatchObject({
      missing: expect.arrayContaining([
        { field: 'regon', label: 'REGON' },
        { field: 'platformDomain', label: 'Domena platformy e-Urząd' },
      ]),
    });
    expect(loader).not.toHaveBeenCalled();
  });

  it('stays under 150 KB with the font embedded, two A4 pages, and reports how long it takes', async () => {
    const started = performance.now();
    const { pdf, snapshot, fileName } = await generateApplication(brzeznica, { loadFonts, now });
    const ms = performance.now() - started;
    console.info(`application PDF: ${(pdf.length / 1024).toFixed(1)} KB in ${ms.toFixed(0)} ms`);
    expect(pdf.length).toBeLessThan(150 * 1024);
    expect(fileName).toBe('wniosek-certyfikat-ePUAP-gmina-brzeznica-2026-11-24.pdf');
    expect(snapshot.createdAt).toBe(now.toISOString());
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe(
      'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego – Gmina Brzeźnica',
    );
  });

  it('wraps long values inside their cell instead of running off the page', async () => {
    const long = {
      ...brudzew,
      officeName:
        'Urząd Miasta i Gminy w Bardzo Długiej Nazwie Miejscowości Wielkopolskiej nad Wartą i Prosną',
      email: 'sekretariat.urzedu.miasta.i.gminy.bardzo.dluga.nazwa@przykladowa-gmina-wielkopolska.pl',
    };
    const pdf = await generateApplicationPdf(long, { loadFonts, now });
    const [items = []] = await pdfTextItems(pdf);
    const text = items.map((i) => i.str).join('');
    expect(text).toContain('sekretariat.urzedu.miasta.i.gminy.bardzo.dluga.nazwa');
    // Nothing starts beyond the right margin.
    for (const item of items) expect(item.x).toBeLessThan(540);
  });

  it('refuses characters the font cannot print instead of printing blanks', async () => {
    await expect(
      generateApplicationPdf({ ...brudzew, officeName: 'Urząd 🏛 Gminy' }, { loadFonts, now }),
    ).rejects.toThrow(/Czcionka nie zawiera znaków: 🏛/);
  });
});
