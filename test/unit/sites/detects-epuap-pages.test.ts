// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectSentConfirmation, isPismoOgolnePage, parsePolishDateTime } from '../../../lib/sites/epuap';
import { FIXTURE_BASE, type LoadedFixture, openFixture } from '../autofill/load-fixture';

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

  it('works with the sentence alone, and with other date spellings', () => {
    document.body.innerHTML = '<p>Pismo zostało pomyślnie wysłane.</p>';
    expect(detectSentConfirmation(document)).toEqual({});
    expect(parsePolishDateTime('wysłano 2026-03-14 9:05')).toBe('2026-03-14T09:05');
    expect(parsePolishDateTime('dnia 4.3.2026 r.')).toBe('2026-03-04');
    expect(parsePolishDateTime('bez daty')).toBeUndefined();
  });
});
