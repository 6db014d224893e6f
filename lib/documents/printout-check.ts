/**
 * Our own application PDF offered as the signed scan (the clerk picked the download, not the scanner's
 * file). Apart from scan-check.ts because it reads the PDF with pdf-lib, which only the documents page
 * loads (test/e2e/documents-bundle.spec.ts keeps it out of the background and the popup).
 */
import { PDFDocument } from 'pdf-lib';
import { APPLICATION } from './application-texts';
import { sniffFileKind, UNSIGNED_PRINTOUT } from './scan-check';

const latin1 = (bytes: Uint8Array) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return text;
};

/** The metadata our generator writes (lib/documents/application-pdf.ts: Creator and Producer). */
const OUR_MARKERS = [APPLICATION.creator, `${APPLICATION.creator} (pdf-lib)`];

/**
 * Whether a PDF is our own application as generated (or a byte-identical copy of it): its Creator or
 * Producer is the assistant's, and it carries no digital signature (`/ByteRange`). A scanner writes
 * its own metadata, so a real scan of the signed paper never matches. Answers the refusal, or null.
 */
export async function unsignedPrintoutMessage(bytes: Uint8Array): Promise<string | null> {
  if (sniffFileKind(bytes) !== 'pdf') return null;
  const raw = latin1(bytes);
  if (raw.includes('/ByteRange')) return null; // signed electronically: a signature is a signature
  let creator = '';
  let producer = '';
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    creator = doc.getCreator() ?? '';
    producer = doc.getProducer() ?? '';
  } catch {
    // A PDF pdf-lib cannot read is no PDF we made; the scan check decides the rest.
    return null;
  }
  return OUR_MARKERS.includes(creator) || OUR_MARKERS.includes(producer) ? UNSIGNED_PRINTOUT : null;
}
