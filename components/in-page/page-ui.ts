import type { FieldReport, FillReport } from '@/lib/autofill/types';
import type { BannerChange } from '@/lib/protocol/epuap';

/**
 * The assistant's small in-page UI: a launcher button and a panel, inside a shadow root so the
 * page's styles cannot break it and ours cannot break the page. Framework-free on purpose: it
 * loads on every ePUAP page and must stay small.
 */
const STYLE = `
:host { all: initial; }
.wrap { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 14px/1.4 system-ui, 'Segoe UI', sans-serif;
  color: #1b1f24; display: flex; flex-direction: column; align-items: flex-end; gap: 8px; max-width: min(380px, calc(100vw - 32px)); }
.panel { background: #fff; border: 2px solid #0b57a4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  padding: 10px 12px; max-height: 60vh; overflow: auto; width: 100%; box-sizing: border-box; }
.panel h2 { font-size: 15px; margin: 0 0 6px; }
.panel p { margin: 4px 0; }
button { font: inherit; border-radius: 4px; padding: 6px 10px; border: 1px solid #4a5560; background: #fff; color: #1b1f24; cursor: pointer; }
button:focus-visible { outline: 3px solid #f0a500; outline-offset: 1px; }
button.primary { background: #0b57a4; border-color: #0b57a4; color: #fff; font-weight: 600; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
ul { list-style: none; padding: 0; margin: 6px 0; }
li { padding: 4px 0; border-top: 1px solid #e1e6eb; }
.st { font-weight: 600; }
.st-filled, .st-already { color: #1a6b35; }
.st-not-found, .st-error, .st-ambiguous { color: #a4161a; }
.st-conflict, .st-hint { color: #7a4d00; }
table { border-collapse: collapse; margin: 4px 0; }
td, th { text-align: left; padding: 2px 6px 2px 0; vertical-align: top; }
.warn { border-color: #a4161a; }
`;

const STATUS_TEXT: Record<FieldReport['status'], string> = {
  filled: '✓ wypełniono',
  already: '✓ już poprawne',
  'not-found': '✗ nie znaleziono',
  conflict: '! inna wartość',
  ambiguous: '? do wyboru',
  error: '✗ błąd',
  hint: '→ do zrobienia',
  skipped: '– pominięto',
};

export interface PageUiHandlers {
  onFill: () => void;
  onTeach: (field: FieldReport) => void;
  onOverwrite: (field: FieldReport) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** What the report says on top, per form: the ePUAP letter and the MC form have different next steps. */
export interface ReportSummaries {
  ok: string;
  attention: string;
}

const LETTER_SUMMARIES: ReportSummaries = {
  ok: 'Pismo jest przygotowane. Sprawdź je, dodaj załącznik, a potem sam podpisz i wyślij.',
  attention: 'Nie wszystko udało się wypełnić. Zobacz poniżej, co zrobić.',
};

export class PageUi {
  private readonly host = document.createElement('asystent-epuap');
  private readonly wrap = el('div', { className: 'wrap' });
  private readonly panel = el('section', { className: 'panel', hidden: true });
  private launcher: HTMLButtonElement | null = null;

  constructor(private readonly summaries: ReportSummaries = LETTER_SUMMARIES) {
    const root = this.host.attachShadow({ mode: 'open' });
    this.panel.setAttribute('aria-label', 'Asystent ePUAP');
    this.panel.setAttribute('role', 'region');
    this.panel.setAttribute('aria-live', 'polite');
    this.wrap.append(this.panel);
    root.append(el('style', { textContent: STYLE }), this.wrap);
    document.documentElement.append(this.host);
  }

