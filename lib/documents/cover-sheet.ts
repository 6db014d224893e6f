/**
 * Step 8: a printable page to post with the signed "Raport zawartości certyfikatu" to Sigillum:
 * an address label (sender and recipient, to cut out or to show through a window envelope) and a
 * short cover letter naming the enclosure.
 */
import { PDFDocument } from 'pdf-lib';
import { municipalityName } from '../profile/name';
import { type ProfileFields, SIGNATORY_ROLE_LABELS } from '../profile/schema';
import {
  addressLines,
  DocumentDataError,
  defaultPlaceAndDate,
  normalizePolishDate,
  senderMissingFields,
} from './application-data';
import { APPLICATION, COVER_SHEET, SIGILLUM_ADDRESS } from './application-texts';
import { embedFonts, type FontOptions, unsupportedCharacters } from './fonts';
import {
  A4,
  COLORS,
  CONTENT_WIDTH,
  drawSignatureLine,
  drawTextBlock,
  MARGIN,
  SIGNATURE_WIDTH,
  type TextStyle,
} from './layout';

export interface CoverSheetOptions extends FontOptions {
  place?: string;
  date?: string | Date;
  now?: Date;
}

export async function generateCoverSheetPdf(
  profile: ProfileFields,
  options: CoverSheetOptions,
): Promise<Uint8Array> {
  const missing = senderMissingFields(profile);
  if (missing.length) throw new DocumentDataError(missing);
  const now = options.now ?? new Date();
  const defaults = defaultPlaceAndDate(profile, now);
  const place = options.place?.trim() || defaults.place;
  const date = options.date ? normalizePolishDate(options.date) : defaults.date;

  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc, await options.loadFonts(), options.subset ?? true);
  const caption: TextStyle = { font: regular, size: 8, color: COLORS.muted };
  const address: TextStyle = { font: regular, size: 11, leading: 1.35 };
  const recipient: TextStyle = { font: bold, size: 14, leading: 1.35 };
  const body: TextStyle = { font: regular, size: 10.5, leading: 1.45 };
  const strong: TextStyle = { font: bold, size: 10.5, leading: 1.45 };

  const name = municipalityName(profile);
  const sender = [profile.officeName.trim(), profile.municipality.trim()]
    .filter((line, i, all) => line && all.indexOf(line) === i)
    .concat(addressLines(profile));
  const domain = profile.platformDomain.trim();
  const signatory = [
    profile.signatoryName.trim(),
    profile.signatoryRole ? SIGNATORY_ROLE_LABELS[profile.signatoryRole] : '',
  ].filter(Boolean);
  const everything = [...sender, ...SIGILLUM_ADDRESS, ...signatory, place, domain].join(' ');
  const unsupported = unsupportedCharacters(regular, everything);
  if (unsupported.length)
    throw new Error(`Czcionka nie zawiera znaków: ${unsupported.join(' ')}. Usuń je z danych gminy.`);

  doc.setTitle(`${COVER_SHEET.documentTitle} – ${name}`);
  doc.setAuthor(profile.officeName.trim() || name);
  doc.setCreator(APPLICATION.creator);
  doc.setProducer(`${APPLICATION.creator} (pdf-lib)`);
  doc.setLanguage('pl-PL');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const page = doc.addPage([A4.width, A4.height]);
  const left = MARGIN.left;
  const right = MARGIN.left + CONTENT_WIDTH;
  let y = A4.height - MARGIN.top;

  // Address label: sender top left, recipient lower right (where a window envelope shows it).
  drawTextBlock(page, COVER_SHEET.senderCaption, { x: left, top: y, width: 240, style: caption });
  drawTextBlock(page, sender.join('\n'), { x: left, top: y - 12, width: 240, style: address });
  const recipientX = right - 250;
  const recipientTop = y - 110;
  drawTextBlock(page, COVER_SHEET.recipientCaption, {
    x: recipientX,
    top: recipientTop,
    width: 250,
    style: caption,
  });
  drawTextBlock(page, SIGILLUM_ADDRESS.join('\n'), {
    x: recipientX,
    top: recipientTop - 12,
    width: 250,
    style: recipient,
  });
  y = recipientTop - 100;
  page.drawLine({
    start: { x: left - 20, y },
    end: { x: right + 20, y },
    thickness: 0.6,
    color: COLORS.rule,
    dashArray: [4, 3],
  });
  drawTextBlock(page, COVER_SHEET.cutHint, {
    x: left,
    top: y - 3,
    width: CONTENT_WIDTH,
    style: caption,
    align: 'right',
  });
  y -= 40;

  // Cover letter.
  drawTextBlock(page, APPLICATION.placeDate(place, date), {
    x: left,
    top: y,
    width: CONTENT_WIDTH,
    style: body,
    align: 'right',
  });
  y -= drawTextBlock(page, sender.join('\n'), { x: left, top: y, width: 260, style: body }) + 24;
  drawTextBlock(page, SIGILLUM_ADDRESS.join('\n'), { x: recipientX, top: y, width: 250, style: strong });
  y -= 70;
  y -= drawTextBlock(page, COVER_SHEET.title, { x: left, top: y, width: CONTENT_WIDTH, style: strong }) + 10;
  y -=
    drawTextBlock(page, COVER_SHEET.letter(domain || 'platformy komunikacyjnej'), {
      x: left,
      top: y,
      width: CONTENT_WIDTH,
      style: body,
    }) + 16;
  y -= drawTextBlock(page, `${COVER_SHEET.enclosureCaption}:`, {
    x: left,
    top: y,
    width: CONTENT_WIDTH,
    style: strong,
  });
  y -= drawTextBlock(page, `1. ${COVER_SHEET.enclosure}`, {
    x: left + 12,
    top: y,
    width: CONTENT_WIDTH,
    style: body,
  });
  if (domain)
    y -= drawTextBlock(page, COVER_SHEET.enclosureDetail(domain), {
      x: left + 24,
      top: y,
      width: CONTENT_WIDTH - 24,
      style: caption,
    });

  // Signature.
  y -= 70;
  const sigX = right - SIGNATURE_WIDTH;
  const sy = drawSignatureLine(page, sigX, y, APPLICATION.signatureCaption, caption);
  if (signatory.length)
    drawTextBlock(page, signatory.join('\n'), {
      x: sigX,
      top: sy - 6,
      width: SIGNATURE_WIDTH,
      style: body,
      align: 'center',
    });
  return doc.save();
}
