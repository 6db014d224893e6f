import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layering rules live in biome.json (`noRestrictedImports` per folder). This runs the project's own
// Biome with that configuration over probe files laid out like the repository, so removing or
// loosening a rule fails here, not only in review.

const repo = resolve(__dirname, '../../..');
const biome = join(repo, 'node_modules/.bin/biome');

interface Diagnostic {
  category: string;
  location: { path: string; start: { line: number } };
}

// Each probe: its path, and for each import line whether the lint must refuse it.
const probes: Record<string, { source: string; refused: boolean }[]> = {
  'lib/autofill/probe.ts': [
    { source: "import { a } from './dom';", refused: false },
    { source: "import { computeAccessibleName } from 'dom-accessibility-api';", refused: false },
    { source: "import { b } from '../text/plural';", refused: true },
    // The two dependency-free text modules the engine shares with the always-on script, and no other.
    { source: "import { normalizeText } from '../text/normalize';", refused: false },
    { source: "import { findLabelledText } from '../text/labelled-text';", refused: false },
    { source: "import { formatDate } from '../text/dates';", refused: true },
    { source: "import { c } from '@/lib/sites/epuap';", refused: true },
    { source: "import { browser } from 'wxt/browser';", refused: true },
    { source: "import { zip } from 'fflate';", refused: true },
  ],
  // Shared by lib/autofill and the always-on script: they import nothing but ./normalize.
  'lib/text/labelled-text.ts': [
    { source: "import { cleanLabel } from './normalize';", refused: false },
    { source: "import { plural } from './plural';", refused: true },
    { source: "import { isRendered } from '../autofill/dom';", refused: true },
    { source: "import { computeAccessibleName } from 'dom-accessibility-api';", refused: true },
  ],
  'lib/text/normalize.ts': [
    { source: "import { glossary } from './glossary';", refused: true },
    { source: "import { browser } from 'wxt/browser';", refused: true },
  ],
  'lib/text/probe.ts': [{ source: "import { formatDate } from './dates';", refused: false }],
  'lib/db/probe.ts': [
    { source: "import { z } from 'zod';", refused: false },
    { source: "import { openDB } from 'idb';", refused: false },
    { source: "import { d } from '@/components/app-state';", refused: true },
    { source: "import { e } from '../../entrypoints/background';", refused: true },
  ],
  'lib/sites/epuap/probe.ts': [
    { source: "import { f } from '../../text/normalize';", refused: false },
    { source: "import { z } from 'zod';", refused: true },
    { source: "import { g } from '@/components/in-page/launcher';", refused: true },
  ],
  'components/in-page/probe.ts': [
    { source: "import { h } from '@/lib/autofill';", refused: false },
    { source: "import { createSignal } from 'solid-js';", refused: true },
    { source: "import { render } from 'solid-js/web';", refused: true },
    { source: "import { PDFDocument } from 'pdf-lib';", refused: true },
    { source: "import fontkit from '@pdf-lib/fontkit';", refused: true },
    { source: "import { z } from 'zod';", refused: true },
    { source: "import type { IDBPDatabase } from 'idb';", refused: true },
  ],
  'entrypoints/epuap.content/probe.ts': [
    { source: "import { z } from 'zod';", refused: true },
    { source: "import { i } from '@/components/in-page/launcher';", refused: false },
  ],
  // Extension pages may use the framework and the libraries.
  'components/documents/probe.tsx': [
    { source: "import { createSignal } from 'solid-js';", refused: false },
    { source: "import { PDFDocument } from 'pdf-lib';", refused: false },
  ],
};

let dir = '';
let refusedLines: Map<string, Set<number>>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layering-'));
  const config = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8'));
  delete config.$schema;
  delete config.vcs; // the probe folder is no git checkout
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [path, lines] of Object.entries(probes)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${lines.map((l) => l.source).join('\n')}\n`);
  }
  let out: string;
  try {
    out = execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out) as { diagnostics: Diagnostic[] };
  refusedLines = new Map();
  for (const d of report.diagnostics) {
    if (d.category !== 'lint/style/noRestrictedImports') continue;
    const path = d.location.path.replace(/\\/g, '/');
    const lines = refusedLines.get(path) ?? new Set<number>();
    lines.add(d.location.start.line);
    refusedLines.set(path, lines);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the lint keeps the layering', () => {
  for (const [path, lines] of Object.entries(probes)) {
    lines.forEach(({ source, refused }, index) => {
      it(`${path}: ${refused ? 'refuses' : 'allows'} ${source}`, () => {
        expect(refusedLines.get(path)?.has(index + 1) ?? false).toBe(refused);
      });
    });
  }
});
