import { openDatabase } from '@/lib/db/open';
import { broadcastChanged, extensionSenderRules, serveProtocol } from '@/lib/messaging/server';
import { sendToTab } from '@/lib/messaging/tabs';
import { affectsBadge, createBadgeRefresher, progressBadgeText } from '@/lib/service/badge';
import { createHandlers } from '@/lib/service/handlers';
import { injectingFirst, onEpuapTabLoaded, serveTabChannel, watchEpuapBanners } from '@/lib/service/inject';
import { createSubmitGuard } from '@/lib/service/main-guard';
import { McFillRegistry } from '@/lib/service/mc-fills';
import { watchMcReminders } from '@/lib/service/reminders';

export default defineBackground(() => {
  const database = openDatabase();
  const now = () => new Date();
  // The MC fills mc.html started: the only tabs whose MC-area messages are heard.
  const mcFills = new McFillRegistry();
  browser.tabs.onRemoved.addListener((tabId) => mcFills.end(tabId));
  // Progress of the active municipality on the toolbar ("4/10"); Firefox MV2 calls it browserAction.
  const toolbar = browser.action ?? browser.browserAction;
  const refreshBadge = createBadgeRefresher(
    async () => progressBadgeText(await database, now()),
    (text) => toolbar.setBadgeText({ text }),
  );
  // The page-world never-submit guard, on while a fill runs (lib/service/main-guard.ts).
  const guard = createSubmitGuard();
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
      mcFills,
      submitGuard: guard,
    }),
  );
  serveProtocol(handlers, extensionSenderRules(mcFills));
  // The banner of each ePUAP page, pulled once the tab has loaded (the page's script sends nothing on
  // load) and again when the page says its banner changed.
  const pullBanner = watchEpuapBanners({
    bannerSeen: async (banner) => (await handlers)['epuap.bannerSeen']({ banner }),
  });
  onEpuapTabLoaded(pullBanner);
  serveTabChannel({
    guard,
    pullBanner,
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
