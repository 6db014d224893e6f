/**
 * Handing finished files to the clerk, for the pages that make them (documents.html, mc.html): the
 * bundled DejaVu fonts (packaged with the extension and read from its own chrome-extension:// URL,
 * never from the network), saving a file, opening a PDF for printing. pdf-lib reaches a bundle only
 * through the pages that import this module.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import { browser } from 'wxt/browser';
import { fontLoaderFromUrls } from '@/lib/documents/fonts';

export const loadFonts = fontLoaderFromUrls({ regular: regularUrl, bold: boldUrl });

export const PDF_TYPE = 'application/pdf';

function blobUrl(bytes: Uint8Array, type: string): string {
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Saves the file through the browser's downloads (the clerk's Downloads folder or a save dialog). */
export function saveFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = blobUrl(bytes, type);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the PDF in a new tab, where the browser's viewer prints it. */
export async function openForPrinting(bytes: Uint8Array): Promise<void> {
  const url = blobUrl(bytes, PDF_TYPE);
  // The URL must outlive the tab's loading; a few minutes is plenty and frees the memory later.
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  if (!window.open(url, '_blank')) await browser.tabs.create({ url });
}
