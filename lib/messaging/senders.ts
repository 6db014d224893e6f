import type { MessageType } from '../messages';

/**
 * Who sent a message, as the browser tells it (runtime.MessageSender): never what the message says
 * about itself. The rules (README, "Prywatność"):
 * - only this extension (`sender.id === runtime.id`);
 * - an extension page (popup, side panel, documents, mc.html), recognised by its URL, may send any
 *   request;
 * - a content script may send only its own area's requests, from its own origin and from the top
 *   frame: the ePUAP script from https://epuap.gov.pl, the MC fill script only from the tab, origin and
 *   (Chrome) document mc.html itself injected it into for the site the clerk confirmed (`mc.fillStarted`),
 *   while that origin is still granted (the permission is removed when the step is done).
 */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
  /** Chrome: the document the message came from. */
  documentId?: string;
}

export const EPUAP_ORIGIN = 'https://epuap.gov.pl';

export type SenderKind =
  | { kind: 'page' }
  | { kind: 'content'; area: 'epuap'; url: URL; tabId: number }
  /** `profileId`: the municipality the background recorded when the MC fill of this tab started. */
  | { kind: 'content'; area: 'mc'; url: URL; tabId: number; profileId: string }
  | { kind: 'refused'; reason: string };

export interface SenderRules {
  runtimeId: string;
  /** `runtime.getURL('/')`: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  extensionBase: string;
  /** Whether `origin` is the MC site of the step in progress (its host permission is granted now). */
  isMcOrigin: (origin: string) => Promise<boolean>;
  /** The MC fill the background recorded for this tab, origin and document (lib/service/mc-fills.ts). */
  mcFill: (tabId: number, origin: string, documentId?: string) => { profileId: string } | null;
}

/** The requests each content script may send; every other request comes from extension pages only. */
export const CONTENT_AREAS: Record<'epuap' | 'mc', ReadonlySet<MessageType>> = {
  epuap: new Set<MessageType>([
    'epuap.bannerSeen',
    'epuap.fillContext',
    'epuap.fillReport',
    'page.learnMapping',
  ]),
  mc: new Set<MessageType>(['mc.fillReport', 'mc.learned', 'page.learnMapping', 'mc.guard']),
};

/** Requests that describe a page and so need a content script's sender (its URL); pages may not send them. */
export const CONTENT_ONLY: ReadonlySet<MessageType> = new Set<MessageType>(['page.learnMapping', 'mc.guard']);

export const REFUSED = 'Asystent ePUAP odrzucił to polecenie: nie pochodzi z okna rozszerzenia.';

/** Classifies the sender of `type`; a refusal says why (for the error answer, never shown in a page). */
export async function classifySender(
  type: MessageType,
  sender: Sender,
  rules: SenderRules,
): Promise<SenderKind> {
  const refuse = (reason: string): SenderKind => ({ kind: 'refused', reason });
  if (!sender || sender.id !== rules.runtimeId) return refuse('another extension or a web page');
  const url = parseUrl(sender.url);
  if (!url) return refuse('no sender URL');
  if (sender.url?.startsWith(rules.extensionBase)) {
    if (CONTENT_ONLY.has(type)) return refuse(`${type} comes from a content script only`);
    return { kind: 'page' };
  }
  if (sender.frameId !== 0) return refuse('a content script in a frame');
  const tabId = sender.tab?.id;
  if (tabId === undefined) return refuse('a content script without a tab');
  if (url.origin === EPUAP_ORIGIN) {
    if (!CONTENT_AREAS.epuap.has(type)) return refuse(`${type} is not an ePUAP page's request`);
    return { kind: 'content', area: 'epuap', url, tabId };
  }
  if (url.protocol === 'https:' && CONTENT_AREAS.mc.has(type)) {
    const fill = rules.mcFill(tabId, url.origin, sender.documentId);
    if (!fill) return refuse(`${type} from a tab the assistant did not fill`);
    if (await rules.isMcOrigin(url.origin))
      return { kind: 'content', area: 'mc', url, tabId, profileId: fill.profileId };
  }
  return refuse(`${type} from ${url.origin}`);
}

function parseUrl(text: string | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
