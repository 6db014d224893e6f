// What the always-on ePUAP script offers the background and the popup, which ask through
// `scripting.executeScript` (lib/service/inject.ts `askEpuapPage`). Both sides run in the extension's
// isolated world of the tab's top frame, so a page script can neither see nor replace this object.
// The script itself then touches no extension API on a page load: the banner is pulled from it once the
// tab has loaded, and the page is asked what it shows only when the popup opens.

import type { EpuapBannerInfo } from './banner';

export const PAGE_GLOBAL = '__asystentEpuapPage';

/** What the page is told of a banner verdict: only its kind, never a stored value. */
export type BannerNoticeKind = 'changes' | 'other-org';

export interface EpuapPageApi {
  /** The banner the page shows now (the popup's "Dane z banera ePUAP"). */
  banner(): EpuapBannerInfo | null;
  /** The banner, only when it differs from the last one reported (then it counts as reported). */
  newBanner(): EpuapBannerInfo | null;
  /** Whether the page is the Pismo ogólne form. */
  where(): { pismo: boolean };
  /** Shows the notice for the background's verdict on the banner. */
  notice(kind: BannerNoticeKind): void;
}

export type EpuapPageMethod = 'banner' | 'newBanner' | 'where';
