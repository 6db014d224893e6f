import { beforeAll, describe, expect, it, vi } from 'vitest';

// The extension APIs the messenger uses, faked: wxt/browser reads `globalThis.chrome` when imported.
const ID = 'asystent-id';
type RootListener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean;
const listeners: RootListener[] = [];
const tabSends: Array<{ tabId: number; message: unknown; options: unknown }> = [];
vi.stubGlobal('chrome', {
  runtime: {
    id: ID,
    getURL: (path: string) => `chrome-extension://${ID}${path}`,
    onMessage: {
      addListener: (l: RootListener) => listeners.push(l),
      removeListener: (l: RootListener) => listeners.splice(listeners.indexOf(l), 1),
    },
  },
  tabs: {
    sendMessage: async (tabId: number, message: unknown, options: unknown) => {
      tabSends.push({ tabId, message, options });
      return { res: { recipeId: 'mc', ok: true } };
    },
  },
});

let tabs: typeof import('../../../lib/messaging/tabs');
beforeAll(async () => {
  tabs = await import('../../../lib/messaging/tabs');
});

/** Delivers a wire message to the tab script's listeners as the browser would, with `sender`. */
function deliver(type: string, data: unknown, sender: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    let answered = false;
    for (const listener of listeners)
      if (
        listener(message, sender, (answer) => {
          answered = true;
          resolve(answer);
        })
      )
        return;
    if (!answered) resolve('no listener answered');
  });
}

describe("a tab script hears only this extension's messages", () => {
  it('ignores a message from another extension or a page, answers the background', async () => {
    const handler = vi.fn(async () => ({ ok: true }) as never);
    const stop = tabs.onTabMessage('content.fill', handler);
    expect(
      await deliver('content.fill', {}, { id: 'other-extension', url: 'chrome-extension://other/x' }),
    ).toEqual({ res: undefined });
    expect(
      await deliver('content.fill', {}, { id: ID, url: 'https://epuap.gov.pl/', tab: { id: 1 }, frameId: 0 }),
    ).toEqual({ res: undefined });
    expect(handler).not.toHaveBeenCalled();
    expect(
      await deliver(
        'content.fill',
        { overwrite: [] },
        { id: ID, url: `chrome-extension://${ID}/background.js` },
      ),
    ).toEqual({
      res: { ok: true },
    });
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
  });

  it("a handler's error reaches the sender with its Polish message", async () => {
    const stop = tabs.onTabMessage('mcTab.fill', (data) => {
      tabs.assertOrigin(data.expectedOrigin, 'https://evil.example');
      throw new Error('unreachable');
    });
    const answer = (await deliver(
      'mcTab.fill',
      { expectedOrigin: 'https://formularz.mc.gov.pl' },
      { id: ID, url: `chrome-extension://${ID}/mc.html`, tab: { id: 7 } },
    )) as { err: { message: string } };
    expect(answer.err.message).toBe(tabs.TAB_MESSAGING_MESSAGES.wrongOrigin('https://formularz.mc.gov.pl'));
    stop();
  });
});

describe('the passwords go to the injected document only', () => {
  it('sends with the documentId executeScript returned, to the top frame', async () => {
    const report = await tabs.sendToTab(
      'mcTab.fill',
      { expectedOrigin: 'https://formularz.mc.gov.pl' } as never,
      {
        tabId: 5,
        frameId: 0,
        documentId: 'DOC-1',
      },
    );
    expect(report).toEqual({ recipeId: 'mc', ok: true });
    expect(tabSends.at(-1)).toMatchObject({
      tabId: 5,
      message: { type: 'mcTab.fill', data: { expectedOrigin: 'https://formularz.mc.gov.pl' } },
      options: { frameId: 0, documentId: 'DOC-1' },
    });
  });
});
