import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/components/in-page/channel';
import { engineOf } from '@/components/in-page/engine-handle';
import { Launcher, Notice } from '@/components/in-page/launcher';
import { type EpuapBannerInfo, readEpuapBanner } from '@/lib/sites/epuap/banner';
import { formRoots, frameDocument, isPismoOgolnePage, showsLetterForm } from '@/lib/sites/epuap/detect';
import { type EpuapPageApi, PAGE_GLOBAL } from '@/lib/sites/epuap/page-api';

/**
 * Runs on every ePUAP page and stays small: reads the banner, recognises the Pismo ogólne form and shows
 * the launcher (the "sent" confirmation is watched for only in a tab we filled: epuap-sent.content). It wakes up whenever the page changes (late mounting,
 * pushState/replaceState/hash routes, frames that load later, a form re-rendered or replaced) through a
 * throttled MutationObserver tied to WXT's context. The fill engine is injected only on the clerk's click
 * (lib/service/inject.ts). No fill engine, framework, zod or database code is bundled here.
 *
 * A page load costs as little script time as possible (issue 9, `npm run bench`): the script registers no
 * message listener and sends nothing. The background pulls the banner once the tab has loaded, and the
 * popup asks what the page shows, both through `scripting.executeScript` calling the object this script
 * leaves in its isolated world (lib/sites/epuap/page-api.ts). A banner that changes later in the page is
 * noticed by the throttled observer, which asks the background (over the tab port) to pull it again: once
 * per distinct banner.
 */
export default defineContentScript({
  matches: ['https://epuap.gov.pl/*'],
  runAt: 'document_idle',
  // WXT would otherwise post a message every ePUAP script can read: the page must not learn we are here.
  noScriptStartedPostMessage: true,
  main: watch,
});

/** Longest quiet time between a change and its check; the launcher appears within ~this + one check. */
const THROTTLE_MS = 150;
/** The banner walks more text than detection: read it at most this often. */
const BANNER_EVERY_MS = 1000;
/** If the background has not pulled the banner by then (it pulls when the tab completes loading), send it. */
const PULL_WAIT_MS = 3000;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true };

