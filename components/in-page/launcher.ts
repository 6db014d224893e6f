/**
 * The always-on part of the in-page UI: the launcher button and a short notice. Framework-free and tiny
 * (it loads on every ePUAP page). Each lives in its own element with a **closed** shadow root, so a page
 * script can neither read nor restyle it, and every handler ignores events the page made up
 * (`event.isTrusted`). Nothing stored in the extension (login, organisation id, profile name) is ever
 * written here: the notices speak of what the page itself shows.
 */

/** The launcher's host element; its box is exactly the button's (tests click its centre). */
export const LAUNCHER_TAG = 'asystent-epuap-launcher';
const NOTICE_TAG = 'asystent-epuap-notice';

// The host is fixed in the corner whatever the page's CSS says about unknown elements (`all:initial`,
// inline and important, already gives it no margin, padding or border).
const HOST_STYLE =
  'all:initial!important;position:fixed!important;right:16px!important;bottom:16px!important;z-index:2147483646!important;display:block!important';

const BASE = `:host{all:initial}*{font:14px/1.4 system-ui,sans-serif;color:#1b1f24;margin:0}
button{display:block;border-radius:4px;padding:6px 10px;border:1px solid #4a5560;background:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f0a500}.p{background:#0b57a4;border-color:#0b57a4;color:#fff;font-weight:600}
section{background:#fff;border:2px solid #0b57a4;border-radius:8px;padding:8px 12px;max-width:min(380px,90vw)}
.w{border-color:#a4161a}h2{font-size:15px;font-weight:600;display:flex;justify-content:space-between}h2 button{padding:0 6px}`;

function makeHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/** Keeps our element in the page: first in body, so it comes before the page's buttons in Tab order. */
function attach(host: HTMLElement): void {
  if (host.isConnected) return;
  const parent = document.body ?? document.documentElement;
  parent.insertBefore(host, parent.firstChild);
}

/** Runs `handler` only for events the browser made from the clerk's own input. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

export const LAUNCHER_IDLE = 'Wypełnij wniosek o certyfikat';

export class Launcher {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private shown = false;

  /** `onClick` runs on the clerk's click; `onIntent` when the pointer or focus reaches the button. */
  constructor(onClick: () => void, onIntent: () => void) {
    const { host, root } = makeHost(LAUNCHER_TAG, BASE);
    this.host = host;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'p';
    this.button.textContent = LAUNCHER_IDLE;
    this.button.title = 'Wypełnia adresata, rodzaj, tytuł i treść. Niczego nie wysyła.';
    this.button.addEventListener(
      'click',
      trusted(() => {
        if (!this.button.disabled) onClick();
      }),
    );
    this.button.addEventListener('pointerenter', trusted(onIntent));
    this.button.addEventListener('focus', trusted(onIntent));
    root.append(this.button);
  }

  get visible(): boolean {
    return this.shown;
  }

  show(): void {
    this.shown = true;
    attach(this.host);
  }

  hide(): void {
    this.shown = false;
    this.host.remove();
  }

  /** While a fill runs: the button says what happens and cannot start a second fill. */
  busy(text: string | null): void {
    this.button.disabled = text !== null;
    this.button.textContent = text ?? LAUNCHER_IDLE;
    this.button.setAttribute('aria-busy', String(text !== null));
  }
}

/** A short message (banner, sent, error) in its own closed root, above the launcher. */
export class Notice {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;

  show(title: string, text: string, warn = false): void {
    if (!this.host || !this.box) {
      const { host, root } = makeHost(NOTICE_TAG, BASE);
      host.style.setProperty('bottom', '64px', 'important');
      this.box = document.createElement('section');
      this.box.setAttribute('role', 'region');
      this.box.setAttribute('aria-label', 'Asystent ePUAP');
      this.box.setAttribute('aria-live', 'polite');
      root.append(this.box);
      root.addEventListener(
        'keydown',
        trusted((event: Event) => {
          if ((event as KeyboardEvent).key === 'Escape') this.close();
        }),
      );
      this.host = host;
    }
    const heading = document.createElement('h2');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Zamknij');
    close.addEventListener(
      'click',
      trusted(() => this.close()),
    );
    heading.append(title, close);
    const body = document.createElement('p');
    body.textContent = text;
    this.box.className = warn ? 'w' : '';
    this.box.replaceChildren(heading, body);
    attach(this.host);
  }

  close(): void {
    this.host?.remove();
  }
}
