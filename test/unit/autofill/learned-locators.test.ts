// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  computeLocator,
  type LearnedMapping,
  learnedLocatorsFor,
  learnMapping,
  pathMatches,
  pathPatternFor,
  resolveLocator,
} from '../../../lib/autofill';

beforeEach(() => {
  document.body.innerHTML = `
    <form id="formularz">
      <div class="wiersz"><span>Temat</span><input name="pole7" id="x-88123"></div>
      <div class="wiersz"><span>Opis</span><input name="pole8"></div>
    </form>`;
});

describe('learned locators survive changed attributes and are matched to pages', () => {
  it('stores several clues, skipping a generated id', () => {
    const input = document.querySelector('input[name="pole7"]') as Element;
    const locator = computeLocator(input);
    expect(locator).toEqual({
      framePath: [],
      tag: 'input',
      name: 'pole7',
      css: '#formularz > div:nth-of-type(1) > input',
      labelText: 'Temat',
    });
  });

  it('resolves by name, then CSS path, then label text when the others changed', () => {
    const input = document.querySelector('input[name="pole7"]') as HTMLInputElement;
    const locator = computeLocator(input);
    expect(resolveLocator(document, locator)).toBe(input);
    input.name = 'zmienione';
    expect(resolveLocator(document, locator)).toBe(input);
    // Moved elsewhere and renamed: only the label text still leads to it.
    const moved = document.createElement('p');
    moved.innerHTML = '<label>Temat <input name="inne"></label>';
    document.body.prepend(moved);
    input.closest('.wiersz')?.remove();
    expect(resolveLocator(document, locator)).toBe(moved.querySelector('input'));
  });

  it('returns null when nothing leads to an element', () => {
    expect(resolveLocator(document, { framePath: [], tag: 'textarea', name: 'brak' })).toBeNull();
    expect(resolveLocator(document, { framePath: [{ index: 3 }], tag: 'input', name: 'pole7' })).toBeNull();
  });

  it('turns portal session state in URLs into a wildcard', () => {
    expect(pathPatternFor('/wps/myportal/strefa-klienta/pismo/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0v')).toBe(
      '/wps/myportal/strefa-klienta/pismo/*',
    );
    expect(pathPatternFor('/wps/portal/pismo-ogolne')).toBe('/wps/portal/pismo-ogolne');
    expect(pathMatches('/wps/myportal/*', '/wps/myportal/a/b')).toBe(true);
    expect(pathMatches('/wps/myportal/*', '/wps/portal/a')).toBe(false);
    expect(pathMatches('/a.b', '/aXb')).toBe(false);
  });

  it('picks the mappings of the site and path, the latest winning per field', () => {
    const input = document.querySelector('input[name="pole7"]') as Element;
    const url = 'https://epuap.gov.pl/wps/myportal/pismo/!ut/p/z1/abc';
    const older = learnMapping(input, 'title', url, document, new Date('2026-01-01T10:00:00Z'));
    const newer: LearnedMapping = {
      ...older,
      locator: { ...older.locator, name: 'nowsze' },
      learnedAt: '2026-02-01T10:00:00.000Z',
    };
    const otherSite: LearnedMapping = { ...older, site: 'example.com', fieldKey: 'body' };
    expect(older.pathPattern).toBe('/wps/myportal/pismo/*');
    const found = learnedLocatorsFor(
      [newer, older, otherSite],
      'https://epuap.gov.pl/wps/myportal/pismo/!ut/p/z1/xyz',
    );
    expect(Object.keys(found)).toEqual(['title']);
    expect(found.title?.name).toBe('nowsze');
  });
});
