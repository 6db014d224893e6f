import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

const FIXTURES = path.resolve('test/fixtures/epuap');
export const EPUAP = 'https://epuap.gov.pl';
/** The real address of the new Pismo ogólne (docs/PROCESS.md); served with fixture A. */
export const PISMO_PATH =
  '/wps/myportal/strefa-klienta/katalog-spraw/sprawy-ogolne/ogolne-sprawy-urzedowe-2/pismo-ogolne-do-podmiotu-publicznego-nowe';

/** A fixture page's address on the real host: `fixtureUrl('pismo-ogolne-b.html')`. */
export const fixtureUrl = (file: string) => `${EPUAP}/fixtures/epuap/${file}`;

/**
 * Serves the replica pages for https://epuap.gov.pl: nothing reaches the real site. Relative links
 * between fixtures (a form's frame) resolve under /fixtures/epuap/.
 */
export async function serveEpuapFixtures(context: BrowserContext): Promise<void> {
  await context.route(`${EPUAP}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/fixtures/epuap/' || pathname === '/')
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: indexPage() });
    const file =
      pathname === PISMO_PATH ? 'pismo-ogolne-a.html' : pathname.match(/^\/fixtures\/epuap\/([\w.-]+)$/)?.[1];
    if (!file) return route.fulfill({ status: 404, body: 'Brak takiej strony w replice ePUAP.' });
    try {
      await route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(path.join(FIXTURES, file)),
      });
    } catch {
      await route.fulfill({ status: 404, body: 'Brak takiej strony w replice ePUAP.' });
    }
  });
}

/** A list of the replica pages, the demo's starting point. */
function indexPage(): string {
  const links = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html') && !f.includes('-inner'))
    .map((f) => `<li><a href="/fixtures/epuap/${f}">${f}</a></li>`)
    .join('');
  return `<!doctype html><html lang="pl"><meta charset="utf-8"><title>Replika ePUAP (demo)</title>
<h1>Replika stron ePUAP do wypróbowania Asystenta</h1>
<p>To nie jest prawdziwy ePUAP: strony są lokalnymi replikami (test/fixtures/epuap). Nic nie zostanie wysłane.</p>
<ul><li><a href="${PISMO_PATH}">Pismo ogólne pod prawdziwym adresem</a></li>${links}</ul></html>`;
}
