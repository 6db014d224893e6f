import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { generateApplicationPdf } from '../../../lib/documents/application-pdf';
import { unsignedPrintoutMessage } from '../../../lib/documents/printout-check';
import { UNSIGNED_PRINTOUT } from '../../../lib/documents/scan-check';
import { brudzew } from '../../fixtures/documents/profiles';
import { loadFonts } from './helpers';

const now = new Date('2026-11-24T10:00:00Z');

async function scannerPdf(producer: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  doc.setCreator('Canon MF Scan Utility');
  doc.setProducer(producer);
  return doc.save();
}

describe('the unsigned printout is not the signed scan', () => {
  it('refuses our own application PDF, as generated', async () => {
    const pdf = await generateApplicationPdf(brudzew, { loadFonts, now });
    const message = await unsignedPrintoutMessage(pdf);
    expect(message).toBe(UNSIGNED_PRINTOUT);
    expect(message).toMatch(/^To jest niepodpisany wydruk – zeskanuj podpisany wniosek/);
  });

  it('refuses a byte-identical copy saved again under another name', async () => {
    const pdf = await generateApplicationPdf(brudzew, { loadFonts, now });
    expect(await unsignedPrintoutMessage(new Uint8Array(pdf))).toBe(UNSIGNED_PRINTOUT);
  });

  it("accepts a scanner's PDF and anything that is not a PDF", async () => {
    expect(await unsignedPrintoutMessage(await scannerPdf('Canon iR-ADV C3530'))).toBeNull();
    expect(await unsignedPrintoutMessage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(await unsignedPrintoutMessage(new TextEncoder().encode('%PDF-1.7 broken'))).toBeNull();
  });

  it('accepts our PDF once it carries an electronic signature', async () => {
    const pdf = await generateApplicationPdf(brudzew, { loadFonts, now });
    const signed = new Uint8Array([
      ...pdf,
      ...new TextEncoder().encode('\n<< /Type /Sig /ByteRange [0 1 2 3] >>\n'),
    ]);
    expect(await unsignedPrintoutMessage(signed)).toBeNull();
  });
});
