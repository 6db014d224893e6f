import { browser } from 'wxt/browser';
import type { TabMessageType, TabRequestOf, TabResponseOf } from '../messages';
import { messenger } from './wire';
import { readWireAnswer, wireMessage } from './wire-answer';

export const TAB_MESSAGING_MESSAGES = {
  noAnswer: 'Karta nie odpowiada. Odśwież ją i spróbuj ponownie.',
  wrongOrigin: (expected: string) =>
    `Ta karta nie pokazuje już strony ${new URL(expected).host}, więc Asystent niczego w niej nie wpisał. Otwórz formularz ponownie.`,
} as const;

export interface TabTarget {
  tabId: number;
  /** 0 is the top frame, the only one the assistant's tab scripts listen in. */
  frameId?: number;
  /**
   * The document `scripting.executeScript` injected into (Chrome): a message for it is not delivered
   * after the tab navigated elsewhere. Firefox reports none; the tab script then checks its origin.
   */
  documentId?: string;
}

/** Sends a message to a tab's script (the background's `content.fill`, mc.html's `mcTab.fill`). */
export async function sendToTab<K extends TabMessageType>(
  type: K,
  data: TabRequestOf<K>,
  target: TabTarget,
): Promise<TabResponseOf<K>> {
  const frameId = target.frameId ?? 0;
  if (target.documentId === undefined)
    return (await (messenger.sendMessage as (t: K, d: unknown, o: unknown) => Promise<unknown>)(type, data, {
      tabId: target.tabId,
      frameId,
    })) as TabResponseOf<K>;
  // The messenger has no documentId option: the same wire message, sent with it.
  const answer = await browser.tabs
    .sendMessage(target.tabId, wireMessage(type, data), { frameId, documentId: target.documentId } as never)
    .catch(() => undefined);
  return readWireAnswer<TabResponseOf<K>>(answer, TAB_MESSAGING_MESSAGES.noAnswer);
}

/**
 * Listens, in a tab's script, for one message from this extension (the background or an extension
 * page in a tab); anything else is ignored. A thrown error reaches the sender with its message.
 */
export function onTabMessage<K extends TabMessageType>(
  type: K,
  handler: (data: TabRequestOf<K>) => Promise<TabResponseOf<K>> | TabResponseOf<K>,
): () => void {
  const base = browser.runtime.getURL('/' as never);
  return messenger.onMessage(type, ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(base)) return undefined as never;
    return handler(data as TabRequestOf<K>) as never;
  });
}

/**
 * For a tab script before it acts on a message meant for `expectedOrigin`: refuses when the tab
 * shows another site now (it navigated after the script was injected).
 */
export function assertOrigin(
  expectedOrigin: string,
  actual: string = globalThis.location?.origin ?? '',
): void {
  if (actual !== expectedOrigin) throw new Error(TAB_MESSAGING_MESSAGES.wrongOrigin(expectedOrigin));
}
