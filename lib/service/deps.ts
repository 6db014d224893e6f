/**
 * What every area's handlers are given and what they answer: its own module, so the areas
 * (epuap-handlers.ts, mc-handlers.ts, …) and createHandlers (handlers.ts) that joins them import
 * it and not each other.
 */
import type { Database } from '../db/open';
import type { StoreName } from '../db/schema';
import type {
  MessageType,
  RequestOf,
  ResponseOf,
  TabMessageType,
  TabRequestOf,
  TabResponseOf,
} from '../messages';
import type { TabTarget } from '../messaging/tabs';
import type { McFillRegistry } from './mc-fills';

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>) => Promise<ResponseOf<K>>;
};

/** The handlers of one area's requests (lib/protocol/<area>.ts); createHandlers joins the areas. */
export type AreaHandlers<P extends { [K in keyof P]: { request: unknown; response: unknown } }> = {
  [K in keyof P]: (data: P[K]['request']) => Promise<P[K]['response']>;
};

/** What a saved profile can change: itself, its draft, the active one, and step 1 of its process. */
export const PROFILE_STORES: StoreName[] = ['profiles', 'drafts', 'meta', 'progress'];

export interface ServiceDeps {
  db: Database;
  now: () => Date;
  newId: () => string;
  /** Tells open extension pages which stores changed, so they re-read without a reload. */
  notify: (stores: StoreName[]) => void;
  /** Sends a message to a tab's content script (lib/messaging/tabs.ts in the extension). */
  sendToTab: <K extends TabMessageType>(
    type: K,
    data: TabRequestOf<K>,
    target: TabTarget,
  ) => Promise<TabResponseOf<K>>;
  /** The MC fills mc.html started (the sender rules read the same registry); one per service when absent. */
  mcFills?: McFillRegistry;
  /** The page-world submit guard of a tab (lib/service/main-guard.ts); absent in unit tests. */
  submitGuard?: (tabId: number, on: boolean) => Promise<boolean>;
}

/** For a request naming a municipality that is not (or no longer) on the list. */
export const UNKNOWN_PROFILE_MESSAGE =
  'Nie ma takiej gminy (mogła zostać usunięta). Odśwież stronę i wybierz gminę ponownie.';
