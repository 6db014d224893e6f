/**
 * The MC form's tab, driven from mc.html. Access is asked for the approval link's site only, from the
 * clerk's click (`permissions.request` needs that gesture); the fill script is injected on demand, so
 * nothing of ours runs on that site until the clerk asks, and nothing stays registered there.
 */
import { browser } from 'wxt/browser';
import type { McTabProtocol } from '@/lib/protocol/mc';
import { originPattern } from '@/lib/sites/mc/link';

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

async function ensureFillScript(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [FILL_SCRIPT] });
  } catch {
    throw new Error(TAB_MESSAGES.notLoaded);
  }
}

/**
 * Sends the fill, with the passwords, to that tab's top frame only: the one message that ever carries
 * them. Answers with the fill report (which quotes no password).
 */
export async function fillFormTab(
  tabId: number,
  data: McTabProtocol['mcTab.fill']['request'],
): Promise<McTabProtocol['mcTab.fill']['response']> {
  await ensureFillScript(tabId);
  const answer = (await browser.tabs
    .sendMessage(tabId, { type: 'mcTab.fill', data }, { frameId: 0 })
    .catch(() => undefined)) as
    | { ok: true; data: McTabProtocol['mcTab.fill']['response'] }
    | { ok: false; error: string }
    | undefined;
  if (!answer) throw new Error(TAB_MESSAGES.noAnswer);
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}
