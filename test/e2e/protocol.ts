import type { Page } from '@playwright/test';

/**
 * Sends one protocol request from an extension page, as the popup or side panel would: the wire
 * message of @webext-core/messaging (lib/messaging/wire.ts), answered with `{ res }` or `{ err }`.
 */
export async function ask<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  const answer = (await page.evaluate(
    ([t, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  )) as { res?: T; err?: { message?: string } } | undefined;
  if (!answer) throw new Error(`No answer to ${type}`);
  if (answer.err) throw new Error(answer.err.message ?? `Error answering ${type}`);
  return answer.res as T;
}
