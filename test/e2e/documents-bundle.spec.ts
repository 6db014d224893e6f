import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, expect, test } from './extension';

/** Markers of pdf-lib (its document class) and of @pdf-lib/fontkit (its font loading API). */
const PDF_MARKERS = ['PDFDocument', 'registerFontkit'];

const read = (file: string) => readFileSync(path.join(EXTENSION_DIR, file), 'utf8');

/** The scripts a built page loads: its module entry, its preloaded chunks, and what they import in turn. */
function scriptsOf(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(path.join(EXTENSION_DIR, file))) continue;
    seen.add(file);
    const code = read(file);
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] as string;
      queue.push(
        path.posix.normalize(
          target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(file), target),
        ),
      );
    }
  }
  return seen;
}

function pageScripts(html: string): string[] {
  const code = read(html);
  return [...code.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
}

test('pdf-lib and its font code reach only the documents page, not the background, popup, side panel or content script', () => {
  const manifest = JSON.parse(read('manifest.json'));
  const contexts: Record<string, string[]> = {
    background: [manifest.background.service_worker],
    popup: pageScripts('popup.html'),
    sidepanel: pageScripts('sidepanel.html'),
    contentScripts: (manifest.content_scripts ?? []).flatMap((c: { js: string[] }) => c.js),
  };
  const documents = scriptsOf(pageScripts('documents.html'));

  const allScripts = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  const withPdfLib = allScripts.filter((f) => PDF_MARKERS.some((m) => read(f).includes(m))).sort();
  test.info().annotations.push({ type: 'files with pdf-lib', description: withPdfLib.join(', ') });

  // The check can fail: the documents page itself does carry pdf-lib.
  expect([...documents].some((f) => withPdfLib.includes(f))).toBe(true);
  for (const [name, entries] of Object.entries(contexts)) {
    const loaded = [...scriptsOf(entries)];
    expect(loaded.length, `${name} loads scripts`).toBeGreaterThan(0);
    expect(
      loaded.filter((f) => withPdfLib.includes(f)),
      `${name} must not load pdf-lib`,
    ).toEqual([]);
  }
  // The fonts are packaged files, fetched from the extension itself.
  const fonts = readdirSync(path.join(EXTENSION_DIR, 'assets')).filter((f) => f.endsWith('.ttf'));
  expect(fonts.length).toBe(2);
  expect([...documents].some((f) => fonts.some((font) => read(f).includes(font)))).toBe(true);
});
