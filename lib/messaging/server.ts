import { browser } from 'wxt/browser';
import type { StoreName } from '../db/schema';
import type { ChangedBroadcast, MessageType, RequestEnvelope, ResponseEnvelope } from '../messages';
import { isRequestEnvelope } from '../messages';
import type { Handlers } from '../service/handlers';

/**
 * Answers protocol requests with the given handlers. The handlers are awaited lazily because the
 * database opens asynchronously when the service worker wakes up.
 */
export function serveProtocol(handlers: Promise<Handlers>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequestEnvelope(message) || message.type.startsWith('broadcast.')) return undefined;
    return answer(handlers, message);
  });
}

async function answer(handlers: Promise<Handlers>, message: RequestEnvelope): Promise<ResponseEnvelope> {
  const handler = (await handlers)[message.type as MessageType] as
    | ((data: unknown) => Promise<unknown>)
    | undefined;
  if (!handler) return { ok: false, error: `Nieznane polecenie: ${message.type}` };
  try {
    return { ok: true, data: (await handler(message.data)) as never };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'Nieoczekiwany błąd rozszerzenia.' };
  }
}

export function broadcastChanged(stores: StoreName[]): void {
  const message: ChangedBroadcast = { type: 'broadcast.changed', stores };
  // No page may be open to hear it: that is fine, they read fresh state when they open.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
