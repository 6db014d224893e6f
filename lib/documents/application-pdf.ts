/**
 * The paper application "Wniosek o wydanie certyfikatu dla systemu teleinformatycznego", two A4 pages:
 * page 1 the applicant (JST) data, point II (the applicant's own system marked) and point III (domain);
 * page 2 place, date and the signature field. Texts live in application-texts.ts.
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { municipalityName } from '../profile/name';
import { type ProfileFields, SIGNATORY_ROLE_LABELS } from '../profile/schema';
import { addressLines, applicationFileName } from './application-data';
import { APPLICATION } from './application-texts';
import { type EmbeddedFonts, embedFonts, type FontOptions, unsupportedCharacters } from './fonts';
import {
  A4,
  COLORS,
  CONTENT_WIDTH,
  drawCheckboxOption,
  drawDottedLine,
  drawFooter,
  drawLabeledRow,
  drawSignatureLine,
  drawTextBlock,
  MARGIN,
  SIGNATURE_WIDTH,
  type TextStyle,
} from './layout';
import {
  type ApplicationFields,
  type ApplicationSnapshot,
  type PlaceAndDate,
  snapshotForApplication,
} from './snapshot';

export interface ApplicationPdfOptions extends PlaceAndDate, FontOptions {}

/** The rows of section I and III exactly as printed: [label, value]. */
export function applicationRows(f: ApplicationFields) {
  const [addressLine1, addressLine2] = addressLines(f);
  const r = APPLICATION.rows;
  const applicant: [string, string][] = [
    ...(f.municipality ? [[r.municipality, f.municipality] as [string, string]] : []),
    ...(f.officeName ? [[r.officeName, f.officeName] as [string, string]] : []),
    [r.address, `${addressLine1}\n${addressLine2}`],
    [r.regon, f.regon],
    [r.nip, f.nip],
    [r.email, f.email],
    [r.phone, f.phone || APPLICATION.emptyValue],
    [r.epuapLogin, f.epuapLogin],
    [r.epuapOrgId, f.epuapOrgId],
  ];
  const system: [string, string][] = [[r.platformDomain, f.platformDomain]];
  return { applicant, system };
}

function signatoryLines(f: ApplicationFields): string[] {
  const role = f.signatoryRole ? SIGNATORY_ROLE_LABELS[f.signatoryRole] : '';
  return [f.signatoryName, role, municipalityName(f)].filter(Boolean);
}

/** Every string the application prints, to check the font can show all of it before drawing. */
function printedText(s: ApplicationSnapshot): string {
  const { applicant, system } = applicationRows(s.fields);
  return [...applicant.flat(), ...system.flat(), ...signatoryLines(s.fields), s.place, s.date].join(' ');
}

interface Styles {
  heading: TextStyle;
  subheading: TextStyle;
  purpose: TextStyle;
  section: TextStyle;
  label: TextStyle;
  value: TextStyle;
  body: TextStyle;
  mark: TextStyle;
  caption: TextStyle;
  small: TextStyle;
  signatory: TextStyle;
}

function styles(fonts: EmbeddedFonts): Styles {
  const { regular, bold } = fonts;
  return {
    heading: { font: bold, size: 17, leading: 1.2 },
    subheading: { font: bold, size: 12.5, leading: 1.25 },
    purpose: { font: regular, size: 9.5, color: COLORS.muted, leading: 1.3 },
    section: { font: bold, size: 10.5 },
    label: { font: regular, size: 8.5, color: COLORS.muted, leading: 1.25 },
    value: { font: bold, size: 10.5, leading: 1.3 },
    body: { font: regular, size: 10, leading: 1.3 },
    mark: { font: bold, size: 9.5 },
    caption: { font: regular, size: 8, color: COLORS.muted },
    small: { font: regular, size: 7.5, color: COLORS.muted },
    signatory: { font: regular, size: 10, leading: 1.35 },
  };
}

const LABEL_WIDTH = 205;

function drawSection(page: PDFPage, title: string, top: number, st: Styles): number {
  return drawTextBlock(page, title, { x: MARGIN.left, top, width: CONTENT_WIDTH, style: st.section }) + 4;
}

function drawRows(page: PDFPage, rows: [string, string][], top: number, st: Styles): number {
  let y = top;
  for (const [label, value] of rows) {
    y -= drawLabeledRow(page, {
      x: MARGIN.left,
      top: y,
      width: CONTENT_WIDTH,
      labelWidth: LABEL_WIDTH,
      label,
      value,
      labelStyle: st.label,
      valueStyle: st.value,
      padding: 6,
      minHeight: 26,
    });
  }
  return top - y;
}

function drawPage1(page: PDFPage, s: ApplicationSnapshot, st: Styles) {
  const right = MARGIN.left + CONTENT_WIDTH;
  let y = A4.height - MARGIN.top;

  // Addressee, top right.
  const boxWidth = 190;
  drawTextBlock(page, APPLICATION.addresseeCaption, {
    x: right - boxWidth,
    top: y,
    width: boxWidth,
    style: st.caption,
  });
  drawTextBlock(page, APPLICATION.addressee, {
    x: right - boxWidth,
    top: y - 12,
    width: boxWidth,
    style: st.subheading,
  });
  y -= 62;

  // Title.
  const center = { x: MARGIN.left, width: CONTENT_WIDTH, align: 'center' as const };
  y -= drawTextBlock(page, APPLICATION.heading, { ...center, top: y, style: st.heading });
  y -= drawTextBlock(page, APPLICATION.subheading, { ...center, top: y, style: st.subheading }) + 2;
  y -= drawTextBlock(page, APPLICATION.purpose, {
    x: MARGIN.left + 50,
    width: CONTENT_WIDTH - 100,
    align: 'center',
    top: y,
    style: st.purpose,
  });
  y -= 22;

  const { applicant, system } = applicationRows(s.fields);
  y -= drawSection(page, APPLICATION.sectionI, y, st);
  y -= drawRows(page, applicant, y, st) + 20;

  y -= drawSection(page, APPLICATION.sectionII, y, st) + 4;
  for (const [text, checked] of [
    [APPLICATION.optionOwn, true],
    [APPLICATION.optionOther, false],
  ] as const) {
    y -=
      drawCheckboxOption(page, {
        x: MARGIN.left + 4,
        top: y,
        width: CONTENT_WIDTH - 4,
        text,
        checked,
        style: st.body,
        mark: st.mark,
      }) + 7;
  }
  y -= 14;

  y -= drawSection(page, APPLICATION.sectionIII, y, st);
  drawRows(page, system, y, st);
}

