import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import type { StepView } from '@/lib/process';
import type { ProcessEventInput } from '@/lib/protocol/process';
import { errorText } from '@/lib/text/errors';

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

/** Which missing fields the editing page puts the cursor on first. */
export type ProfileFocus = 'missing' | 'epuap-ids';

/**
 * The municipality's editing form in a tab of its own (profile.html), already editing the active
 * municipality (or a new one) with the cursor on the first missing field: a side panel cannot open
 * the toolbar popup, and a 440-px popup page stuck in a tab is no place to type.
 */
export async function openProfileEditor(focus: ProfileFocus = 'missing'): Promise<void> {
  const { activeProfileId } = await send('state.get', undefined);
  const query = new URLSearchParams({ focus });
  if (activeProfileId) query.set('id', activeProfileId);
  return openInTab(browser.runtime.getURL(`/profile.html?${query}`));
}

/** What a step's own button does: opens the page where the clerk does it; never sends anything. */
export function runStepAction(step: StepView): Promise<void> {
  const { kind, url } = step.action;
  switch (kind) {
    case 'generate-document':
      return openDocuments('wniosek');
    case 'write-email':
      return openDocuments('przekazanie');
    case 'open-mc-link':
      // mc.html opens MC's link after asking for that site, fills it from the printed application and
      // keeps the two passwords in the vault.
      return openMcPage();
    case 'fill':
    case 'open-url':
      // Without a page of its own (step 1), "fill" means the municipality's data form.
      return url ? openInTab(url) : openProfileEditor();
    case 'manual-tick':
      return Promise.resolve();
  }
}

/** Records one event through the background; answers the Polish error to show, or null when recorded. */
export async function recordEvent(profileId: string, event: ProcessEventInput): Promise<string | null> {
  try {
    const result = await send('process.event', { profileId, event });
    return result.ok ? null : result.error;
  } catch (error) {
    return errorText(error, 'Nie udało się zapisać. Spróbuj ponownie.');
  }
}
