import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/components/in-page/channel';
import { engineOf } from '@/components/in-page/engine-handle';
import { Launcher, Notice } from '@/components/in-page/launcher';
import { type EpuapBannerInfo, readEpuapBanner } from '@/lib/sites/epuap/banner';
import { formRoots, frameDocument, isPismoOgolnePage, showsLetterForm } from '@/lib/sites/epuap/detect';
import { type BannerNoticeKind, type EpuapPageApi, PAGE_GLOBAL } from '@/lib/sites/epuap/page-api';

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
  main(ctx) {
    new Watcher(ctx).start();
  },
});

/** Longest quiet time between a change and its check; the launcher appears within ~this + one check. */
const THROTTLE_MS = 150;
/** The banner walks more text than detection: read it at most this often. */
const BANNER_EVERY_MS = 1000;
/** If the background has not pulled the banner by then (it pulls when the tab completes loading), send it. */
const PULL_WAIT_MS = 3000;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true };

class Watcher {
  private launcherInstance: Launcher | null = null;
  private readonly notice = new Notice();
  private readonly observer = new MutationObserver(() => this.changed());
  private readonly frames = new WeakSet<Element>();
  private scheduled = false;
  private lastCheck = 0;
  private lastBanner = -Infinity;
  private bannerTimer = false;
  private watchingLocation = false;
  /** The last banner reported to the background (pulled by it or sent by this script). */
  private bannerKey = '';
  /** Whether the background pulled the banner once: until then the observer leaves the banner to it. */
  private pulled = false;
  private engineLoading: Promise<void> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  private get launcher(): Launcher {
    this.launcherInstance ??= new Launcher(
      () => void this.fill(),
      () => void this.loadEngine().catch(() => undefined),
    );
    return this.launcherInstance;
  }

  start(): void {
    const { ctx } = this;
    ctx.addEventListener(window, 'hashchange', () => this.changed());
    const api: EpuapPageApi = {
      banner: () => readEpuapBanner(document),
      newBanner: () => {
        this.pulled = true;
        return this.takeNewBanner();
      },
      where: () => ({ pismo: isPismoOgolnePage(location.href, document) }),
      notice: (kind) => this.showNotice(kind),
    };
    const scope = globalThis as unknown as Record<string, EpuapPageApi | undefined>;
    scope[PAGE_GLOBAL] = api;
    ctx.onInvalidated(() => {
      this.observer.disconnect();
      this.launcherInstance?.hide();
      this.notice.close();
      if (scope[PAGE_GLOBAL] === api) delete scope[PAGE_GLOBAL];
    });
    // A page whose tab never reports its load (or a background that missed it): the banner is sent once.
    setTimeout(() => {
      if (this.pulled || ctx.signal.aborted) return;
      this.pulled = true;
      this.bannerSoon();
    }, PULL_WAIT_MS);
    this.check();
  }

  /**
   * The observer's whole cost per burst of changes: it stops observing and schedules one check. The check
   * looks at the page as it is then and observes again, so a page making thousands of changes a second
   * costs a handful of checks, not thousands of callbacks.
   */
  private changed(): void {
    this.observer.disconnect();
    // In-app routes (pushState/replaceState) exist only on pages that change after loading: WXT's location
    // watcher (costly to start: ~0.5 ms) is started on the first change, never on a static page.
    if (!this.watchingLocation) {
      this.watchingLocation = true;
      this.ctx.addEventListener(window, 'wxt:locationchange', () => this.changed());
    }
    if (this.scheduled || this.ctx.signal.aborted) return;
    this.scheduled = true;
    const wait = Math.max(16, this.lastCheck + THROTTLE_MS - performance.now());
    setTimeout(() => {
      this.scheduled = false;
      if (!this.ctx.signal.aborted) this.check();
    }, wait);
  }

