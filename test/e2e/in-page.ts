/**
 * The assistant's in-page UI lives in closed shadow roots, which Playwright's locators cannot pierce (and
 * neither can the page's own scripts). These helpers see it the way the browser's DevTools do, through a
 * CDP session (`DOM.getDocument({ pierce: true })` includes closed roots and frames), and act on it only
 * with trusted input: the mouse at an element's box, or the keyboard.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Tag names of the in-page hosts: the launcher (sized exactly to its button), the notice, the report. */
export const HOSTS = {
  launcher: 'asystent-epuap-launcher',
  notice: 'asystent-epuap-notice',
  panel: 'asystent-epuap-panel',
} as const;
export type HostName = keyof typeof HOSTS;

interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** One element of the in-page UI. */
export interface UiElement {
  backendNodeId: number;
  tag: string;
  attributes: Record<string, string>;
  /** Its text, without style sheets. */
  text: string;
  /** aria-label, else its text. */
  name: string;
  disabled: boolean;
  hidden: boolean;
}

export interface UiSnapshot {
  /** Which hosts are in the page (any frame). */
  hosts: HostName[];
  /** The whole text shown by each host. */
  text: Partial<Record<HostName, string>>;
  elements: Array<UiElement & { host: HostName }>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

const attrs = (node: CdpNode) => {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i] as string] = list[i + 1] as string;
  return out;
};

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return parts.join(
    node.localName && /^(p|li|h2|div|section|ul|tr|summary|details)$/.test(node.localName) ? ' ' : '',
  );
}

const HOST_OF = new Map<string, HostName>(Object.entries(HOSTS).map(([k, v]) => [v, k as HostName]));

/** Everything the in-page UI shows now. */
export async function snapshot(page: Page): Promise<UiSnapshot> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const result: UiSnapshot = { hosts: [], text: {}, elements: [] };
  const visitUi = (node: CdpNode, host: HostName, hidden: boolean) => {
    const a = attrs(node);
    const isHidden = hidden || 'hidden' in a;
    if (node.nodeType === 1 && node.localName && node.localName !== 'style') {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      result.elements.push({
        host,
        backendNodeId: node.backendNodeId,
        tag: node.localName,
        attributes: a,
        text,
        name: a['aria-label'] ?? text,
        disabled: 'disabled' in a,
        hidden: isHidden,
      });
    }
    for (const child of node.children ?? []) visitUi(child, host, isHidden);
  };
  const visit = (node: CdpNode) => {
    const host = node.localName ? HOST_OF.get(node.localName) : undefined;
    if (host) {
      result.hosts.push(host);
      const roots = node.shadowRoots ?? [];
      result.text[host] = roots.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
      for (const r of roots) visitUi(r, host, false);
    }
    for (const child of node.children ?? []) visit(child);
    for (const r of node.shadowRoots ?? []) if (!host) visit(r);
    if (node.contentDocument) visit(node.contentDocument);
  };
  visit(root);
  return result;
}

const matches = (value: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? value === wanted : wanted.test(value);

async function poll<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeout: number,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`${what}: nie doczekano się w ${timeout} ms${last ? ` (${last})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the host's text contains `text`; returns the whole text. */
export function expectUiText(
  page: Page,
  text: string,
  { host = 'panel' as HostName, timeout = 10_000 } = {},
): Promise<string> {
  return poll(
    `tekst „${text}” w ${host}`,
    async () => {
      const shown = (await snapshot(page)).text[host] ?? '';
      return shown.includes(text) && shown;
    },
    timeout,
  );
}

/** The text of the report line (`li`) that names `label`. */
export async function reportLine(page: Page, label: string): Promise<string> {
  const s = await snapshot(page);
  return s.elements.find((e) => e.host === 'panel' && e.tag === 'li' && e.text.includes(label))?.text ?? '';
}

/** Waits until the line for `label` contains `text`. */
export function expectReportLine(page: Page, label: string, text: string, timeout = 20_000): Promise<string> {
  return poll(
    `wiersz „${label}” z „${text}”`,
    async () => {
      const line = await reportLine(page, label);
      return line.includes(text) && line;
    },
    timeout,
  );
}

/** Finds a visible in-page button by its accessible name. */
export async function findButton(
  page: Page,
  name: string | RegExp,
  host?: HostName,
): Promise<UiElement | undefined> {
  const s = await snapshot(page);
  return s.elements.find(
    (e) => e.tag === 'button' && !e.hidden && (!host || e.host === host) && matches(e.name, name),
  );
}

/** The element's box centre in the page's viewport. */
export async function centreOf(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { border: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Clicks an in-page button with the mouse (a trusted click), waiting for it to appear and be enabled. */
export async function clickUi(
  page: Page,
  name: string | RegExp,
  { host, timeout = 10_000 }: { host?: HostName; timeout?: number } = {},
): Promise<void> {
  const button = await poll(
    `przycisk ${name}`,
    async () => {
      const b = await findButton(page, name, host);
      if (b && !b.disabled) return b;
      // A report folded to its badge (no room beside the form): open it first, as the clerk would.
      const folded = (await snapshot(page)).elements.find(
        (e) => e.tag === 'button' && e.hidden && e.host === 'panel' && matches(e.name, name),
      );
      const badge = folded && (await findButton(page, /Rozwiń raport/, 'panel'));
      if (badge) {
        const c = await centreOf(page, badge.backendNodeId);
        await page.mouse.click(c.x, c.y);
      }
      return null;
    },
    timeout,
  );
  const { x, y } = await centreOf(page, button.backendNodeId);
  await page.mouse.click(x, y);
}

/** Waits for the launcher to be shown. */
export function waitForLauncher(page: Page, timeout = 10_000): Promise<UiElement> {
  return poll(
    'przycisk Asystenta na stronie',
    async () => findButton(page, 'Wypełnij wniosek o certyfikat', 'launcher'),
    timeout,
  );
}

/** Whether the launcher is in the page now. */
export async function hasLauncher(page: Page): Promise<boolean> {
  return (await snapshot(page)).hosts.includes('launcher');
}

/** The launcher's click, as the clerk makes it. */
export async function clickLauncher(page: Page, timeout = 10_000): Promise<void> {
  await clickUi(page, 'Wypełnij wniosek o certyfikat', { host: 'launcher', timeout });
}

/** The bounding box of a host element (in the top document). */
export async function hostBox(page: Page, host: HostName) {
  return page.locator(HOSTS[host]).boundingBox();
}
