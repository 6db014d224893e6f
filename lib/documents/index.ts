/** Documents of the certificate process: the application PDF, its snapshot, scan checks, hand-over. */
export {
  addressLines,
  applicationFileName,
  applicationMissingFields,
  applicationNotices,
  coverSheetFileName,
  DocumentDataError,
  defaultPlaceAndDate,
  isDocumentDataError,
  type MissingField,
  normalizePolishDate,
  senderMissingFields,
  slugify,
  transliterate,
} from './application-data';
export {
  type ApplicationPdfOptions,
  applicationRows,
  generateApplication,
  generateApplicationPdf,
  renderApplicationPdf,
} from './application-pdf';
export { APPLICATION, COVER_SHEET, HANDOVER, SIGILLUM_ADDRESS } from './application-texts';
export { applicationsZip, type BatchOptions, type BatchResult } from './batch-zip';
export { type CoverSheetOptions, generateCoverSheetPdf } from './cover-sheet';
export {
  type EmbeddedFonts,
  embedFonts,
  type FontBytes,
  type FontLoader,
  type FontOptions,
  fontLoaderFromUrls,
  unsupportedCharacters,
} from './fonts';
export { type EmailDraft, type HandoverOptions, handoverEmailDraft, mailtoLink } from './handover';
export {
  checkScanFile,
  formatFileSize,
  SCAN_HEAD_BYTES,
  SCAN_MAX_BYTES,
  SCAN_WARN_BYTES,
  type ScanCheck,
  type ScanFile,
  sniffFileKind,
} from './scan-check';
export {
  APPLICATION_FIELDS,
  type ApplicationFieldName,
  type ApplicationFields,
  type ApplicationSnapshot,
  ApplicationSnapshotSchema,
  diffSnapshot,
  type PlaceAndDate,
  type SnapshotChange,
  snapshotForApplication,
} from './snapshot';
