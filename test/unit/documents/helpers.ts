import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FontBytes, FontLoader } from '../../../lib/documents/fonts';

const FONT_DIR = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');

/** The fonts the extension bundles, read from node_modules (no network). */
export const FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export function readFonts(files: { regular: string; bold: string } = FONT_FILES): FontBytes {
  return {
    regular: new Uint8Array(readFileSync(join(FONT_DIR, files.regular))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, files.bold))),
  };
}

export const loadFonts: FontLoader = async () => readFonts();

export const loaderOf =
  (fonts: FontBytes): FontLoader =>
  async () =>
    fonts;

/** Text of every page, one string per page, extracted with pdfjs-dist (as a PDF reader would). */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const items = await pdfTextItems(bytes);
  return items.map((page) => page.map((item) => item.str).join(' '));
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
}

export async function pdfTextItems(bytes: Uint8Array): Promise<TextItem[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if ('str' in item && item.str.trim())
        items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number });
    }
    pages.push(items);
  }
  await doc.destroy();
  return pages;
}

export const PDFTOPPM = '/usr/bin/pdftoppm';
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const hasPoppler = existsSync(PDFTOPPM) && existsSync(PDFTOTEXT);

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, maxval 255) as written by `pdftoppm -gray -pgm`. */
export function parsePgm(bytes: Uint8Array): Gray {
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i] ?? 0))) i++;
    if (bytes[i] === 0x23) {
      while (bytes[i] !== 0x0a) i++;
      continue;
    }
    let token = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 0)))
      token += String.fromCharCode(bytes[i++] ?? 0);
    header.push(token);
  }
  i++;
  const [magic, w, h, max] = header;
  if (magic !== 'P5' || max !== '255') throw new Error(`Not a P5/255 PGM: ${header.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: bytes.slice(i, i + width * height) };
}

/** Renders one page to grey pixels with poppler (the renderer people print with on Linux). */
export function renderPageGray(pdf: Uint8Array, page = 1, dpi = 60): Gray {
  const dir = mkdtempSync(join(tmpdir(), 'asystent-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync(PDFTOPPM, [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      String(dpi),
      '-gray',
      '-singlefile',
      file,
      join(dir, 'out'),
    ]);
    return parsePgm(new Uint8Array(readFileSync(join(dir, 'out.pgm'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'asystent-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How two renderings differ: pixels whose grey level differs by more than `threshold`, and the count of ink pixels. */
export function compareGray(a: Gray, b: Gray, threshold = 64) {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`Size differs: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  let differing = 0;
  let inkA = 0;
  let inkB = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const pa = a.pixels[i] ?? 255;
    const pb = b.pixels[i] ?? 255;
    if (Math.abs(pa - pb) > threshold) differing++;
    if (pa < 128) inkA++;
    if (pb < 128) inkB++;
  }
  return { differing, inkA, inkB };
}

/**
 * A copy of a TrueType font whose glyphs for `chars` are emptied (their outlines removed through the
 * `loca` table), the way a broken subset loses glyphs: the text still maps to the glyphs, so text
 * extraction reads it, but nothing is painted.
 */
export async function fontWithoutGlyphs(ttf: Uint8Array, chars: string): Promise<Uint8Array> {
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const font = fontkit.create(ttf);
  const ids = [...new Set([...chars].map((ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0).id))].sort(
    (a, b) => b - a,
  );
  const out = ttf.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...out.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const head = tables.get('head');
  const loca = tables.get('loca');
  if (head === undefined || loca === undefined) throw new Error('Not a TrueType (glyf) font');
  const long = view.getInt16(head + 50) === 1;
  const get = (g: number) => (long ? view.getUint32(loca + 4 * g) : view.getUint16(loca + 2 * g));
  const set = (g: number, v: number) =>
    long ? view.setUint32(loca + 4 * g, v) : view.setUint16(loca + 2 * g, v);
  // Highest first, so neighbouring emptied glyphs all end up with zero length.
  for (const id of ids) if (id > 0) set(id, get(id + 1));
  return out;
}