function drawPage2(page: PDFPage, s: ApplicationSnapshot, st: Styles) {
  let y = A4.height - MARGIN.top;
  y -= drawTextBlock(page, `${APPLICATION.title} – ${municipalityName(s.fields)} ${APPLICATION.continued}`, {
    x: MARGIN.left,
    top: y,
    width: CONTENT_WIDTH,
    style: st.caption,
  });
  y -= 24;
  y -= drawSection(page, APPLICATION.sectionIV, y, st) + 46;

  // Left: place and date, printed above a dotted line.
  const colWidth = 200;
  const lineY = y - 16;
  drawTextBlock(page, APPLICATION.placeDate(s.place, s.date), {
    x: MARGIN.left,
    top: y,
    width: colWidth,
    style: st.body,
    align: 'center',
  });
  drawDottedLine(page, MARGIN.left, lineY, colWidth);
  drawTextBlock(page, APPLICATION.placeDateCaption, {
    x: MARGIN.left,
    top: lineY - 3,
    width: colWidth,
    style: st.caption,
    align: 'center',
  });

  // Right: the signature line, its caption and who signs.
  const sigX = MARGIN.left + CONTENT_WIDTH - SIGNATURE_WIDTH;
  let sy = drawSignatureLine(page, sigX, lineY, APPLICATION.signatureCaption, st.caption);
  sy -= 8;
  const [name, ...rest] = signatoryLines(s.fields);
  sy -= drawTextBlock(page, name ?? '', {
    x: sigX,
    top: sy,
    width: SIGNATURE_WIDTH,
    style: st.value,
    align: 'center',
  });
  drawTextBlock(page, rest.join('\n'), {
    x: sigX,
    top: sy,
    width: SIGNATURE_WIDTH,
    style: st.signatory,
    align: 'center',
  });

  // Left, lower: room for the office stamp.
  const stampTop = lineY - 40;
  page.drawRectangle({
    x: MARGIN.left,
    y: stampTop - 90,
    width: colWidth,
    height: 90,
    borderColor: COLORS.rule,
    borderWidth: 0.6,
    borderDashArray: [2, 2],
  });
  drawTextBlock(page, APPLICATION.stampCaption, {
    x: MARGIN.left,
    top: stampTop - 93,
    width: colWidth,
    style: st.caption,
    align: 'center',
  });
}

/** Renders the application from a snapshot (the data are already checked). */
export async function renderApplicationPdf(
  snapshot: ApplicationSnapshot,
  options: FontOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc, await options.loadFonts(), options.subset ?? true);
  const unsupported = unsupportedCharacters(fonts.regular, printedText(snapshot));
  if (unsupported.length)
    throw new Error(`Czcionka nie zawiera znaków: ${unsupported.join(' ')}. Usuń je z danych gminy.`);

  const st = styles(fonts);
  const name = municipalityName(snapshot.fields);
  const created = new Date(snapshot.createdAt);
  doc.setTitle(`${APPLICATION.title} – ${name}`);
  doc.setAuthor(snapshot.fields.officeName || name);
  doc.setSubject(`${APPLICATION.title}: ${snapshot.fields.platformDomain}`);
  doc.setKeywords([...APPLICATION.keywords]);
  doc.setCreator(APPLICATION.creator);
  doc.setProducer(`${APPLICATION.creator} (pdf-lib)`);
  doc.setLanguage('pl-PL');
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  const pages = [doc.addPage([A4.width, A4.height]), doc.addPage([A4.width, A4.height])] as const;
  drawPage1(pages[0], snapshot, st);
  drawPage2(pages[1], snapshot, st);
  pages.forEach((page, i) => {
    drawFooter(page, `${APPLICATION.title} – ${name}`, APPLICATION.footer(i + 1, pages.length), st.small);
  });
  return doc.save();
}

/**
 * Fills the application from the profile. Throws DocumentDataError with everything missing before
 * any PDF work (and before loading the fonts).
 */
export async function generateApplicationPdf(
  profile: ProfileFields & { id?: string },
  options: ApplicationPdfOptions,
): Promise<Uint8Array> {
  return (await generateApplication(profile, options)).pdf;
}

/** Same as generateApplicationPdf, also returning the snapshot to store and the file name to save under. */
export async function generateApplication(
  profile: ProfileFields & { id?: string },
  options: ApplicationPdfOptions,
): Promise<{ pdf: Uint8Array; snapshot: ApplicationSnapshot; fileName: string }> {
  const snapshot = snapshotForApplication(profile, options);
  const pdf = await renderApplicationPdf(snapshot, options);
  return { pdf, snapshot, fileName: applicationFileName(snapshot.fields, snapshot.date) };
}