/** The page's watcher, in one closure (its state minifies to short local names, unlike class fields). */
function watch(ctx: ContentScriptContext): void {
  const notice = new Notice();
  const observer = new MutationObserver(changed);
  const frames = new WeakSet<Element>();
  const scope = globalThis as unknown as Record<string, EpuapPageApi | undefined>;
  let launcher: Launcher | undefined;
  let scheduled = false;
  let lastCheck = 0;
  let lastBanner = -Infinity;
  let bannerTimer = false;
  let watchingLocation = false;
  /** The last banner reported to the background (pulled by it or sent by this script). */
  let bannerKey = '';
  /** Whether the background pulled the banner once: until then the observer leaves the banner to it. */
  let pulled = false;
  let busy = false;
  let engineLoading: Promise<void> | undefined;

  /** `run` after `ms`, unless the context is gone by then. */
  const after = (ms: number, run: () => void) => setTimeout(() => ctx.signal.aborted || run(), ms);
  const getLauncher = () =>
    (launcher ??= new Launcher(
      () => void fill(),
      () => void loadEngine().catch(() => undefined),
    ));

  ctx.addEventListener(window, 'hashchange', changed);
  const api: EpuapPageApi = {
    banner: () => readEpuapBanner(document),
    newBanner: () => {
      pulled = true;
      const read = { header: false };
      const banner = newBanner(read);
      if (banner) bannerKey = JSON.stringify(banner);
      return { banner, header: read.header };
    },
    where: () => ({ pismo: isPismoOgolnePage(location.href, document) }),
    notice: ({ title, text, warning }) => notice.show(title, text, warning),
  };
  scope[PAGE_GLOBAL] = api;
  ctx.onInvalidated(() => {
    observer.disconnect();
    launcher?.hide();
    notice.close();
    if (scope[PAGE_GLOBAL] === api) delete scope[PAGE_GLOBAL];
  });
  // A page whose tab never reports its load (or a background that missed it): the banner is sent once.
  after(PULL_WAIT_MS, () => {
    if (pulled) return;
    pulled = true;
    bannerSoon();
  });
  check();

  /**
   * The observer's whole cost per burst of changes: it stops observing and schedules one check. The check
   * looks at the page as it is then and observes again, so a page making thousands of changes a second
   * costs a handful of checks, not thousands of callbacks.
   */
  function changed(): void {
    observer.disconnect();
    // In-app routes (pushState/replaceState) exist only on pages that change after loading: WXT's location
    // watcher (costly to start: ~0.5 ms) is started on the first change, never on a static page.
    if (!watchingLocation) {
      watchingLocation = true;
      ctx.addEventListener(window, 'wxt:locationchange', changed);
    }
    if (scheduled || ctx.signal.aborted) return;
    scheduled = true;
    after(Math.max(16, lastCheck + THROTTLE_MS - performance.now()), () => {
      scheduled = false;
      check();
    });
  }

  function check(): void {
    lastCheck = performance.now();
    const docs: Array<Document | ShadowRoot> = [document];
    // Frames: watch each one's loads (a late src, a navigation inside it) and its same-origin document.
    for (const frame of document.querySelectorAll('iframe, frame')) {
      if (!frames.has(frame)) {
        frames.add(frame);
        ctx.addEventListener(frame, 'load', changed);
      }
      const inner = frameDocument(frame);
      if (inner?.documentElement) docs.push(inner);
    }
    // One walk of the page per check: the same roots decide and are observed.
    const roots = formRoots(location.href, document);
    if (showsLetterForm(roots)) getLauncher().show();
    else if (launcher?.visible && !busy) launcher.hide();

    if (pulled) bannerSoon();

    // A component may render the form into its open shadow root after it was attached.
    for (const root of [...docs, ...roots.filter((r) => r.nodeType === 11 /* a shadow root */)])
      observer.observe(root, OBSERVE);
  }

  /** The banner is read at most once a second (a skipped read happens at the end of that second). */
  function bannerSoon(): void {
    if (bannerTimer) return;
    const wait = lastBanner + BANNER_EVERY_MS - performance.now();
    if (wait <= 0) readBanner();
    else {
      bannerTimer = true;
      after(wait, () => {
        bannerTimer = false;
        readBanner();
      });
    }
  }

  /** A banner other than the one reported: the background is asked to pull it (it marks it reported). */
  function readBanner(): void {
    if (newBanner() && !ctx.isInvalid) void askBackground({ kind: 'banner' });
  }

  /** The banner shown now, when it differs from the last one reported. */
  function newBanner(read?: { header: boolean }): EpuapBannerInfo | null {
    lastBanner = performance.now();
    const banner = readEpuapBanner(document, read);
    return banner && JSON.stringify(banner) !== bannerKey ? banner : null;
  }

  function loadEngine(): Promise<void> {
    if (engineOf()) return Promise.resolve();
    engineLoading ??= askBackground({ kind: 'engine' }).then((answer) => {
      engineLoading = undefined;
      if (!answer.ok) throw new Error(answer.error);
    });
    return engineLoading;
  }

  /** The launcher's (trusted) click: load the engine if needed, then fill; one fill at a time. */
  async function fill(): Promise<void> {
    if (busy) return;
    busy = true;
    const button = getLauncher();
    try {
      // One text for the whole fill: loading the engine takes a few hundredths of a second.
      button.busy('Wypełniam… szukam adresata');
      await loadEngine();
      const engine = engineOf();
      if (!engine) throw new Error('Nie udało się uruchomić Asystenta. Odśwież stronę i spróbuj ponownie.');
      await engine.fill([]);
    } catch (error) {
      notice.show('Asystent ePUAP', error instanceof Error ? error.message : String(error), true);
    } finally {
      busy = false;
      button.busy(null);
      changed();
    }
  }
}
