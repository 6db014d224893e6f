/**
 * `npm test` starts here: are the programs the tests drive installed? Each missing one is named in one
 * Polish-and-English line with the Debian package that brings it. As root under CI (`CI=true`) the
 * packages are installed right away (`apt-get update` + `apt-get install -y …`); anywhere else the
 * script stops, so nobody waits for lint and unit tests to learn that a browser is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Tool {
  /** What the tests use it for, in Polish / in English. */
  pl: string;
  en: string;
  /** Where the tests look for it; an environment variable may point elsewhere. */
  path: () => string | null;
  pkg: string;
}

const executable = (file: string): string | null => {
  try {
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    return null;
  }
};

const onPath = (name: string): string | null => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
};

export const TOOLS: readonly Tool[] = [
  {
    pl: 'przeglądarki Chromium (testy end-to-end)',
    en: 'the Chromium browser (end-to-end tests)',
    path: () => executable(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    pkg: 'chromium',
  },
  {
    pl: 'przeglądarki Firefox ESR (testy w Firefoksie)',
    en: 'the Firefox ESR browser (Firefox tests)',
    path: () => executable(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'),
    pkg: 'firefox-esr',
  },
  {
    pl: 'programu pdftoppm (sprawdzanie liter w PDF)',
    en: 'pdftoppm (the PDF glyph check)',
    path: () => onPath('pdftoppm'),
    pkg: 'poppler-utils',
  },
];

/** Everything the test machine gets from Debian, in one command (the fonts render the PDF checks). */
export const DEBIAN_PACKAGES = ['chromium', 'firefox-esr', 'poppler-utils', 'fonts-dejavu-core'];

export function missingTools(tools: readonly Tool[] = TOOLS): Tool[] {
  return tools.filter((tool) => !tool.path());
}

export function missingLine(tool: Tool): string {
  return (
    `Brak ${tool.pl}: zainstaluj pakiet Debiana ${tool.pkg} (sudo apt-get install -y ${tool.pkg}). / ` +
    `Missing ${tool.en}: install the Debian package ${tool.pkg} (sudo apt-get install -y ${tool.pkg}).`
  );
}

function installAsRoot(): void {
  console.log(
    `CI: instaluję z Debiana / installing from Debian: ${DEBIAN_PACKAGES.join(' ')} (apt-get update && apt-get install -y)`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...DEBIAN_PACKAGES], {
    stdio: 'inherit',
    env,
  });
}

function main(): void {
  let missing = missingTools();
  if (missing.length === 0) return;
  for (const tool of missing) console.error(missingLine(tool));
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (ci && process.getuid?.() === 0) {
    installAsRoot();
    missing = missingTools();
    for (const tool of missing) console.error(missingLine(tool));
  }
  if (missing.length > 0) process.exit(1);
}

// Run as `tsx scripts/check-tools.ts`; importing it (the unit test) checks nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
