import type { Page } from '@playwright/test';
import { readWireAnswer, wireMessage } from '../../lib/messaging/wire-answer';

/**
 * Sends one protocol request from an extension page, as the popup or side panel would: the wire
 * message of @webext-core/messaging (lib/messaging/wire.ts), answered with `{ res }` or `{ err }`.
 */
export async function ask<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  const answer = await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    wireMessage(type, data),
  );
  return readWireAnswer<T>(answer, `No answer to ${type}`);
}
