import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import type { ProcessEventInput } from '@/lib/protocol/process';

/** Opens a page in a new tab next to the side panel; the clerk stays in control of what happens there. */
export async function openInTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** The documents page (application PDF, hand-over e-mail), opened at one of its sections. */
export function openDocuments(section: 'wniosek' | 'przekazanie'): Promise<void> {
  return openInTab(browser.runtime.getURL(`/documents.html#${section}`));
}

/** The MC form page: opens MC's link, fills it from the printed application, keeps the passwords. */
export function openMcPage(): Promise<void> {
  return openInTab(browser.runtime.getURL('/mc.html'));
}

/** The popup's form, in a tab: a side panel cannot open the toolbar popup by itself. */
export function openProfileEditor(): Promise<void> {
  return openInTab(browser.runtime.getURL('/popup.html'));
}

/** Records one event through the background; answers the Polish error to show, or null when recorded. */
export async function recordEvent(profileId: string, event: ProcessEventInput): Promise<string | null> {
  try {
    const result = await send('process.event', { profileId, event });
    return result.ok ? null : result.error;
  } catch (error) {
    return error instanceof Error ? error.message : 'Nie udało się zapisać. Spróbuj ponownie.';
  }
}
