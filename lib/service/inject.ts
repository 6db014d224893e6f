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
import { TAB_PORT, type TabAnswer, type TabRequest } from '../protocol/epuap';
import type { EpuapBannerInfo } from '../sites/epuap/banner';
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

/**
 * 'epuap.tabBanner': the banner the tab shows now, read by its always-on script. That script carries no
 * messaging library (its size budget), so the question is a plain runtime message it answers synchronously.
 */
export async function readTabBanner(
  tabId: number,
  ask: (tabId: number, message: unknown) => Promise<unknown> = (id, message) =>
    browser.tabs.sendMessage(id, message, { frameId: 0 }),
): Promise<EpuapBannerInfo | null> {
  const answer = (await ask(tabId, { type: 'content.banner' }).catch(() => undefined)) as
    | { ok: true; data: EpuapBannerInfo | null }
    | undefined;
  if (!answer?.ok) throw new Error(NOT_EPUAP);
  return answer.data;
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
