/**
 * The one text-layout helper every document uses: wraps text with the embedded font's real widths
 * (`widthOfTextAtSize`) and draws it in blocks measured from their top edge, so callers think in
 * "top of block → height used" instead of baselines.
 */
import { type Color, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/** A4 in PDF points and the page frame shared by the documents. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 62, right: 56, top: 56, bottom: 50 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const COLORS = {
  text: rgb(0, 0, 0),
  muted: rgb(0.33, 0.33, 0.33),
  rule: rgb(0.45, 0.45, 0.45),
  labelFill: rgb(0.93, 0.93, 0.93),
} as const;

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: Color;
  /** Line height as a multiple of the font size (default 1.3). */
  leading?: number;
}

const lineHeight = (style: TextStyle) => style.size * (style.leading ?? 1.3);

/** Breaks a word wider than the line into pieces that fit (long e-mail addresses, domains, logins). */
function breakLongWord(word: string, style: TextStyle, maxWidth: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && style.font.widthOfTextAtSize(current + ch, style.size) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy word wrap measured with the font; `\n` starts a new line; never returns an empty array. */
export function wrapText(text: string, style: TextStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (style.font.widthOfTextAtSize(candidate, style.size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakLongWord(word, style, maxWidth);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines.length ? lines : [''];
}

export function blockHeight(text: string, style: TextStyle, maxWidth: number): number {
  return wrapText(text, style, maxWidth).length * lineHeight(style);
}

export interface BlockOptions {
  x: number;
  /** Top edge of the block. */
  top: number;
  width: number;
  style: TextStyle;
  align?: 'left' | 'center' | 'right';
}

/** Draws wrapped text below `top`; returns the height used. */
export function drawTextBlock(page: PDFPage, text: string, options: BlockOptions): number {
  const { style, x, width, align = 'left' } = options;
  const lines = wrapText(text, style, width);
  const step = lineHeight(style);
  // First baseline: the font's ascent below the top, centred in the extra leading.
  const ascent = style.font.heightAtSize(style.size, { descender: false });
  const firstBaseline = options.top - (step - style.size) / 2 - ascent;
  lines.forEach((line, i) => {
    const lineWidth = style.font.widthOfTextAtSize(line, style.size);
    const dx = align === 'center' ? (width - lineWidth) / 2 : align === 'right' ? width - lineWidth : 0;
    page.drawText(line, {
      x: x + dx,
      y: firstBaseline - i * step,
      font: style.font,
      size: style.size,
      color: style.color ?? COLORS.text,
    });
  });
  return lines.length * step;
}

export interface RowOptions {
  x: number;
  top: number;
  width: number;
  labelWidth: number;
  label: string;
  value: string;
  labelStyle: TextStyle;
  valueStyle: TextStyle;
  padding?: number;
  minHeight?: number;
}

/** One bordered "label | value" row of a form table; returns its height. */
export function drawLabeledRow(page: PDFPage, o: RowOptions): number {
  const pad = o.padding ?? 5;
  const valueWidth = o.width - o.labelWidth;
  const height = Math.max(
    o.minHeight ?? 0,
    blockHeight(o.label, o.labelStyle, o.labelWidth - 2 * pad) + 2 * pad,
    blockHeight(o.value, o.valueStyle, valueWidth - 2 * pad) + 2 * pad,
  );
  const bottom = o.top - height;
  page.drawRectangle({ x: o.x, y: bottom, width: o.labelWidth, height, color: COLORS.labelFill });
  page.drawRectangle({
    x: o.x,
    y: bottom,
    width: o.width,
    height,
    borderColor: COLORS.rule,
    borderWidth: 0.6,
  });
  page.drawLine({
    start: { x: o.x + o.labelWidth, y: bottom },
    end: { x: o.x + o.labelWidth, y: o.top },
    color: COLORS.rule,
    thickness: 0.6,
  });
  const labelHeight = blockHeight(o.label, o.labelStyle, o.labelWidth - 2 * pad);
  const valueHeight = blockHeight(o.value, o.valueStyle, valueWidth - 2 * pad);
  drawTextBlock(page, o.label, {
    x: o.x + pad,
    top: o.top - (height - labelHeight) / 2,
    width: o.labelWidth - 2 * pad,
    style: o.labelStyle,
  });
  drawTextBlock(page, o.value, {
    x: o.x + o.labelWidth + pad,
    top: o.top - (height - valueHeight) / 2,
    width: valueWidth - 2 * pad,
    style: o.valueStyle,
  });
  return height;
}

/**
 * A tick box followed by its wrapped text; returns the height used. The mark is a bold "X" drawn as
 * text (not strokes), so text extraction can tell which option is marked.
 */
export function drawCheckboxOption(
  page: PDFPage,
  o: {
    x: number;
    top: number;
    width: number;
    text: string;
    checked: boolean;
    style: TextStyle;
    mark: TextStyle;
  },
): number {
  const box = 11;
  const gap = 8;
  const textHeight = drawTextBlock(page, o.text, {
    x: o.x + box + gap,
    top: o.top,
    width: o.width - box - gap,
    style: o.style,
  });
  const firstLine = lineHeight(o.style);
  const boxBottom = o.top - (firstLine + box) / 2;
  if (o.checked) {
    const markWidth = o.mark.font.widthOfTextAtSize('X', o.mark.size);
    page.drawText('X', {
      x: o.x + (box - markWidth) / 2,
      // 0.73 em: the cap height of DejaVu-like sans fonts, so the X sits in the middle of the box.
      y: boxBottom + (box - o.mark.size * 0.73) / 2 + 0.4,
      font: o.mark.font,
      size: o.mark.size,
      color: o.mark.color ?? COLORS.text,
    });
  }
  page.drawRectangle({
    x: o.x,
    y: boxBottom,
    width: box,
    height: box,
    borderColor: COLORS.text,
    borderWidth: 0.9,
  });
  return Math.max(textHeight, box);
}

/** A dotted line (for hand-written signatures, dates, stamps). */
export function drawDottedLine(page: PDFPage, x: number, y: number, width: number) {
  page.drawLine({
    start: { x, y },
    end: { x: x + width, y },
    thickness: 0.8,
    color: COLORS.text,
    dashArray: [0.8, 2.2],
    lineCap: 1,
  });
}

export function drawRule(page: PDFPage, x: number, y: number, width: number, thickness = 0.6) {
  page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color: COLORS.rule });
}

/** Footer: a small note on the left and "Strona n z m" on the right, above the bottom margin. */
export function drawFooter(page: PDFPage, left: string, right: string, style: TextStyle) {
  const y = MARGIN.bottom - 20;
  drawRule(page, MARGIN.left, y + style.size + 6, CONTENT_WIDTH, 0.4);
  const rightWidth = style.font.widthOfTextAtSize(right, style.size);
  const leftLines = wrapText(left, style, CONTENT_WIDTH - rightWidth - 20);
  page.drawText(leftLines[0] ?? '', {
    x: MARGIN.left,
    y,
    font: style.font,
    size: style.size,
    color: style.color,
  });
  page.drawText(right, {
    x: MARGIN.left + CONTENT_WIDTH - rightWidth,
    y,
    font: style.font,
    size: style.size,
    color: style.color,
  });
}

/** How wide the place to sign is on every document. */
export const SIGNATURE_WIDTH = 220;

/**
 * A dotted line at `y` to sign on, `SIGNATURE_WIDTH` wide from `x`, with its caption centred under it
 * ("podpis osoby upoważnionej"); returns the `top` where the text under the caption starts.
 */
export function drawSignatureLine(
  page: PDFPage,
  x: number,
  y: number,
  caption: string,
  style: TextStyle,
): number {
  drawDottedLine(page, x, y, SIGNATURE_WIDTH);
  const top = y - 3;
  return top - drawTextBlock(page, caption, { x, top, width: SIGNATURE_WIDTH, style, align: 'center' });
}
