import { readFileSync } from 'node:fs';
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

test('only the always-on script is in the manifest; the rest is injected on demand, and nothing is web-accessible', () => {
  const manifest = JSON.parse(read('manifest.json'));
  expect(manifest.content_scripts).toEqual([
    { matches: ['https://epuap.gov.pl/*'], run_at: 'document_idle', js: ['content-scripts/epuap.js'] },
  ]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.host_permissions).toEqual(['https://epuap.gov.pl/*']);
});
