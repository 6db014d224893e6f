/**
 * The MC form's tab, driven from mc.html. Access is asked for the approval link's site only, from the
 * clerk's click (`permissions.request` needs that gesture); the fill script is injected on demand, so
 * nothing of ours runs on that site until the clerk asks, and nothing stays registered there.
 */
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { sendToTab } from '@/lib/messaging/tabs';
import type { McTabProtocol } from '@/lib/protocol/mc';
import { originPattern } from '@/lib/sites/mc/link';
import type { PagePasswordConstraints } from '@/lib/vault/page-constraints';

/** The file WXT builds from entrypoints/mc-fill.content (registration: 'runtime'). */
const FILL_SCRIPT = '/content-scripts/mc-fill.js';

export const TAB_MESSAGES = {
  denied:
    'Przeglądarka nie dała dostępu do strony formularza MC, więc Asystent nie może jej wypełnić. Kliknij ponownie i wybierz „Zezwól” – dostęp dotyczy tylko tej jednej strony.',
  noTab: 'Najpierw otwórz formularz MC przyciskiem „Otwórz formularz MC”.',
  notLoaded:
    'Strona formularza MC nie wczytała się (błąd połączenia albo link wygasł). Odśwież kartę formularza, a potem kliknij „Wypełnij formularz MC” ponownie.',
  noAnswer: 'Karta formularza MC nie odpowiada. Odśwież ją i spróbuj ponownie.',
} as const;

/**
 * Asks the browser for the one site; must be the first thing a click handler calls. No `await` may come
 * before `permissions.request`: Firefox refuses it outside the click's own turn ("may only be called from
 * a user input handler"). Both browsers answer true at once, without asking, when the site is granted already.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** A tab already showing the form (the clerk clicked the e-mail's link), else a new one. */
export async function openFormTab(url: string, origin: string): Promise<number> {
  const [open] = await browser.tabs.query({ url: originPattern(origin) });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    return open.id;
  }
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error(TAB_MESSAGES.noTab);
  await loaded(tab.id);
  return tab.id;
}

/** The form's tab if it is still open on that site. */
export async function findFormTab(origin: string, remembered: number | null): Promise<number | null> {
  if (remembered !== null) {
    const tab = await browser.tabs.get(remembered).catch(() => null);
    if (tab?.url?.startsWith(`${origin}/`)) return remembered;
  }
  const [open] = await browser.tabs.query({ url: originPattern(origin) });
  return open?.id ?? null;
}

export async function tabUrl(tabId: number): Promise<string> {
  return (await browser.tabs.get(tabId)).url ?? '';
}

function loaded(tabId: number, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    // A slow page is not an error here: the fill checks again and says what to do.
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** Injects the fill script into the tab's top frame; answers with the document it ran in (Chrome). */
async function ensureFillScript(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: [FILL_SCRIPT] });
    const documentId = (result as { documentId?: unknown } | undefined)?.documentId;
    return typeof documentId === 'string' ? documentId : undefined;
  } catch {
    throw new Error(TAB_MESSAGES.notLoaded);
  }
}

/**
 * Sends the fill, with the passwords, to that tab's top frame only: the one message that ever carries
 * them. It goes to the very document the script was injected into (Chrome's documentId), and the script
 * refuses it unless the tab still shows `data.expectedOrigin`. Answers with the fill report (which
 * quotes no password).
 */
export async function fillFormTab(
  tabId: number,
  data: McTabProtocol['mcTab.fill']['request'],
): Promise<McTabProtocol['mcTab.fill']['response']> {
  const documentId = await ensureFillScript(tabId);
  // The background hears the MC area's messages only from the tab, site and document recorded here.
  await send('mc.fillStarted', {
    tabId,
    origin: data.expectedOrigin,
    profileId: data.profileId,
    ...(documentId && { documentId }),
  });
  try {
    return await sendToTab('mcTab.fill', data, { tabId, frameId: 0, ...(documentId && { documentId }) });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (
      !message ||
      /Could not establish|Receiving end|message port closed|No response|nie odpowiada/i.test(message)
    )
      throw new Error(TAB_MESSAGES.noAnswer);
    throw error;
  }
}

/**
 * The password rules the MC form in that tab states, or null when there is no such tab, the site's
 * access is not granted (asking needs the clerk's click, which creating the vault is not meant to
 * spend) or the tab does not answer: then the clerk's own rules are used as they are.
 */
export async function readFormPasswordRules(
  origin: string,
  remembered: number | null,
): Promise<PagePasswordConstraints | null> {
  try {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    if (!granted) return null;
    const tabId = await findFormTab(origin, remembered);
    if (tabId === null) return null;
    const documentId = await ensureFillScript(tabId);
    return await sendToTab(
      'mcTab.passwordRules',
      { expectedOrigin: origin },
      { tabId, frameId: 0, ...(documentId && { documentId }) },
    );
  } catch {
    return null;
  }
}

/**
 * Gives back the MC site's access when the step is done (or the clerk leaves the page): nothing of
 * ours can run on that site afterwards. Never fails: a permission already gone is the goal.
 */
export async function releaseSiteAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
