/**
 * `web-ext lint` on the Firefox build (.output/firefox-mv2), the check addons.mozilla.org runs.
 * Passes with zero errors and no warning other than the ones the README explains (section "Firefox"),
 * each recognised by its code AND by the code it points at, so a new warning of the same kind in our
 * own code still fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const BUILD = path.resolve('.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Explained {
  code: string;
  /** Text that must be found around the reported position. */
  near: RegExp;
  why: string;
}

const EXPLAINED: readonly Explained[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: /createElement\("template"\);return \w+\.innerHTML=\w+/,
    why: "Solid's compiled JSX templates: constant markup of our own components, never data",
  },
  {
    code: 'DANGEROUS_EVAL',
    near: /Function\("binder","return function \("|"%eval%":eval/,
    why: "function-bind / get-intrinsic polyfills bundled in @pdf-lib/fontkit's dist; never reached",
  },
];

/** The source around the position the linter reported. */
function around(message: LintMessage): string {
  if (!message.file) return '';
  const file = path.join(BUILD, message.file);
  if (!existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 120), column + 120);
}

function main(): void {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    console.error(
      'Brak wersji dla Firefoksa: najpierw `npm run build`. / No Firefox build: run `npm run build` first.',
    );
    process.exit(1);
  }
  const bin = path.resolve('node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', BUILD, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No update check: the tests run offline.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  const start = run.stdout.indexOf('{');
  if (start < 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const report = JSON.parse(run.stdout.slice(start)) as Record<
    'errors' | 'warnings' | 'notices',
    LintMessage[]
  >;
  const unexplained = [...report.warnings, ...report.notices].filter(
    (m) => !EXPLAINED.some((e) => e.code === m.code && e.near.test(around(m))),
  );
  const show = (kind: string, m: LintMessage) =>
    console.error(`  ${kind} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
  for (const m of report.errors) show('błąd/error', m);
  for (const m of unexplained) show('ostrzeżenie/warning', m);
  const explained = report.warnings.length + report.notices.length - unexplained.length;
  console.log(
    `web-ext lint (${path.relative(process.cwd(), BUILD)}): ${report.errors.length} errors, ` +
      `${unexplained.length} unexplained warnings, ${explained} explained in the README (${EXPLAINED.map((e) => e.code).join(', ')})`,
  );
  if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
}

main();
