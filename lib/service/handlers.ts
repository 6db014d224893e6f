import type { Database } from '../db/open';
import type { StoreName } from '../db/schema';
import type { MessageType, RequestOf, ResponseOf } from '../messages';
import {
  activateProfile,
  discardDraft,
  readAppState,
  removeProfile,
  saveDraft,
  saveProfile,
} from './profile-service';
import { applyImport, exportAll, previewImport } from './transfer-service';

export type Handlers = { [K in MessageType]: (data: RequestOf<K>) => Promise<ResponseOf<K>> };

export interface ServiceDeps {
  db: Database;
  now: () => Date;
  newId: () => string;
  /** Tells open extension pages which stores changed, so they re-read without a reload. */
  notify: (stores: StoreName[]) => void;
}

/** The background's answers to every request of the protocol; handed its dependencies so tests can run it. */
export function createHandlers({ db, now, newId, notify }: ServiceDeps): Handlers {
  return {
    'state.get': () => readAppState(db),
    'profile.save': async ({ id, input }) => {
      const result = await saveProfile(db, id, input, now(), newId);
      if (result.ok) notify(['profiles', 'drafts', 'meta']);
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
      if (result.ok) notify(['profiles', 'drafts', 'meta']);
      return result;
    },
  };
}
