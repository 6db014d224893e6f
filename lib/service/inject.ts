/**
 * The fill engine on demand. The always-on ePUAP script only reads the banner, recognises the form and
 * shows the launcher; the engine (lib/autofill + the in-page report) is injected into the tab with
 * `scripting.executeScript` when the clerk asks for a fill (the launcher's click, or "Wypełnij" in the
 * popup). Host permission: https://epuap.gov.pl/* only; no web_accessible_resources.
 *
 * The tab talks to this module over a port (`TAB_PORT`), so the tab and frame come from `port.sender`,
 * never from the payload: only the top frame of an https://epuap.gov.pl page of this extension is served.
 */
import { browser } from 'wxt/browser';
import type { BannerVerdict } from '../protocol/epuap';
import { TAB_PORT, type TabAnswer, type TabRequest } from '../protocol/epuap';
import { REQUEST_SCHEMAS } from '../protocol/schemas';
import { BANNER_HEADER, type EpuapBannerInfo } from '../sites/epuap/banner';
import {
  BANNER_NOTICES,
  type BannerNoticeKind,
  type EpuapPageApi,
  type EpuapPageMethod,
  PAGE_GLOBAL,
  type PageNotice,
} from '../sites/epuap/page-api';
import type { SentConfirmation } from '../sites/epuap/sent';
import type { ServiceDeps } from './deps';

/** The file WXT builds from entrypoints/epuap-engine.content (registration: 'runtime'). */
export const ENGINE_SCRIPT = '/content-scripts/epuap-engine.js';
/** entrypoints/epuap-sent.content: watches for the "sent" confirmation in a tab we filled. */
export const SENT_SCRIPT = '/content-scripts/epuap-sent.js';
export const EPUAP_ORIGIN = 'https://epuap.gov.pl';

const NOT_EPUAP =
  'Na tej karcie nie ma strony ePUAP z Asystentem. Otwórz stronę Pisma ogólnego na ePUAP i spróbuj ponownie.';

/** Injects the engine into the tab's top frame unless it is there already. */
export async function injectEpuapEngine(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  try {
    const [probe] = await browser.scripting.executeScript({
      target,
      func: () => (globalThis as { __asystentEpuapEngine?: unknown }).__asystentEpuapEngine !== undefined,
    });
    if (probe?.result === true) return;
    await browser.scripting.executeScript({ target, files: [ENGINE_SCRIPT] });
  } catch {
    throw new Error(NOT_EPUAP);
  }
}

/** Wraps the typed tab messenger: a fill message first injects the engine into the tab's top frame. */
export function injectingFirst(
  send: ServiceDeps['sendToTab'],
  inject = injectEpuapEngine,
): ServiceDeps['sendToTab'] {
  return async (type, data, target) => {
    if (type === 'content.fill') await inject(target.tabId);
    return send(type, data, target);
  };
}

/** What a page method answers, or `absent` when the always-on script is not (yet) in the tab's top frame. */
type PageAnswer<M extends EpuapPageMethod> = { ok: true; data: ReturnType<EpuapPageApi[M]> } | { ok: false };

/**
 * Asks the always-on ePUAP script of the tab's top frame (lib/sites/epuap/page-api.ts). The call runs
 * in the extension's isolated world, where that script left its object: no message listener is needed
 * in the page, so a page load costs no extension messaging. Throws when the tab is not an ePUAP page.
 */
export async function askEpuapPage<M extends EpuapPageMethod>(
  tabId: number,
  method: M,
): Promise<PageAnswer<M>> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (name: string, call: string) => {
        const api = (globalThis as unknown as Record<string, Record<string, () => unknown> | undefined>)[
          name
        ];
        return api ? { ok: true, data: api[call]?.() ?? null } : { ok: false };
      },
      args: [PAGE_GLOBAL, method],
    });
    return (first?.result ?? { ok: false }) as PageAnswer<M>;
  } catch {
    throw new Error(NOT_EPUAP);
  }
}

/** A banner pulled from a tab: `mark` is the header markup it was read from, '' when read elsewhere. */
export type BannerPull = { ok: true; data: { banner: EpuapBannerInfo | null; mark: string } } | { ok: false };

/**
 * Pulls the tab's new banner (`newBanner`). The header markup is taken here, in the injected call, so the
 * script on every ePUAP page carries no code for it: when it is `known` (the banner held here), the
 * page's banner code, which runs cold on every page load, is not run at all.
 */
export async function pullEpuapBanner(tabId: number, known?: string): Promise<BannerPull> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: bannerInPage,
      // Arguments travel as JSON: no `undefined`.
      args: [PAGE_GLOBAL, BANNER_HEADER, known ?? null, MARK_MAX],
    });
    return (first?.result ?? { ok: false }) as BannerPull;
  } catch {
    throw new Error(NOT_EPUAP);
  }
}

