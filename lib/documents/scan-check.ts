/**
 * Checks the scanned, signed application before it is attached to the Pismo ogólne: PDF or JPG by
 * content (magic bytes), not only by name or MIME type, and within the offices' size limits.
 */
import { SCAN } from './application-texts';

const MB = 1024 * 1024;
/** ePUAP's limit for all attachments of one letter. */
export const SCAN_MAX_BYTES = 5 * MB;
/** Some offices accept only 3 MB in total: above this the file passes with a warning. */
export const SCAN_WARN_BYTES = 3 * MB;
/** How many leading bytes the check needs (read with `file.slice(0, SCAN_HEAD_BYTES)`). */
export const SCAN_HEAD_BYTES = 16;

export interface ScanFile {
  name: string;
  /** MIME type as the browser reports it; may be '' on some systems. */
  type: string;
  size: number;
  /** The first bytes of the file (at least 4; SCAN_HEAD_BYTES is enough). */
  firstBytes: Uint8Array;
}

export type ScanCheck = { ok: true; kind: 'pdf' | 'jpg'; warning?: string } | { ok: false; message: string };

/** "7,2 MB" / "850 KB", Polish decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace('.', ',')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

type Sniffed = 'pdf' | 'jpg' | keyof typeof SCAN.kinds | 'unknown';

/** What the content really is, from its first bytes. */
export function sniffFileKind(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x4d, 0x5a])) return 'exe'; // MZ
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (startsWith(bytes, [0x3c])) return 'html'; // <
  return 'unknown';
}

const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf']);
const JPG_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/pjpeg']);
// Browsers and OSes sometimes report nothing useful; the bytes decide then.
const NEUTRAL_TYPES = new Set(['', 'application/octet-stream']);

export function checkScanFile(file: ScanFile): ScanCheck {
  const name = file.name.trim() || 'skan';
  if (file.size <= 0 || file.firstBytes.length === 0) return { ok: false, message: SCAN.empty(name) };

  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const namedPdf = extension === 'pdf';
  const namedJpg = extension === 'jpg' || extension === 'jpeg';
  if (!namedPdf && !namedJpg) return { ok: false, message: SCAN.wrongExtension(name) };

  const kind = sniffFileKind(file.firstBytes);
  const what = kind === 'pdf' || kind === 'jpg' || kind === 'unknown' ? '' : SCAN.kinds[kind];
  if (namedPdf && kind === 'jpg') return { ok: false, message: SCAN.jpgNamedPdf(name) };
  if (namedJpg && kind === 'pdf') return { ok: false, message: SCAN.pdfNamedJpg(name) };
  if (namedPdf && kind !== 'pdf') return { ok: false, message: SCAN.notRealPdf(name, what) };
  if (namedJpg && kind !== 'jpg') return { ok: false, message: SCAN.notRealJpg(name, what) };
  const real: 'pdf' | 'jpg' = namedPdf ? 'pdf' : 'jpg';

  const type = file.type.trim().toLowerCase();
  const typeOk = NEUTRAL_TYPES.has(type) || (real === 'pdf' ? PDF_TYPES.has(type) : JPG_TYPES.has(type));
  if (!typeOk) return { ok: false, message: SCAN.mimeMismatch(name, file.type) };

  const size = formatFileSize(file.size);
  if (file.size > SCAN_MAX_BYTES) return { ok: false, message: SCAN.tooLarge(size) };
  const warnings = [
    ...(file.size > SCAN_WARN_BYTES ? [SCAN.largeWarning(size)] : []),
    ...(real === 'jpg' ? [SCAN.jpgOnePage] : []),
  ];
  return warnings.length ? { ok: true, kind: real, warning: warnings.join(' ') } : { ok: true, kind: real };
}

/** The refusal of our own, unsigned application PDF offered as the signed scan. */
export const UNSIGNED_PRINTOUT =
  'To jest niepodpisany wydruk – zeskanuj podpisany wniosek. Ten plik to wniosek wygenerowany przez Asystenta ' +
  '(bez podpisu): wydrukuj go, daj do podpisu osobie podpisującej, zeskanuj podpisaną kartkę i wybierz plik ze skanera.';
