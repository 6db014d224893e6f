import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/components/in-page/channel';
import { engineOf } from '@/components/in-page/engine-handle';
import { Launcher, Notice } from '@/components/in-page/launcher';
import { sendLight as send } from '@/lib/messaging/light';
import { type EpuapBannerInfo, readEpuapBanner } from '@/lib/sites/epuap/banner';
import { formShadowRoots, frameDocument, isPismoOgolnePage } from '@/lib/sites/epuap/detect';

/**
 * Runs on every ePUAP page and stays small: reads the banner, recognises the Pismo ogólne form and shows
 * the launcher (the "sent" confirmation is watched for only in a tab we filled: epuap-sent.content). It wakes up whenever the page changes (late mounting,
 * pushState/replaceState/hash routes, frames that load later, a form re-rendered or replaced) through a
 * throttled MutationObserver tied to WXT's context. The fill engine is injected only on the clerk's click
 * (lib/service/inject.ts). No fill engine, framework, zod or database code is bundled here.
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
  private bannerKey = '';
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
    ctx.onInvalidated(() => {
      this.observer.disconnect();
      this.launcherInstance?.hide();
      this.notice.close();
    });
    // Answered synchronously: this script has no polyfill, and Chrome ignores a returned promise.
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const type = (message as { type?: string })?.type;
      if (ctx.isInvalid) return undefined;
      if (type === 'content.banner') sendResponse({ ok: true, data: readEpuapBanner(document) });
      // The popup asks which page its tab shows, to offer the fill or the link to the Pismo ogólne.
      else if (type === 'content.where')
        sendResponse({ ok: true, data: { pismo: isPismoOgolnePage(location.href, document) } });
      return undefined;
    });
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
    if (this.scheduled || this.ctx.isInvalid) return;
    this.scheduled = true;
    const wait = Math.max(16, this.lastCheck + THROTTLE_MS - performance.now());
    this.ctx.setTimeout(() => {
      this.scheduled = false;
      this.check();
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
    const isForm = isPismoOgolnePage(location.href, document);
    if (isForm) {
      this.launcher.show();
      this.launcher.keep();
    } else if (this.launcherInstance?.visible && !this.busy) this.launcherInstance.hide();

    this.bannerSoon();

    for (const doc of docs) this.observer.observe(doc, OBSERVE);
    // A component may render the form into its open shadow root after it was attached.
    for (const root of formShadowRoots(location.href, document)) this.observer.observe(root, OBSERVE);
  }

  /** The banner is read at most once a second (a skipped read happens at the end of that second). */
  private bannerSoon(): void {
    if (this.bannerTimer) return;
    const wait = this.lastBanner + BANNER_EVERY_MS - performance.now();
    if (wait <= 0) this.readBanner();
    else {
      this.bannerTimer = true;
      this.ctx.setTimeout(() => {
        this.bannerTimer = false;
        this.readBanner();
      }, wait);
    }
  }

  private readBanner(): void {
    this.lastBanner = performance.now();
    const banner = readEpuapBanner(document);
    const key = banner ? JSON.stringify(banner) : '';
    if (banner && key !== this.bannerKey) {
      this.bannerKey = key;
      void this.checkBanner(banner);
    }
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
   * Only what the page itself shows is written into it; whether to store it is decided in the
   * extension's window (popup or side panel), where the values are shown before saving.
   */
  private async checkBanner(banner: EpuapBannerInfo): Promise<void> {
    const verdict = await send('epuap.bannerSeen', { banner }).catch(() => null);
    if (verdict?.kind === 'other-org')
      this.notice.show(
        'Asystent ePUAP: inna organizacja',
        'Na ePUAP jest wybrana inna organizacja niż aktywna gmina w Asystencie. Przełącz aktywną gminę w oknie rozszerzenia albo zaloguj się na konto właściwej organizacji.',
        true,
      );
    else if ((verdict?.kind === 'changes' || verdict?.kind === 'no-profile') && verdict.changes.length)
      this.notice.show(
        'Asystent ePUAP: dane z banera',
        'Baner ePUAP pokazuje dane inne niż profil gminy w Asystencie. Otwórz okno Asystenta ePUAP (ikona na pasku przeglądarki), aby je porównać i zapisać w profilu.',
      );
  }
}
