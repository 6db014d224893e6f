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

function harness(
  answers: Array<{ ok: true; data: EpuapBannerInfo | null } | { ok: false }>,
  verdict: BannerVerdict,
) {
  const seen: EpuapBannerInfo[] = [];
  const notices: Array<[number, string]> = [];
  let asked = 0;
  const pull = watchEpuapBanners({
    bannerSeen: async (banner) => {
      seen.push(banner);
      return verdict;
    },
    ask: async () => answers[Math.min(asked++, answers.length - 1)] as never,
    notice: async (tabId, kind) => {
      notices.push([tabId, kind]);
    },
    retryMs: 1,
  });
  return { pull, seen, notices, asked: () => asked };
}

describe('the background pulls the banner of a loaded ePUAP tab', () => {
  it('compares it, and points out a differing banner once, not on every page', async () => {
    const h = harness([{ ok: true, data: BANNER }], CHANGES);
    await h.pull(3);
    await h.pull(3);
    await h.pull(4);
    expect(h.seen).toHaveLength(3);
    expect(h.notices).toEqual([[3, 'changes']]);
  });

  it('waits for the always-on script when the tab finished loading before it started', async () => {
    const h = harness([{ ok: false }, { ok: false }, { ok: true, data: BANNER }], CHANGES);
    await h.pull(3);
    expect(h.asked()).toBe(3);
    expect(h.seen).toEqual([BANNER]);
  });

  it('a page without a banner, or a banner already reported, costs no comparison', async () => {
    const h = harness([{ ok: true, data: null }], CHANGES);
    await h.pull(3);
    expect(h.seen).toEqual([]);
    expect(h.notices).toEqual([]);
  });

  it('page text that is not a banner (an overlong value) is dropped before the comparison', async () => {
    const h = harness([{ ok: true, data: { ...BANNER, orgName: 'x'.repeat(100_000) } }], CHANGES);
    await h.pull(3);
    expect(h.seen).toEqual([]);
  });

  it('a matching banner shows nothing in the page', async () => {
    const h = harness([{ ok: true, data: BANNER }], { kind: 'same', profileName: 'Gmina Brudzew' });
    await h.pull(3);
    expect(h.seen).toEqual([BANNER]);
    expect(h.notices).toEqual([]);
  });
});
