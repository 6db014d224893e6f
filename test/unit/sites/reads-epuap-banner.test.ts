// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseOrganisation, parsePerson, readEpuapBanner } from '../../../lib/sites/epuap';
import { type LoadedFixture, openFixture } from '../autofill/load-fixture';

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const BRUDZEW = { orgName: 'Urząd Gminy Brudzew', orgId: 'UGBrudzew' };

describe('reads login and organisation from the ePUAP top banner, whatever its markup', () => {
  it('banner A: inline "Zalogowany: Jan Kowalski (jkowalski) | Organizacja: … (UGBrudzew)"', async () => {
    page = await openFixture('banner-a.html');
    expect(readEpuapBanner(page.document)).toEqual({
      login: 'jkowalski',
      personName: 'Jan Kowalski',
      ...BRUDZEW,
    });
  });

  it('banner B: labels and values in separate elements, identifier on its own row', async () => {
    page = await openFixture('banner-b.html');
    expect(readEpuapBanner(page.document)).toEqual({
      login: 'anowak',
      personName: 'Anna Nowak',
      orgName: 'Urząd Miasta Lublin',
      orgId: 'ah7qcy621b',
    });
  });

  const headers: [string, object][] = [
    ['pismo-ogolne-a.html', { login: 'jkowalski', personName: 'Jan Kowalski', ...BRUDZEW }],
    ['pismo-ogolne-b.html', { login: 'jkowalski', personName: 'Jan Kowalski', ...BRUDZEW }],
    ['pismo-ogolne-c.html', { login: 'jkowalski', personName: null, ...BRUDZEW }],
    ['pismo-ogolne-frame.html', { login: 'jkowalski', personName: 'Jan Kowalski', ...BRUDZEW }],
    ['pismo-ogolne-bez-tytulu.html', { login: 'jkowalski', personName: null, ...BRUDZEW }],
  ];
  for (const [fixture, expected] of headers) {
    it(`the header of ${fixture}`, async () => {
      page = await openFixture(fixture);
      expect(readEpuapBanner(page.document)).toEqual(expected);
    });
  }

  it('returns null on a page without a logged-in banner', () => {
    document.body.innerHTML =
      '<header><a href="#">Zaloguj się</a></header><main><h1>Katalog spraw</h1></main>';
    expect(readEpuapBanner(document)).toBeNull();
  });

  it('tells whether the banner was read in the header parts or in the body', () => {
    document.body.innerHTML =
      '<header><span>Zalogowany: Jan Kowalski (jkowalski)</span></header><main><p>Skrzynka</p></main>';
    const inHeader = { header: false };
    expect(readEpuapBanner(document, inHeader)?.login).toBe('jkowalski');
    expect(inHeader.header).toBe(true);
    document.body.innerHTML =
      '<header>ePUAP</header><div class="konto">Zalogowany: Jan Kowalski (jkowalski)</div>';
    const inBody = { header: true };
    expect(readEpuapBanner(document, inBody)?.login).toBe('jkowalski');
    expect(inBody.header).toBe(false);
  });

  it('parses the person in several spellings', () => {
    expect(parsePerson('Jan Kowalski (jkowalski)')).toEqual({
      login: 'jkowalski',
      personName: 'Jan Kowalski',
    });
    expect(parsePerson('jkowalski (Jan Kowalski)')).toEqual({
      login: 'jkowalski',
      personName: 'Jan Kowalski',
    });
    expect(parsePerson('jan.kowalski_2')).toEqual({ login: 'jan.kowalski_2', personName: null });
    expect(parsePerson('Jan Kowalski, login: jkowalski')).toEqual({
      login: 'jkowalski',
      personName: 'Jan Kowalski',
    });
  });

  it('parses the organisation and its identifier in several spellings', () => {
    expect(parseOrganisation('Urząd Gminy Brudzew (UGBrudzew)')).toEqual(BRUDZEW);
    expect(parseOrganisation('Urząd Gminy Brudzew [UGBrudzew]')).toEqual(BRUDZEW);
    expect(parseOrganisation('Urząd Gminy Brudzew, identyfikator: UGBrudzew')).toEqual(BRUDZEW);
    expect(parseOrganisation('Urząd Gminy Brudzew / UGBrudzew')).toEqual(BRUDZEW);
    expect(parseOrganisation('Urząd Gminy Brudzew /UGBrudzew/SkrytkaESP')).toEqual(BRUDZEW);
    expect(parseOrganisation('ah7qcy621b')).toEqual({ orgName: null, orgId: 'ah7qcy621b' });
    expect(parseOrganisation('Urząd Miasta Lublin')).toEqual({ orgName: 'Urząd Miasta Lublin', orgId: null });
  });
});
