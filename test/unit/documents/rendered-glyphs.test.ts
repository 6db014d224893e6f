/**
 * Subsetting can silently drop glyphs: the text layer stays right while the page shows blanks.
 * These tests look at the rendered page (poppler's pdftoppm, as printed from Linux) and compare it
 * with a reference drawn with the full, non-subset font; the negative tests prove the check fails
 * for a font that lacks the Polish glyphs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderApplicationPdf } from '../../../lib/documents/application-pdf';
import { embedFonts, type FontBytes } from '../../../lib/documents/fonts';
import { drawTextBlock } from '../../../lib/documents/layout';
import { snapshotForApplication } from '../../../lib/documents/snapshot';
import type { ProfileFields } from '../../../lib/profile/schema';
import { brzeznica, lezyce } from '../../fixtures/documents/profiles';
import {
  compareGray,
  fontWithoutGlyphs,
  type Gray,
  hasPoppler,
  loaderOf,
  parsePgm,
  pdftotext,
  readFonts,
  renderPageGray,
} from './helpers';

const POLISH = 'ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż';
const REFERENCE = join(process.cwd(), 'test/fixtures/documents/polish-letters-60dpi.pgm');
const now = new Date('2026-11-24T10:00:00.000Z');

/** One line of Polish letters drawn through the documents' own font and layout code. */
async function specimen(fonts: FontBytes, subset: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc, fonts, subset);
  const page = doc.addPage([300, 72]);
  drawTextBlock(page, POLISH, { x: 10, top: 62, width: 280, style: { font: regular, size: 18 } });
  drawTextBlock(page, POLISH, { x: 10, top: 32, width: 280, style: { font: bold, size: 18 } });
  return doc.save();
}

async function applicationPage(
  fonts: FontBytes,
  subset: boolean,
  page: number,
  profile: ProfileFields = brzeznica,
): Promise<Gray> {
  const snapshot = snapshotForApplication(profile, { now });
  return renderPageGray(await renderApplicationPdf(snapshot, { loadFonts: loaderOf(fonts), subset }), page);
}

// At 60 dpi one missing Polish letter is ~20–40 dark pixels; anti-aliasing noise between identical
// outlines is 0. Allow a little for renderer differences (the reference may come from another poppler).
const TOLERANCE = 12;
// Against the stored reference (drawn by whichever poppler made it): 3 % of its ink pixels.
const referenceTolerance = (reference: Gray) =>
  Math.max(TOLERANCE, Math.round(compareGray(reference, reference).inkA * 0.03));

const withPoppler = hasPoppler ? describe : describe.skip;
if (!hasPoppler)
  console.warn(
    'Pominięto testy renderowania: brak /usr/bin/pdftoppm lub /usr/bin/pdftotext (apt install poppler-utils).',
  );

withPoppler('rendered glyphs (poppler)', () => {
  const full = readFonts();

  it('the reference rendering exists (set UPDATE_DOCUMENT_REFERENCES=1 to redraw it with the full font)', async () => {
    if (process.env.UPDATE_DOCUMENT_REFERENCES) {
      const pdf = await specimen(full, false);
      const gray = renderPageGray(pdf);
      const header = `P5\n${gray.width} ${gray.height}\n255\n`;
      writeFileSync(REFERENCE, Buffer.concat([Buffer.from(header, 'ascii'), Buffer.from(gray.pixels)]));
    }
    expect(existsSync(REFERENCE)).toBe(true);
  });

  it('the subset font paints every Polish letter like the full font does', async () => {
    const pdf = await specimen(full, true);
    expect(pdftotext(pdf)).toContain(POLISH);
    const reference = parsePgm(new Uint8Array(readFileSync(REFERENCE)));
    const diff = compareGray(renderPageGray(pdf), reference);
    expect(diff.inkB).toBeGreaterThan(500); // the reference really shows two lines of letters
    expect(diff.inkA, JSON.stringify(diff)).toBeGreaterThan(diff.inkB * 0.9);
    expect(diff.differing, JSON.stringify(diff)).toBeLessThanOrEqual(referenceTolerance(reference));
  });

  it('fails for a font that lacks the Polish glyphs, although pdftotext still reads them', async () => {
    const broken: FontBytes = {
      regular: await fontWithoutGlyphs(full.regular, POLISH),
      bold: await fontWithoutGlyphs(full.bold, POLISH),
    };
    const pdf = await specimen(broken, true);
    expect(pdftotext(pdf)).toContain(POLISH); // the text layer alone would not notice
    const reference = parsePgm(new Uint8Array(readFileSync(REFERENCE)));
    const diff = compareGray(renderPageGray(pdf), reference);
    expect(diff.differing, JSON.stringify(diff)).toBeGreaterThan(referenceTolerance(reference) * 10);
  });

  it.each([
    ['Gmina Brzeźnica', brzeznica],
    ['Gmina Łężyce', lezyce],
  ])(
    'application pages of %s render identically with the subset and the full font',
    async (_name, profile) => {
      for (const page of [1, 2]) {
        const subset = await applicationPage(full, true, page, profile);
        const reference = await applicationPage(full, false, page, profile);
        const diff = compareGray(subset, reference);
        expect(diff.inkB).toBeGreaterThan(1000);
        expect(diff.differing, `page ${page}: ${JSON.stringify(diff)}`).toBeLessThanOrEqual(TOLERANCE);
      }
    },
  );

  it('the same page check catches an application printed with a font lacking the Polish glyphs', async () => {
    const broken: FontBytes = {
      regular: await fontWithoutGlyphs(full.regular, POLISH),
      bold: await fontWithoutGlyphs(full.bold, POLISH),
    };
    const diff = compareGray(
      await applicationPage(broken, true, 1, lezyce),
      await applicationPage(full, false, 1, lezyce),
    );
    expect(diff.differing, JSON.stringify(diff)).toBeGreaterThan(TOLERANCE * 10);
  });
});