/** Header markup longer than this is not kept (a page whose "header" is most of it). */
const MARK_MAX = 50_000;

/**
 * `pullEpuapBanner`'s call in the tab (serialised by `executeScript`: it uses nothing from outside). The
 * header markup is the banner's mark only when the banner was read there.
 */
export function bannerInPage(name: string, header: string, held: string | null, most: number): BannerPull {
  const api = (globalThis as unknown as Record<string, EpuapPageApi | undefined>)[name];
  if (!api) return { ok: false };
  let mark = '';
  for (const part of document.querySelectorAll(header)) mark += part.outerHTML;
  if (mark.length > most) mark = '';
  if (mark && mark === held) return { ok: true, data: { banner: null, mark } };
  const read = api.newBanner();
  return { ok: true, data: { banner: read.banner, mark: read.header ? mark : '' } };
}

/** Shows the banner notice in the tab (only its fixed texts travel: no stored value is written into the page). */
async function showBannerNotice(tabId: number, kind: BannerNoticeKind): Promise<void> {
  await browser.scripting
    .executeScript({
      target: { tabId, frameIds: [0] },
      func: (name: string, notice: PageNotice) => {
        const api = (globalThis as unknown as Record<string, Partial<EpuapPageApi> | undefined>)[name];
        api?.notice?.(notice);
      },
      args: [PAGE_GLOBAL, BANNER_NOTICES[kind]],
    })
    .catch(() => undefined);
}

/** 'epuap.tabBanner': the banner the tab shows now, read by its always-on script. */
export async function readTabBanner(
  tabId: number,
  ask: (tabId: number) => Promise<PageAnswer<'banner'>> = (id) => askEpuapPage(id, 'banner'),
): Promise<EpuapBannerInfo | null> {
  const answer = await ask(tabId);
  if (!answer.ok) throw new Error(NOT_EPUAP);
  return answer.data;
}

/** The notice a verdict deserves in the page, if any. */
export function noticeFor(verdict: BannerVerdict): BannerNoticeKind | null {
  if (verdict.kind === 'other-org') return 'other-org';
  if ((verdict.kind === 'changes' || verdict.kind === 'no-profile') && verdict.changes.length)
    return 'changes';
  return null;
}

export interface BannerWatchDeps {
  /** The 'epuap.bannerSeen' handler: compares with the active profile, records a matching banner. */
  bannerSeen: (banner: EpuapBannerInfo) => Promise<BannerVerdict>;
  /** Asks the page for its banner; `known` is the mark of the banner held here (lib/sites/epuap/page-api.ts). */
  ask?: (tabId: number, known?: string) => Promise<BannerPull>;
  notice?: (tabId: number, kind: BannerNoticeKind) => Promise<void>;
  /** Waits between tries while the always-on script has not started yet (document_idle). */
  retryMs?: number;
}

/**
 * Pulls the banner of each ePUAP tab once it has loaded, instead of the page sending it: the always-on
 * script then spends no time on messaging during a page load. The same banner with the same verdict is
 * pointed out in the page once (per service-worker lifetime), not on every page the clerk opens.
 */
export function watchEpuapBanners(deps: BannerWatchDeps): (tabId: number) => Promise<void> {
  const ask = deps.ask ?? pullEpuapBanner;
  const notice = deps.notice ?? showBannerNotice;
  const retryMs = deps.retryMs ?? 250;
  const firstWaitMs = deps.retryMs ?? 150;
  const noticed = new Set<string>();
  /**
   * The last banner read, by the header markup it was read from: a page whose header markup is the same
   * shows the same banner, and the page does not read it again (its code runs cold on every page load).
   */
  let held: { mark: string; banner: EpuapBannerInfo } | undefined;
  const pull = async (tabId: number): Promise<void> => {
    let answer: BannerPull = { ok: false };
    // The tab reports its load about when the always-on script starts (document_idle): asking at once
    // mostly finds it not there yet, and every try costs the page an injection; so wait a little first.
    for (let attempt = 0; attempt < 6 && !answer.ok; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, attempt ? retryMs : firstWaitMs));
      answer = await ask(tabId, held?.mark).catch(() => ({ ok: false }) as const);
    }
    if (!answer.ok || !answer.data) return;
    const { banner: read, mark } = answer.data;
    const banner = read ?? (held && mark === held.mark ? held.banner : null);
    if (!banner) return;
    // The banner is page text read in the tab: it gets the same check as a sent one.
    const parsed = REQUEST_SCHEMAS['epuap.bannerSeen'].safeParse({ banner });
    if (!parsed.success) return;
    if (read && typeof mark === 'string' && mark) held = { mark, banner: parsed.data.banner };
    const verdict = await deps.bannerSeen(parsed.data.banner);
    const kind = noticeFor(verdict);
    const key = JSON.stringify([parsed.data.banner, verdict]);
    if (!kind || noticed.has(key)) return;
    noticed.add(key);
    await notice(tabId, kind);
  };
  return pull;
}

