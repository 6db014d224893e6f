/**
 * Fonts for the documents. pdf-lib's 14 standard fonts use WinAnsi and cannot encode ą ć ę ł ń ś ź ż,
 * so every document embeds a TrueType font through @pdf-lib/fontkit, subset to the glyphs used.
 *
 * The bytes are never fetched from the network: the caller injects a loader. In the extension the TTF
 * files are bundled assets (see `fontLoaderFromUrls`); in tests they are read from node_modules.
 * Tested with DejaVu Sans / DejaVu Sans Condensed (package `dejavu-fonts-ttf`): subsetting keeps every
 * glyph (checked on the rendered page by test/unit/documents/rendered-glyphs.test.ts).
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export type FontLoader = () => Promise<FontBytes>;

export interface EmbeddedFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface FontOptions {
  /** Where the TTF bytes come from; injected so nothing is downloaded at run time. */
  loadFonts: FontLoader;
  /** Embed only the glyphs used (default true: ~15 KB instead of ~700 KB per font). */
  subset?: boolean;
}

export async function embedFonts(doc: PDFDocument, fonts: FontBytes, subset = true): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fonts.regular, { subset }),
    doc.embedFont(fonts.bold, { subset }),
  ]);
  return { regular, bold };
}

/** Characters of `text` the font has no glyph for (they would print as empty boxes or nothing). */
export function unsupportedCharacters(font: PDFFont, text: string): string[] {
  const supported = new Set(font.getCharacterSet());
  const missing = new Set<string>();
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code !== undefined && code > 0x20 && !supported.has(code)) missing.add(ch);
  }
  return [...missing];
}

/**
 * A loader for fonts shipped inside the extension. Give it the URLs of the bundled TTF assets, e.g.
 * `import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url'` (Vite), which resolve to
 * chrome-extension:// URLs: fetching them reads the extension package, not the network.
 * The bytes are loaded once and cached.
 */
export function fontLoaderFromUrls(
  urls: { regular: string; bold: string },
  fetchImpl: (
    url: string,
  ) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }> = (url) => fetch(url),
): FontLoader {
  let cached: Promise<FontBytes> | undefined;
  const load = async (url: string) => {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`Nie udało się wczytać czcionki (${response.status}): ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return () => {
    cached ??= Promise.all([load(urls.regular), load(urls.bold)])
      .then(([regular, bold]) => ({ regular, bold }))
      .catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
    return cached;
  };
}
