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
import type { CoreProtocol } from '../protocol/core';
import { documentHandlers } from './document-handlers';
import { epuapHandlers } from './epuap-handlers';
import { mcHandlers } from './mc-handlers';
import { processHandlers } from './process-handlers';
import {
  activateProfile,
  discardDraft,
  readAppState,
  removeProfile,
  saveDraft,
  saveProfile,
} from './profile-service';
import { applyImport, exportAll, previewImport } from './transfer-service';

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
}

/** The background's answers to every request of the protocol; handed its dependencies so tests can run it. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...epuapHandlers(deps),
    ...processHandlers(deps),
    ...documentHandlers(deps),
    ...mcHandlers(deps),
  };
}

function coreHandlers({ db, now, newId, notify }: ServiceDeps): AreaHandlers<CoreProtocol> {
  return {
    'state.get': () => readAppState(db),
    'profile.save': async ({ id, input }) => {
      const result = await saveProfile(db, id, input, now(), newId);
      if (result.ok) notify(PROFILE_STORES);
      return result;
    },
    'profile.delete': async ({ id }) => {
      await removeProfile(db, id);
      notify(['profiles', 'drafts', 'meta']);
      return null;
    },
    'profile.setActive': async ({ id }) => {
      await activateProfile(db, id);
      notify(['meta']);
      return null;
    },
    'draft.put': async ({ key, input }) => {
      await saveDraft(db, key, input, now());
      return null;
    },
    'draft.discard': async ({ key }) => {
      await discardDraft(db, key);
      notify(['drafts']);
      return null;
    },
    'transfer.export': () => exportAll(db, now()),
    'transfer.plan': ({ text }) => previewImport(db, text),
    'transfer.apply': async ({ text, replaceIds }) => {
      const result = await applyImport(db, text, replaceIds);
      if (result.ok) notify(['profiles', 'drafts', 'meta', 'progress', 'snapshots', 'mappings']);
      return result;
    },
  };
}
