// What the always-on ePUAP script offers the background and the popup, which ask through
// `scripting.executeScript` (lib/service/inject.ts `askEpuapPage`). Both sides run in the extension's
// isolated world of the tab's top frame, so a page script can neither see nor replace this object.
// The script itself then touches no extension API on a page load: the banner is pulled from it once the
// tab has loaded, and the page is asked what it shows only when the popup opens.

import type { EpuapBannerInfo } from './banner';

export const PAGE_GLOBAL = '__asystentEpuapPage';

/** The banner verdicts the page is told of. */
export type BannerNoticeKind = 'changes' | 'other-org';

/** A notice the page shows as text (never markup). */
export interface PageNotice {
  title: string;
  text: string;
  /** Shown as a warning. */
  warning?: boolean;
}

/**
 * What the page is told of each banner verdict: fixed texts, never a stored value. The background passes
 * them (lib/service/inject.ts), so they are not part of the script that runs on every ePUAP page.
 */
export const BANNER_NOTICES: Record<BannerNoticeKind, PageNotice> = {
  'other-org': {
    title: 'Asystent ePUAP: inna organizacja',
    text: 'Na ePUAP jest wybrana inna organizacja niż aktywna gmina w Asystencie. Przełącz aktywną gminę w oknie rozszerzenia albo zaloguj się na konto właściwej organizacji.',
    warning: true,
  },
  changes: {
    title: 'Asystent ePUAP: dane z banera',
    text: 'Baner ePUAP pokazuje dane inne niż profil gminy w Asystencie. Otwórz okno Asystenta ePUAP (ikona na pasku przeglądarki), aby je porównać i zapisać w profilu.',
  },
};

export interface EpuapPageApi {
  /** The banner the page shows now (the popup's "Dane z banera ePUAP"). */
  banner(): EpuapBannerInfo | null;
  /**
   * The banner, only when it differs from the last one reported (then it counts as reported), and whether
   * it was read in the page's header parts (lib/service/inject.ts then knows it by their markup).
   */
  newBanner(): { banner: EpuapBannerInfo | null; header: boolean };
  /** Whether the page is the Pismo ogólne form. */
  where(): { pismo: boolean };
  /** Shows one of `BANNER_NOTICES`, for the background's verdict on the banner. */
  notice(notice: PageNotice): void;
}

export type EpuapPageMethod = 'banner' | 'newBanner' | 'where';
