import { describe, expect, it } from 'vitest';
import type { BannerVerdict } from '../../../lib/protocol/epuap';
import { watchEpuapBanners } from '../../../lib/service/inject';
import type { EpuapBannerInfo } from '../../../lib/sites/epuap/banner';

const BANNER: EpuapBannerInfo = {
  login: 'jkowalski',
  personName: 'Jan Kowalski',
  orgName: 'Urząd Gminy Brudzew',
  orgId: 'UGBrudzew',
};
const CHANGES: BannerVerdict = {
  kind: 'changes',
  profileId: 'p1',
  profileName: 'Gmina Brudzew',
  changes: [{ field: 'epuapLogin', label: 'Login ePUAP', from: null, to: 'jkowalski' }] as never,
};

type Answer = { ok: true; data: { banner: EpuapBannerInfo | null; mark: string } } | { ok: false };
const read = (banner: EpuapBannerInfo | null, mark = ''): Answer => ({ ok: true, data: { banner, mark } });

function harness(answers: Answer[], verdict: BannerVerdict) {
  const seen: EpuapBannerInfo[] = [];
  const notices: Array<[number, string]> = [];
  const known: Array<string | undefined> = [];
  let asked = 0;
  const pull = watchEpuapBanners({
    bannerSeen: async (banner) => {
      seen.push(banner);
      return verdict;
    },
    ask: async (_tabId, mark) => {
      known.push(mark);
      return answers[Math.min(asked++, answers.length - 1)] as never;
    },
    notice: async (tabId, kind) => {
      notices.push([tabId, kind]);
    },
    retryMs: 1,
  });
  return { pull, seen, notices, known, asked: () => asked };
}

describe('the background pulls the banner of a loaded ePUAP tab', () => {
  it('compares it, and points out a differing banner once, not on every page', async () => {
    const h = harness([read(BANNER)], CHANGES);
    await h.pull(3);
    await h.pull(3);
    await h.pull(4);
    expect(h.seen).toHaveLength(3);
    expect(h.notices).toEqual([[3, 'changes']]);
  });

  it('waits for the always-on script when the tab finished loading before it started', async () => {
    const h = harness([{ ok: false }, { ok: false }, read(BANNER)], CHANGES);
    await h.pull(3);
    expect(h.asked()).toBe(3);
    expect(h.seen).toEqual([BANNER]);
  });

  it('a page without a banner, or a banner already reported, costs no comparison', async () => {
    const h = harness([read(null)], CHANGES);
    await h.pull(3);
    expect(h.seen).toEqual([]);
    expect(h.notices).toEqual([]);
  });

  it('page text that is not a banner (an overlong value) is dropped before the comparison', async () => {
    const h = harness([read({ ...BANNER, orgName: 'x'.repeat(100_000) }, '<header>x</header>')], CHANGES);
    await h.pull(3);
    expect(h.seen).toEqual([]);
  });

  it('a matching banner shows nothing in the page', async () => {
    const h = harness([read(BANNER)], { kind: 'same', profileName: 'Gmina Brudzew' });
    await h.pull(3);
    expect(h.seen).toEqual([BANNER]);
    expect(h.notices).toEqual([]);
  });

  it('a page showing the header markup of the banner held is not read again, and is compared as that banner', async () => {
    const h = harness([read(BANNER, '<header>A</header>'), read(null, '<header>A</header>')], CHANGES);
    await h.pull(3);
    await h.pull(4);
    expect(h.known).toEqual([undefined, '<header>A</header>']);
    expect(h.seen).toEqual([BANNER, BANNER]);
  });

  it('a mark the background does not hold, or a banner read from the body, is never taken for a held one', async () => {
    const h = harness(
      [
        read(BANNER),
        read(null, '<header>B</header>'),
        read(BANNER, '<header>A</header>'),
        read(null, '<header>B</header>'),
      ],
      CHANGES,
    );
    await h.pull(3); // read from the body: nothing held
    await h.pull(3); // a mark, but none held
    await h.pull(3); // read in a header: held
    await h.pull(3); // another header
    expect(h.known).toEqual([undefined, undefined, undefined, '<header>A</header>']);
    expect(h.seen).toEqual([BANNER, BANNER]);
  });

  it('an overlong banner is not held either', async () => {
    const h = harness(
      [
        read({ ...BANNER, orgName: 'x'.repeat(100_000) }, '<header>x</header>'),
        read(null, '<header>x</header>'),
      ],
      CHANGES,
    );
    await h.pull(3);
    await h.pull(3);
    expect(h.known).toEqual([undefined, undefined]);
    expect(h.seen).toEqual([]);
  });
});
