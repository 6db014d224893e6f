/**
 * `npm run bench` (documents part): how long the documents page takes to make each PDF and how big
 * the files are with the Polish font embedded (target: an application under 150 KB), plus the base64
 * round trip a 5 MB scan makes between the page, the background and the ePUAP content script.
 * vitest prints its timing table; this file also prints sizes and writes bench/results/documents.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { generateApplication } from '../lib/documents/application-pdf';
import { applicationsZip } from '../lib/documents/batch-zip';
import { generateCoverSheetPdf } from '../lib/documents/cover-sheet';
import type { FontBytes } from '../lib/documents/fonts';
import type { ProfileFields } from '../lib/profile/schema';
import { decodeBase64, encodeBase64 } from '../lib/text/base64';
import { brudzew, brzeznica, lezyce } from '../test/fixtures/documents/profiles';

const KB = 1024;
const TARGET_BYTES = 150 * KB;
const FONT_DIR = path.resolve('node_modules/dejavu-fonts-ttf/ttf');
const fonts: FontBytes = {
  regular: new Uint8Array(readFileSync(path.join(FONT_DIR, 'DejaVuSansCondensed.ttf'))),
  bold: new Uint8Array(readFileSync(path.join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf'))),
};
// The page caches the font bytes after the first load; so does this loader.
const loadFonts = async () => fonts;
const now = new Date('2026-11-24T10:00:00.000Z');

interface Sample {
  ms: number[];
  bytes?: number;
}
const samples = new Map<string, Sample>();

/** Runs `fn` under vitest's bench and keeps each run's duration and the output size for the JSON. */
function measured(name: string, fn: () => Promise<number | undefined>) {
  const sample: Sample = { ms: [] };
  samples.set(name, sample);
  bench(
    name,
    async () => {
      const start = performance.now();
      const size = await fn();
      sample.ms.push(performance.now() - start);
      if (size !== undefined) sample.bytes = size;
    },
    { time: 1500, iterations: 10, warmupIterations: 2 },
  );
}

const SAMPLES: ProfileFields[] = [brzeznica, lezyce, brudzew];
const TEN_MUNICIPALITIES = Array.from({ length: 10 }, (_, i) => ({
  ...(SAMPLES[i % 3] as ProfileFields),
  id: `p${i}`,
  municipality: `Gmina Łężyce ${i + 1}`,
}));
const SCAN = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);

describe('documents', () => {
  measured('application PDF (2 pages, fonts subset)', async () => {
    const { pdf } = await generateApplication(brzeznica, { loadFonts, now });
    return pdf.length;
  });
  measured('application PDF, village without streets', async () => {
    const { pdf } = await generateApplication(lezyce, { loadFonts, now, place: 'Łężyce' });
    return pdf.length;
  });
  measured(
    'cover sheet PDF for Sigillum',
    async () => (await generateCoverSheetPdf(brzeznica, { loadFonts, now })).length,
  );
  measured(
    'batch ZIP, 10 municipalities',
    async () => (await applicationsZip(TEN_MUNICIPALITIES, { loadFonts, now })).zip.length,
  );
  measured('scan 5 MB: base64 encode + decode', async () => {
    const back = decodeBase64(encodeBase64(SCAN));
    if (back?.length !== SCAN.length) throw new Error('base64 round trip lost bytes');
    return undefined;
  });
});

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

afterAll(() => {
  const rows = [...samples].map(([name, { ms, bytes }]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return {
      name,
      runs: sorted.length,
      medianMs: round(quantile(sorted, 0.5)),
      p95Ms: round(quantile(sorted, 0.95)),
      minMs: round(sorted[0] ?? 0),
      sizeKB: bytes === undefined ? null : round(bytes / KB),
      ...(name.startsWith('application PDF') && bytes !== undefined
        ? { underTarget: bytes < TARGET_BYTES }
        : {}),
    };
  });
  console.table(rows);
  const out = path.resolve('bench/results/documents.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        font: 'DejaVu Sans Condensed + Bold, subset',
        targetKB: TARGET_BYTES / KB,
        results: rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Zapisano ${path.relative(process.cwd(), out)}`);
});
