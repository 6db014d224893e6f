import { openDatabase } from '@/lib/db/open';
import { broadcastChanged, serveProtocol } from '@/lib/messaging/server';
import { sendToTab } from '@/lib/messaging/tabs';
import { affectsBadge, createBadgeRefresher, progressBadgeText } from '@/lib/service/badge';
import { createHandlers } from '@/lib/service/handlers';
import { injectingFirst, serveTabChannel } from '@/lib/service/inject';
import { watchMcReminders } from '@/lib/service/reminders';

export default defineBackground(() => {
  const database = openDatabase();
  const now = () => new Date();
  // Progress of the active municipality on the toolbar ("4/10"); Firefox MV2 calls it browserAction.
  const toolbar = browser.action ?? browser.browserAction;
  const refreshBadge = createBadgeRefresher(
    async () => progressBadgeText(await database, now()),
    (text) => toolbar.setBadgeText({ text }),
  );
  const handlers = database.then((db) =>
    createHandlers({
      db,
      now,
      newId: () => crypto.randomUUID(),
      notify: (stores) => {
        broadcastChanged(stores);
        if (affectsBadge(stores)) void refreshBadge();
      },
      // A fill message first injects the ePUAP engine (lib/service/inject.ts).
      sendToTab: injectingFirst(sendToTab),
    }),
  );
  serveProtocol(handlers);
  serveTabChannel({
    recordSent: async (confirmation) => (await handlers)['epuap.sentSeen']({ confirmation }),
  });
  void toolbar.setBadgeBackgroundColor({ color: '#0b57a4' }).then(refreshBadge);
  watchMcReminders(browser, database, now);

  // First run: the welcome page says where to start (and is the Firefox suite's way into the extension).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // The toolbar button opens the popup; the side panel opens from the popup's button
  // (sidePanel.open needs a user gesture, which the popup click provides).
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
