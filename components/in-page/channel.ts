import { browser } from 'wxt/browser';
import { TAB_PORT, type TabAnswer, type TabRequest } from '@/lib/protocol/epuap';

/**
 * One request to the background over the tab port (lib/service/inject.ts): the background learns the
 * tab and frame from the port itself, so a request cannot speak for another tab.
 */
export function askBackground(request: TabRequest, timeoutMs = 30_000): Promise<TabAnswer> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: TAB_PORT });
    const done = (answer: TabAnswer) => {
      clearTimeout(timer);
      resolve(answer);
      port.disconnect();
    };
    const timer = setTimeout(() => done({ ok: false, error: NO_ANSWER }), timeoutMs);
    port.onMessage.addListener((answer: unknown) => done(answer as TabAnswer));
    port.onDisconnect.addListener(() => done({ ok: false, error: NO_ANSWER }));
    port.postMessage(request);
  });
}

const NO_ANSWER = 'Rozszerzenie nie odpowiada. Odśwież stronę i spróbuj ponownie.';
