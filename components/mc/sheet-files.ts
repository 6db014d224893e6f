/**
 * What only mc.html loads for the password sheet: the bundled DejaVu fonts (read from the extension's own
 * chrome-extension:// URL, never from the network), as the documents page does.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import { browser } from 'wxt/browser';
import { fontLoaderFromUrls } from '@/lib/documents/fonts';

export const loadSheetFonts = fontLoaderFromUrls({ regular: regularUrl, bold: boldUrl });

/** Opens the sheet in a new tab for printing; the blob URL is freed after a minute (the tab has read it by then). */
export async function openPdf(bytes: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!window.open(url, '_blank')) await browser.tabs.create({ url });
}