/** Starts `pull` for every top-level ePUAP page load that completes. */
export function onEpuapTabLoaded(pull: (tabId: number) => Promise<void>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    // The extension sees the address of ePUAP tabs only (its one host permission).
    if (tab.url !== undefined && !tab.url.startsWith(`${EPUAP_ORIGIN}/`)) return;
    void pull(tabId).catch(() => undefined);
  });
}

/** Only the two known string fields travel on; anything else a content script sends is dropped. */
function plainConfirmation(value: SentConfirmation): SentConfirmation {
  const out: SentConfirmation = {};
  if (typeof value.sentAt === 'string') out.sentAt = value.sentAt.slice(0, 19);
  if (typeof value.documentNumber === 'string') out.documentNumber = value.documentNumber.slice(0, 100);
  return out;
}

interface TabSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Only our own content script, in the top frame of an ePUAP page. */
export function epuapTabOf(sender: TabSender | undefined, runtimeId: string): number | null {
  if (!sender || sender.id !== runtimeId || sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  let origin = sender.origin;
  if (!origin && sender.url) {
    try {
      origin = new URL(sender.url).origin;
    } catch {
      return null;
    }
  }
  return origin === EPUAP_ORIGIN && typeof tabId === 'number' ? tabId : null;
}

export interface TabChannelDeps {
  /** Records the application as sent (the 'epuap.sentSeen' handler). */
  recordSent: (confirmation: SentConfirmation) => Promise<{ recorded: boolean }>;
  inject?: (tabId: number) => Promise<void>;
  watchSent?: (tabId: number) => Promise<void>;
  /** Pulls the tab's banner (watchEpuapBanners); the page asks when its banner changed. */
  pullBanner?: (tabId: number) => Promise<void>;
  /** The page-world submit guard of lib/service/main-guard.ts. */
  guard?: (tabId: number, on: boolean) => Promise<boolean>;
}

/** Starts the "sent" watcher in the tab's top frame (fails quietly off ePUAP: no host permission there). */
export async function injectSentWatcher(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [SENT_SCRIPT] })
    .catch(() => undefined);
}

/**
 * Serves the tab port. Tabs where the engine filled the letter are remembered (in memory: a restarted
 * service worker forgets them, and then a "sent" page is not counted: the clerk ticks it in the side
 * panel, which is the safe side).
 */
export function serveTabChannel(deps: TabChannelDeps): void {
  const filledTabs = new Set<number>();
  const inject = deps.inject ?? injectEpuapEngine;
  const watchSent = deps.watchSent ?? injectSentWatcher;
  browser.tabs.onRemoved.addListener((tabId) => filledTabs.delete(tabId));
  // After our fill, each page the tab loads is checked for the confirmation (signing may take minutes).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete' && filledTabs.has(tabId)) void watchSent(tabId);
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TAB_PORT) return;
    const tabId = epuapTabOf(port.sender as TabSender | undefined, browser.runtime.id);
    if (tabId === null) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const request = message as TabRequest;
      const reply = (answer: TabAnswer) => {
        try {
          port.postMessage(answer);
        } catch {
          // The page went away meanwhile.
        }
      };
      const fail = (error: unknown) =>
        reply({ ok: false, error: error instanceof Error ? error.message : String(error) });
      if (request?.kind === 'engine') inject(tabId).then(() => reply({ ok: true }), fail);
      else if (request?.kind === 'banner') {
        void deps.pullBanner?.(tabId).catch(() => undefined);
        reply({ ok: true });
      } else if (request?.kind === 'guard')
        // Where the page world cannot be reached, the engine's own submit-event guard still holds.
        void (deps.guard?.(tabId, request.on === true) ?? Promise.resolve(false)).then(
          () => reply({ ok: true }),
          () => reply({ ok: true }),
        );
      else if (request?.kind === 'filled') {
        filledTabs.add(tabId);
        void watchSent(tabId);
        reply({ ok: true });
      } else if (request?.kind === 'sent' && typeof request.confirmation === 'object') {
        if (!filledTabs.has(tabId)) reply({ ok: true, recorded: false });
        else
          deps.recordSent(plainConfirmation(request.confirmation)).then((r) => {
            if (r.recorded) filledTabs.delete(tabId);
            reply({ ok: true, recorded: r.recorded });
          }, fail);
      } else reply({ ok: false, error: 'Nieznane polecenie.' });
    });
  });
}
