import type { FillReport, Locator } from '../autofill/types';
import type { ProfileFieldName } from '../profile/schema';
import type { EpuapBannerInfo, SentConfirmation } from '../sites/epuap';
import type { ScanForFill } from './documents';

/** ePUAP pages → background: the banner, the Pismo ogólne fill (a taught field: lib/protocol/page.ts). */
export type EpuapProtocol = {
  'epuap.bannerSeen': { request: { banner: EpuapBannerInfo }; response: BannerVerdict };
  'epuap.applyBanner': {
    request: { profileId: string | null; banner: EpuapBannerInfo };
    response: { profileId: string };
  };
  'epuap.fillContext': { request: { url: string }; response: FillContext };
  'epuap.fillReport': { request: { report: FillReport }; response: null };
  'epuap.sentSeen': { request: { confirmation: SentConfirmation }; response: { recorded: boolean } };
  'epuap.lastReport': { request: undefined; response: FillReport | null };
  'epuap.forgetMappings': { request: undefined; response: { removed: number } };
  /** Popup / side panel → background → the ePUAP tab: fill it now and answer with the report. */
  'epuap.fillTab': { request: { tabId: number; overwrite?: string[] }; response: FillReport };
  /** Popup / side panel → background → the ePUAP tab: the banner that page shows now (null: none). */
  'epuap.tabBanner': { request: { tabId: number }; response: EpuapBannerInfo | null };
};

export interface BannerChange {
  field: Extract<ProfileFieldName, 'epuapLogin' | 'epuapOrgId' | 'officeName'>;
  label: string;
  current: string;
  seen: string;
}

/**
 * What the banner means for the active municipality. `changes` are offered to the clerk, never
 * written silently; `other-org` says the banner shows a different organisation than the profile.
 */
export type BannerVerdict =
  | { kind: 'same'; profileName: string }
  | { kind: 'changes'; profileId: string; profileName: string; changes: BannerChange[] }
  | { kind: 'other-org'; profileName: string; profileOrgId: string; seenOrgId: string; seenOrgName: string }
  | { kind: 'no-profile'; changes: BannerChange[] };

export interface FillContext {
  profileName: string | null;
  /** Locators the user taught for this page, by field key. */
  learned: Record<string, Locator>;
  /** The signed scan to attach, when one is stored (issue: documents). */
  attachment: ScanForFill | null;
}

/**
 * Background → the ePUAP content script. The always-on script listens for no message: it is asked through
 * `scripting.executeScript` (lib/sites/epuap/page-api.ts).
 */
export type ContentProtocol = {
  /** Answered by the engine (lib/service/inject.ts injects it first). */
  'content.fill': { request: { overwrite?: string[] }; response: FillReport };
};

/**
 * The ePUAP tab ↔ background port (`runtime.connect({ name: TAB_PORT })`): one request per port, so
 * the background knows the sending tab and frame from `port.sender`, never from the payload.
 * - `engine`: inject the fill engine into this tab's top frame (on the clerk's click);
 * - `filled`: the engine filled the letter in this tab;
 * - `guard`: the engine starts (`on`) or ended a fill: the page-world submit guard (lib/service/main-guard.ts);
 * - `sent`: this tab shows the "sent" confirmation; counted only after our own fill in the same tab.
 */
export const TAB_PORT = 'asystent-epuap-tab';
export type TabRequest =
  | { kind: 'engine' }
  | { kind: 'filled' }
  /** The banner changed in the page: pull it again (lib/service/inject.ts watchEpuapBanners). */
  | { kind: 'banner' }
  /** While the engine fills: block `form.submit()`/`requestSubmit()` in the page's own world (all frames). */
  | { kind: 'guard'; on: boolean }
  | { kind: 'sent'; confirmation: SentConfirmation };
export type TabAnswer = { ok: true; recorded?: boolean } | { ok: false; error: string };