  /** The one-click button; shown only on the Pismo ogólne form. */
  showLauncher(onClick: () => void): void {
    if (this.launcher) return;
    this.launcher = el('button', {
      className: 'primary',
      type: 'button',
      textContent: 'Wypełnij wniosek o certyfikat',
    });
    this.launcher.title = 'Asystent ePUAP wypełni adresata, rodzaj, tytuł i treść pisma. Niczego nie wyśle.';
    this.launcher.addEventListener('click', onClick);
    this.wrap.append(this.launcher);
  }

  private show(title: string, ...content: Array<Node | string>): void {
    const close = el('button', { type: 'button', textContent: 'Zamknij' });
    close.addEventListener('click', () => {
      this.panel.hidden = true;
    });
    this.panel.replaceChildren(
      el('h2', { textContent: title }),
      ...content,
      el('div', { className: 'actions' }, close),
    );
    this.panel.hidden = false;
  }

  message(title: string, text: string, warn = false): void {
    this.panel.classList.toggle('warn', warn);
    this.show(title, el('p', { textContent: text }));
  }

  /** The banner differs from the profile: show old and new values, store only on request. */
  offerBanner(intro: string, changes: BannerChange[], confirmLabel: string, onConfirm: () => void): void {
    const rows = changes.map((c) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: c.label }),
        el('td', { textContent: c.current || '(brak)' }),
        el('td', { textContent: `→ ${c.seen}` }),
      ),
    );
    const table = el(
      'table',
      {},
      el(
        'tr',
        {},
        el('th', { textContent: 'Pole' }),
        el('th', { textContent: 'W profilu' }),
        el('th', { textContent: 'Na ePUAP' }),
      ),
      ...rows,
    );
    const confirm = el('button', { className: 'primary', type: 'button', textContent: confirmLabel });
    confirm.addEventListener('click', onConfirm);
    this.panel.classList.remove('warn');
    this.show(
      'Asystent ePUAP: dane z banera',
      el('p', { textContent: intro }),
      table,
      el('div', { className: 'actions' }, confirm),
    );
  }

  /** The fill report: each field filled, already right, not found or holding the user's own value. */
  report(report: FillReport, handlers: Pick<PageUiHandlers, 'onTeach' | 'onOverwrite'>): void {
    const items = report.fields.map((field) => {
      const actions: Node[] = [];
      if (field.status === 'not-found') {
        const teach = el('button', { type: 'button', textContent: 'Wskaż pole' });
        teach.setAttribute('aria-label', `Wskaż pole ${field.label} na stronie`);
        teach.addEventListener('click', () => handlers.onTeach(field));
        actions.push(teach);
      }
      if (field.status === 'conflict') {
        const replace = el('button', { type: 'button', textContent: 'Zastąp' });
        replace.setAttribute('aria-label', `Zastąp wartość pola ${field.label}`);
        replace.addEventListener('click', () => handlers.onOverwrite(field));
        actions.push(replace);
      }
      return el(
        'li',
        {},
        el('span', { className: `st st-${field.status}`, textContent: `${STATUS_TEXT[field.status]}: ` }),
        el('strong', { textContent: field.label }),
        el('p', { textContent: field.message }),
        ...(actions.length ? [el('div', { className: 'actions' }, ...actions)] : []),
      );
    });
    this.panel.classList.toggle('warn', !report.ok);
    const summary = report.ok ? this.summaries.ok : this.summaries.attention;
    this.show('Raport wypełnienia', el('p', { textContent: summary }), el('ul', {}, ...items));
  }

  picking(label: string, onCancel: () => void): void {
    const cancel = el('button', { type: 'button', textContent: 'Anuluj' });
    cancel.addEventListener('click', onCancel);
    this.panel.classList.remove('warn');
    this.show(
      'Wskaż pole',
      el('p', { textContent: `Kliknij na stronie pole „${label}”. Esc anuluje.` }),
      el('div', { className: 'actions' }, cancel),
    );
  }

  /** Whether a click happened on the assistant's own UI (the page's click handlers must ignore it). */
  owns(target: EventTarget | null): boolean {
    return target === this.host;
  }
}
