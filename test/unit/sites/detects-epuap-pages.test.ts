// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectSentConfirmation, isPismoOgolnePage, parsePolishDateTime } from '../../../lib/sites/epuap';
import { corpusVariants } from '../../corpus/index';
import { FIXTURE_BASE, type LoadedFixture, openFixture } from '../autofill/load-fixture';
import { openVariant, variantUrl } from '../corpus/harness';

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('recognises the Pismo ogólne form page', () => {
  for (const fixture of [
    'pismo-ogolne-a.html',
    'pismo-ogolne-b.html',
    'pismo-ogolne-c.html',
    'pismo-ogolne-frame.html',
    'pismo-ogolne-bez-tytulu.html',
  ]) {
    it(`${fixture} is the form`, async () => {
      page = await openFixture(fixture);
      expect(isPismoOgolnePage(FIXTURE_BASE + fixture, page.document)).toBe(true);
    });
  }

  for (const fixture of ['banner-a.html', 'wyslano.html']) {
    it(`${fixture} is not the form`, async () => {
      page = await openFixture(fixture);
      expect(isPismoOgolnePage(FIXTURE_BASE + fixture, page.document)).toBe(false);
    });
  }

  it('the catalogue description of the service is not the form, the real path with an editor is', () => {
    document.title = 'Pismo ogólne do podmiotu publicznego - ePUAP';
    document.body.innerHTML =
      '<h1>Pismo ogólne do podmiotu publicznego</h1><p>Opis usługi</p><a href="#">Załatw sprawę</a>';
    const url =
      'https://epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/sprawy-ogolne/ogolne-sprawy-urzedowe-2/pismo-ogolne-do-podmiotu-publicznego-nowe';
    expect(isPismoOgolnePage(url, document)).toBe(false);
    document.title = '';
    document.body.innerHTML = '<div><textarea></textarea></div>';
    expect(isPismoOgolnePage(url, document)).toBe(true);
    expect(isPismoOgolnePage('https://epuap.gov.pl/wps/myportal/skrzynka', document)).toBe(false);
    expect(isPismoOgolnePage('nie-adres', document)).toBe(false);
  });
});

describe('recognises the "sent" confirmation', () => {
  it('reads the date and the document number', async () => {
    page = await openFixture('wyslano.html');
    expect(detectSentConfirmation(page.document)).toEqual({
      sentAt: '2026-03-14T10:22:31',
      documentNumber: 'EPUAP-2026-03-14-000784512',
    });
  });

  it('is null on the form itself', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    expect(detectSentConfirmation(page.document)).toBeNull();
  });

  it("works with the sentence alone as the page's message, and with other date spellings", () => {
    document.body.innerHTML = '<div role="status">Pismo zostało pomyślnie wysłane.</div>';
    expect(detectSentConfirmation(document)).toEqual({});
    document.body.innerHTML = '<h2>Dokument został wysłany</h2>';
    expect(detectSentConfirmation(document)).toEqual({});
    expect(parsePolishDateTime('wysłano 2026-03-14 9:05')).toBe('2026-03-14T09:05');
    expect(parsePolishDateTime('dnia 4.3.2026 r.')).toBe('2026-03-04');
    expect(parsePolishDateTime('bez daty')).toBeUndefined();
  });
});

describe('only the confirmation page counts as "sent"', () => {
  it('a sentence in the running text of some page is not a confirmation', () => {
    document.body.innerHTML =
      '<h1>Pomoc</h1><p>Gdy dokument został wysłany, UPO trafia do folderu „Wysłane”.</p>';
    expect(detectSentConfirmation(document)).toBeNull();
  });

  it('a page that still holds the letter editor is not a confirmation', () => {
    document.body.innerHTML = '<h2>Dokument został wysłany</h2><textarea></textarea>';
    expect(detectSentConfirmation(document)).toBeNull();
  });
});

describe('a frame whose document arrives later', () => {
  it('counts by its src until its own document is there, then by that document', () => {
    document.title = 'Pismo ogólne do podmiotu publicznego - ePUAP';
    document.body.innerHTML = '<h1>Pismo ogólne do podmiotu publicznego</h1><iframe></iframe>';
    const url = 'https://epuap.gov.pl/fixtures/epuap/wake-own-frame.html';
    expect(isPismoOgolnePage(url, document)).toBe(false);
    document.querySelector('iframe')?.setAttribute('src', '/fe-model-web/formularz');
    expect(isPismoOgolnePage(url, document)).toBe(true);
  });
});

describe('recognises every Pismo ogólne page of the independent corpus once it has loaded', () => {
  // Written without reading this code (test/corpus): forms in steps (step 1 shows the recipient and the
  // kind, not the editor yet), forms in open shadow roots, in frames, in modals.
  const pismo = corpusVariants().filter((v) => v.form === 'pismo');
  it.concurrent.each(pismo.map((v) => [v.id, v] as const))('%s', async (_id, v) => {
    const opened = await openVariant(v);
    try {
      // Frames whose src is set late mount their form a moment later: the always-on script checks again
      // on every change, so here the check is repeated for a bounded time.
      const url = `${variantUrl(v)}index.html`;
      await vi.waitFor(() => expect(isPismoOgolnePage(url, opened.document)).toBe(true), {
        timeout: 5000,
        interval: 50,
      });
    } finally {
      await opened.close();
    }
  });
});