  private check(): void {
    this.lastCheck = performance.now();
    const docs = [document];
    // Frames: watch each one's loads (a late src, a navigation inside it) and its same-origin document.
    for (const frame of document.querySelectorAll('iframe, frame')) {
      if (!this.frames.has(frame)) {
        this.frames.add(frame);
        this.ctx.addEventListener(frame, 'load', () => this.changed());
      }
      const inner = frameDocument(frame);
      if (inner?.documentElement) docs.push(inner);
    }
    // One walk of the page per check: the same roots decide and are observed.
    const roots = formRoots(location.href, document);
    const isForm = showsLetterForm(roots);
    if (isForm) {
      this.launcher.show();
      this.launcher.keep();
    } else if (this.launcherInstance?.visible && !this.busy) this.launcherInstance.hide();

    if (this.pulled) this.bannerSoon();

    for (const doc of docs) this.observer.observe(doc, OBSERVE);
    // A component may render the form into its open shadow root after it was attached.
    for (const root of roots)
      if (root.nodeType === 11 /* a shadow root */) this.observer.observe(root, OBSERVE);
  }

  /** The banner is read at most once a second (a skipped read happens at the end of that second). */
  private bannerSoon(): void {
    if (this.bannerTimer) return;
    const wait = this.lastBanner + BANNER_EVERY_MS - performance.now();
    if (wait <= 0) this.readBanner();
    else {
      this.bannerTimer = true;
      setTimeout(() => {
        this.bannerTimer = false;
        if (!this.ctx.signal.aborted) this.readBanner();
      }, wait);
    }
  }

  /** A banner other than the one reported: the background is asked to pull it (it marks it reported). */
  private readBanner(): void {
    this.lastBanner = performance.now();
    const banner = readEpuapBanner(document);
    if (banner && JSON.stringify(banner) !== this.bannerKey && !this.ctx.isInvalid)
      void askBackground({ kind: 'banner' });
  }

  /** The banner shown now when it differs from the last one reported; it then counts as reported. */
  private takeNewBanner(): EpuapBannerInfo | null {
    this.lastBanner = performance.now();
    const banner = readEpuapBanner(document);
    const key = banner ? JSON.stringify(banner) : '';
    if (!banner || key === this.bannerKey) return null;
    this.bannerKey = key;
    return banner;
  }

  private busy = false;

  private loadEngine(): Promise<void> {
    if (engineOf()) return Promise.resolve();
    this.engineLoading ??= askBackground({ kind: 'engine' }).then((answer) => {
      this.engineLoading = null;
      if (!answer.ok) throw new Error(answer.error);
    });
    return this.engineLoading;
  }

  /** The launcher's (trusted) click: load the engine if needed, then fill; one fill at a time. */
  private async fill(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const launcher = this.launcher;
    try {
      launcher.busy('Wypełniam… wczytuję Asystenta');
      await this.loadEngine();
      const engine = engineOf();
      if (!engine) throw new Error('Nie udało się uruchomić Asystenta na tej stronie. Odśwież ją.');
      launcher.busy('Wypełniam… szukam adresata');
      await engine.fill([]);
    } catch (error) {
      this.notice.show('Asystent ePUAP', error instanceof Error ? error.message : String(error), true);
    } finally {
      this.busy = false;
      launcher.busy(null);
      this.changed();
    }
  }

  /**
   * Only what the page itself shows is written into it (the background's verdict arrives as a kind);
   * whether to store it is decided in the extension's window (popup or side panel), where the values are
   * shown before saving.
   */
  private showNotice(kind: BannerNoticeKind): void {
    if (kind === 'other-org')
      this.notice.show(
        'Asystent ePUAP: inna organizacja',
        'Na ePUAP jest wybrana inna organizacja niż aktywna gmina w Asystencie. Przełącz aktywną gminę w oknie rozszerzenia albo zaloguj się na konto właściwej organizacji.',
        true,
      );
    else
      this.notice.show(
        'Asystent ePUAP: dane z banera',
        'Baner ePUAP pokazuje dane inne niż profil gminy w Asystencie. Otwórz okno Asystenta ePUAP (ikona na pasku przeglądarki), aby je porównać i zapisać w profilu.',
      );
  }
}
