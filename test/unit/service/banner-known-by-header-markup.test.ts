// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bannerInPage } from '../../../lib/service/inject';
import { BANNER_HEADER, type EpuapBannerInfo, readEpuapBanner } from '../../../lib/sites/epuap/banner';
import { PAGE_GLOBAL } from '../../../lib/sites/epuap/page-api';

const scope = globalThis as unknown as Record<string, unknown>;

/** The always-on script's object, counting its banner reads. */
function pageApi() {
  const api = {
    reads: 0,
    newBanner() {
      api.reads++;
      const read = { header: false };
      const banner: EpuapBannerInfo | null = readEpuapBanner(document, read);
      return { banner, header: read.header };
    },
  };
  scope[PAGE_GLOBAL] = api;
  return api;
}

afterEach(() => {
  delete scope[PAGE_GLOBAL];
  document.body.innerHTML = '';
});

const pull = (held: string | null) => bannerInPage(PAGE_GLOBAL, BANNER_HEADER, held, 50_000);

describe('a banner is known by the header markup it was read from', () => {
  it('the same header on the next page is not read again; another login in it is', () => {
    const api = pageApi();
    document.body.innerHTML =
      '<header><span>Zalogowany: Jan Kowalski (jkowalski)</span></header><main>Skrzynka</main>';
    const first = pull(null);
    if (!first.ok) throw new Error('no answer');
    expect(first.data.banner?.login).toBe('jkowalski');
    expect(first.data.mark).toContain('jkowalski');
    expect(api.reads).toBe(1);

    document.querySelector('main')?.replaceChildren('Katalog spraw');
    expect(pull(first.data.mark)).toEqual({ ok: true, data: { banner: null, mark: first.data.mark } });
    expect(api.reads).toBe(1);

    document.querySelector('span')?.replaceChildren('Zalogowany: Anna Nowak (anowak)');
    const other = pull(first.data.mark);
    if (!other.ok) throw new Error('no answer');
    expect(other.data.banner?.login).toBe('anowak');
    expect(api.reads).toBe(2);
  });

  it('a banner read in the body has no mark, so the background holds none and it is read on every page', () => {
    const api = pageApi();
    document.body.innerHTML = '<header>ePUAP</header><div>Zalogowany: Jan Kowalski (jkowalski)</div>';
    const first = pull(null);
    expect(first).toEqual({
      ok: true,
      data: { banner: expect.objectContaining({ login: 'jkowalski' }), mark: '' },
    });
    pull(null);
    expect(api.reads).toBe(2);
  });

  it('header markup over the limit is no mark; a tab without the always-on script answers absent', () => {
    pageApi();
    document.body.innerHTML = `<header>Zalogowany: Jan Kowalski (jkowalski) ${'x'.repeat(60_000)}</header>`;
    const read = pull(null);
    expect(read.ok && read.data.mark).toBe('');
    delete scope[PAGE_GLOBAL];
    expect(pull(null)).toEqual({ ok: false });
  });
});
