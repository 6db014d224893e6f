import { openDatabase } from '@/lib/db/open';
import { broadcastChanged, serveProtocol } from '@/lib/messaging/server';
import { createHandlers } from '@/lib/service/handlers';

export default defineBackground(() => {
  const handlers = openDatabase().then((db) =>
    createHandlers({ db, now: () => new Date(), newId: () => crypto.randomUUID(), notify: broadcastChanged }),
  );
  serveProtocol(handlers);

  // The toolbar button opens the popup; the side panel opens from the popup's button
  // (sidePanel.open needs a user gesture, which the popup click provides).
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
