/**
 * The password sheet: both certificate passwords on one printed page, kept with the certificate papers.
 * Made in the mc.html page only (pdf-lib and the font load there alone, like the documents page).
 * Each password is printed whole and again in groups of four with every character named by its kind,
 * because a password copied by hand from paper fails on l/1/I and O/0.
 */
import { PDFDocument, rgb } from 'pdf-lib';
import { formatInstant } from '../text/dates';
import { P12_PASSWORD_ADVICE } from '../text/glossary';
import { embedFonts, type FontLoader } from './fonts';

export interface PasswordSheetInput {
  municipality: string;
  revocation: string;
  p12: string;
  /** When the passwords were generated (ISO). */
  createdAt: string;
  loadFonts: FontLoader;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** "Ab3!" → "A (wielka), b (mała), 3 (cyfra), ! (znak)": what a person reads aloud or checks by eye. */
export function spelledOut(password: string): string {
  return [...password]
    .map((ch) => {
      if (/[a-z]/.test(ch)) return `${ch} (mała)`;
      if (/[A-Z]/.test(ch)) return `${ch} (wielka)`;
      if (/[0-9]/.test(ch)) return `${ch} (cyfra)`;
      return `${ch} (znak)`;
    })
    .join(', ');
}

export function groupsOfFour(password: string): string {
  return (password.match(/.{1,4}/g) ?? []).join(' ');
}

export async function generatePasswordSheetPdf(input: PasswordSheetInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Hasła do certyfikatu integracji z ePUAP');
  doc.setCreator('Asystent ePUAP');
  const { regular, bold } = await embedFonts(doc, await input.loadFonts());
  const page = doc.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  const line = (text: string, size = 11, font = regular, gap = 6) => {
    for (const part of wrap(text, (t) => font.widthOfTextAtSize(t, size), width)) {
      y -= size * 1.25;
      page.drawText(part, { x: MARGIN, y, size, font, color: rgb(0.1, 0.1, 0.12) });
    }
    y -= gap;
  };
  line('Hasła do certyfikatu integracji z ePUAP', 17, bold, 4);
  line(`${input.municipality} · wygenerowano ${formatInstant(input.createdAt)}`, 10, regular, 14);
  line(
    'Przechowuj tę kartkę w zamkniętym miejscu razem z dokumentami certyfikatu. Nie wysyłaj jej zdjęcia ani skanu e-mailem.',
    10,
  );
  const block = (title: string, purpose: string, password: string) => {
    y -= 10;
    line(title, 13, bold, 2);
    line(purpose, 10, regular, 6);
    line(password, 16, bold, 4);
    line(`W grupach po 4: ${groupsOfFour(password)}`, 11, regular, 4);
    line(spelledOut(password), 9, regular, 8);
  };
  block(
    '1. Hasło do unieważnienia certyfikatu',
    'Potrzebne, gdyby certyfikat trzeba było unieważnić (np. po wycieku klucza).',
    input.revocation,
  );
  block(
    '2. Hasło do pliku p12',
    `Chroni plik .p12 z kluczem prywatnym; koordynator platformy potrzebuje go do instalacji. ${P12_PASSWORD_ADVICE}`,
    input.p12,
  );
  y -= 16;
  line(
    'Podpis osoby przechowującej: ..............................................   Data: ....................',
    10,
  );
  return doc.save();
}

/** Greedy word wrap; a word longer than the line (a password) is cut by characters. */
function wrap(text: string, measure: (t: string) => number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= max) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (measure(current) > max) {
      let cut = current.length - 1;
      while (cut > 1 && measure(current.slice(0, cut)) > max) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  return lines;
}
