import { browser } from 'wxt/browser';
import type { StoreName } from '../db/schema';
import type { MessageType } from '../messages';
import { MESSAGE_TYPES } from '../protocol/schemas';
import type { Handlers } from '../service/deps';
import type { McFillRegistry } from '../service/mc-fills';
import { dispatch } from './dispatch';
import type { SenderRules } from './senders';
import { messenger } from './wire';

/** The extension's own origin with a slash, as extension pages' sender URLs start. */
export function extensionBase(): string {
  return browser.runtime.getURL('/' as never);
}

/**
 * The sender rules of the running extension: its id, its pages' origin, the MC fills it started (the
 * same registry the `mc.fillStarted` handler writes) and the MC site granted now.
 */
export function extensionSenderRules(mcFills: McFillRegistry): SenderRules {
  return {
    runtimeId: browser.runtime.id,
    extensionBase: extensionBase(),
    isMcOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false),
    mcFill: (tabId, origin, documentId) => mcFills.forSender(tabId, origin, documentId),
  };
}

/**
 * Answers protocol requests with the given handlers, one messenger listener per request type. The
 * handlers are awaited lazily because the database opens asynchronously when the service worker wakes up.
 */
export function serveProtocol(handlers: Promise<Handlers>, rules: SenderRules): void {
  for (const type of MESSAGE_TYPES)
    messenger.onMessage(
      type as MessageType,
      async ({ data, sender }) => dispatch(await handlers, type, data, sender, rules) as never,
    );
}

export function broadcastChanged(stores: StoreName[]): void {
  // No page may be open to hear it: that is fine, they read fresh state when they open.
  messenger.sendMessage('broadcast.changed', stores).catch(() => undefined);
}
