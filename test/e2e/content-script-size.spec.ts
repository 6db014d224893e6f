import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_BUDGETS } from '../../bench/budgets';
import { EXTENSION_DIR, expect, test } from './extension';

const gzipBytes = (file: string) =>
  gzipSync(readFileSync(path.join(EXTENSION_DIR, file)), { level: 9 }).length;
const read = (file: string) => readFileSync(path.join(EXTENSION_DIR, file), 'utf8');

for (const [file, budget] of Object.entries(CONTENT_BUDGETS))
  test(`${file} stays within ${budget / 1024} KB gzip`, () => {
    expect(gzipBytes(file)).toBeLessThanOrEqual(budget);
  });

test('the always-on ePUAP script holds no fill engine, polyfill, zod, Solid or IndexedDB code', () => {
  const code = read('content-scripts/epuap.js');
  // Markers that survive minification: string literals of each library and of the engine.
  for (const marker of [
    'Wybrano adresata', // lib/autofill's report texts
    'minArgs', // webextension-polyfill's API table
    'invalid_type', // zod
    'versionchange', // idb
    '$$typeof',
    'solid-js',
    'Raport wypełnienia', // the in-page report
  ])
    expect(code, marker).not.toContain(marker);
});

test('the always-on ePUAP script holds no Unicode property class literal (each costs every page load its parse)', () => {
  // `/[\p{L}]/u` written as a literal is parsed with the script on every load, used or not (~0.2 ms each
  // in Chromium); lib/text/normalize.ts `lazyPattern` builds such patterns on their first use instead.
  // In a string literal (lazyPattern's argument) the backslash is escaped: `"[\\p{L}]"`.
  expect(read('content-scripts/epuap.js')).not.toMatch(/[^\\]\\p\{/);
});

/** Markers of the libraries no script running inside an ePUAP or MC page may carry (they survive minification). */
const PAGE_FORBIDDEN = {
  zod: ['invalid_type', 'ZodError'],
  idb: ['upgradeneeded', 'continuePrimaryKey'],
  'solid-js': ['$DX_DELEGATE', 'solid-js'],
  'pdf-lib': ['PDFDocument', 'PDFName'],
  '@pdf-lib/fontkit': ['registerFontkit', 'GSUB'],
};

/** Every content script the extension injects at run time: named in the built background or an extension page. */
function injectedScripts(): string[] {
  const names = new Set<string>();
  const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && !f.startsWith('content-scripts'),
  );
  for (const file of files)
    for (const match of read(file).matchAll(/content-scripts\/[\w-]+\.js/g)) names.add(match[0]);
  return [...names].filter((name) => name !== 'content-scripts/epuap.js').sort();
}

test('the scripts injected at run time are the engine, the sent watcher and the MC fill, each with a size budget', () => {
  const injected = injectedScripts();
  expect(injected).toEqual([
    'content-scripts/epuap-engine.js',
    'content-scripts/epuap-sent.js',
    'content-scripts/mc-fill.js',
  ]);
  for (const file of injected) expect(Object.keys(CONTENT_BUDGETS), file).toContain(file);
});

test('no script that runs inside a page carries zod, idb, Solid, pdf-lib or fontkit', () => {
  // The check can fail: the markers are found where those libraries are bundled.
  const pageChunks = readdirSync(path.join(EXTENSION_DIR, 'chunks')).map((f) => read(`chunks/${f}`));
  for (const [library, markers] of Object.entries(PAGE_FORBIDDEN))
    expect(
      [read('background.js'), ...pageChunks].some((code) => markers.some((m) => code.includes(m))),
      `${library} found in the extension's own pages`,
    ).toBe(true);

  for (const file of ['content-scripts/epuap.js', ...injectedScripts()]) {
    const code = read(file);
    const found = Object.entries(PAGE_FORBIDDEN).flatMap(([library, markers]) =>
      markers.filter((m) => code.includes(m)).map((m) => `${library} (${m})`),
    );
    expect(found, `${file} carries libraries a page script must not`).toEqual([]);
  }
});

test('only the always-on script is in the manifest; the rest is injected on demand, and nothing is web-accessible', () => {
  const manifest = JSON.parse(read('manifest.json'));
  expect(manifest.content_scripts).toEqual([
    { matches: ['https://epuap.gov.pl/*'], run_at: 'document_idle', js: ['content-scripts/epuap.js'] },
  ]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.host_permissions).toEqual(['https://epuap.gov.pl/*']);
});
