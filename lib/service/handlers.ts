import { putMapping } from '../db/mappings';
import type { CoreProtocol } from '../protocol/core';
import type { PageProtocol } from '../protocol/page';
import { type AreaHandlers, type Handlers, PROFILE_STORES, type ServiceDeps } from './deps';
import { documentHandlers } from './document-handlers';
import { epuapHandlers } from './epuap-handlers';
import { McFillRegistry } from './mc-fills';
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

/** The background's answers to every request of the protocol; handed its dependencies so tests can run it. */
export function createHandlers(given: ServiceDeps): Handlers {
  const deps = given.mcFills ? given : { ...given, mcFills: new McFillRegistry() };
  return {
    ...coreHandlers(deps),
    ...epuapHandlers(deps),
    ...processHandlers(deps),
    ...documentHandlers(deps),
    ...mcHandlers(deps),
    ...pageHandlers(deps),
  };
}

/** What a content script says of the page it runs in; the sender rules bound it to that page already. */
function pageHandlers({ db, notify }: ServiceDeps): AreaHandlers<PageProtocol> {
  return {
    'page.learnMapping': async ({ mapping }) => {
      await putMapping(db, mapping);
      notify(['mappings']);
      return null;
    },
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
