import type { FieldReport, FillReport } from '@/lib/autofill/types';
import { plural } from '@/lib/text/plural';
import { trusted } from './launcher';

/**
 * The assistant's in-page report, injected with the engine (never part of the always-on script). It lives
 * in a **closed** shadow root: the page's styles cannot break it, and the page's scripts can neither read
 * it nor drive it (every handler checks `event.isTrusted`). It places itself beside the form, never over a
 * filled field; when there is no room it folds to a small badge. Esc or "×" closes it.
 */
export const PANEL_TAG = 'asystent-epuap-panel';

const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.wrap { font: 14px/1.4 system-ui, 'Segoe UI', sans-serif; color: #1b1f24; }
.panel { background: #fff; border: 2px solid #0b57a4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  padding: 8px 12px 10px; max-height: min(60vh, calc(100vh - 96px)); overflow: auto; width: min(360px, calc(100vw - 32px)); }
.head { display: flex; justify-content: space-between; align-items: start; gap: 8px; position: sticky; top: -8px;
  background: #fff; padding-top: 2px; }
h2 { font-size: 15px; margin: 0 0 6px; }
.head .tools { display: flex; gap: 4px; }
.head button { padding: 0 7px; }
p { margin: 4px 0; }
button { font: inherit; border-radius: 4px; padding: 6px 10px; border: 1px solid #4a5560; background: #fff; color: #1b1f24; cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 1px; }
button.primary, .badge { background: #0b57a4; border-color: #0b57a4; color: #fff; font-weight: 600; }
.badge.warn { background: #a4161a; border-color: #a4161a; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
ul { list-style: none; padding: 0; margin: 6px 0; }
li { padding: 4px 0; border-top: 1px solid #e1e6eb; }
details { margin: 6px 0; } summary { cursor: pointer; color: #1a6b35; font-weight: 600; }
.st { font-weight: 600; }
.st-filled, .st-already { color: #1a6b35; }
.st-not-found, .st-error, .st-ambiguous { color: #a4161a; }
.st-conflict, .st-hint { color: #7a4d00; }
.warn.panel { border-color: #a4161a; }
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

/** A report longer than this folds its fine lines ("wypełniono 17 pól") and lists only what needs the clerk. */
const FOLD_AFTER = 6;

export interface PageUiHandlers {
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

function button(text: string, onClick: () => void, label?: string, primary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', textContent: text, className: primary ? 'primary' : '' });
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', trusted(onClick));
  return b;
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

const FIELDS = ['pole', 'pola', 'pól'] as const;
const HOST_STYLE =
  'all:initial!important;position:fixed!important;z-index:2147483646!important;display:block!important;margin:0!important;padding:0!important';
const GAP = 16;
/** The launcher's corner (bottom right) stays free. */
const LAUNCHER_ROOM = 64;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** An element's box in the top window's viewport (fields may sit in same-origin frames). */
function topRect(element: Element): Rect | null {
  let rect = element.getBoundingClientRect();
  let box: Rect = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  let view = element.ownerDocument.defaultView;
  for (let depth = 0; view && view !== window && depth < 5; depth++) {
    const frame = view.frameElement;
    if (!frame) return null;
    rect = frame.getBoundingClientRect();
    box = {
      left: box.left + rect.left,
      top: box.top + rect.top,
      right: box.right + rect.left,
      bottom: box.bottom + rect.top,
    };
    view = frame.ownerDocument.defaultView;
  }
  return box.right > box.left && box.bottom > box.top ? box : null;
}

/** The page's own buttons the clerk presses next ("Dalej", "Zapisz"): in the form of a filled field. */
const PAGE_BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';

/**
 * What the report must not cover besides the filled fields: the buttons of the forms (or dialogs,
 * sections) they are in, so the clerk can still press "Dalej" with the report shown.
 */
function pageButtonsNear(fields: Element[]): Element[] {
  const boxes = new Set<Element>();
  for (const field of fields) {
    const box = field.closest('form, [role="dialog"], dialog, fieldset, section, main');
    if (box) boxes.add(box);
  }
  const buttons: Element[] = [];
  for (const box of boxes) buttons.push(...Array.from(box.querySelectorAll(PAGE_BUTTONS)).slice(0, 40));
  return buttons;
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export class PageUi {
  private readonly host = document.createElement(PANEL_TAG);
  private readonly wrap = el('div', { className: 'wrap' });
  private readonly panel = el('section', { className: 'panel' });
  private readonly badge = el('button', { type: 'button', className: 'badge', hidden: true });
  private avoid: Element[] = [];
  private collapsed = false;
  /** The clerk opened the badge: show the report even where no free corner is left. */
  private pinned = false;

  constructor(private readonly summaries: ReportSummaries = LETTER_SUMMARIES) {
    const root = this.host.attachShadow({ mode: 'closed' });
    this.host.setAttribute('style', HOST_STYLE);
    this.panel.setAttribute('aria-label', 'Asystent ePUAP');
    this.panel.setAttribute('role', 'region');
    this.panel.setAttribute('aria-live', 'polite');
    this.badge.addEventListener(
      'click',
      trusted(() => this.expand()),
    );
    this.wrap.append(this.panel, this.badge);
    root.append(el('style', { textContent: STYLE }), this.wrap);
    root.addEventListener(
      'keydown',
      trusted((event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') this.close();
      }),
    );
    window.addEventListener('resize', () => this.place());
  }

  private show(title: string, warn: boolean, ...content: Array<Node | string>): void {
    const tools = el(
      'div',
      { className: 'tools' },
      button('–', () => this.collapse(), 'Zwiń raport do plakietki'),
      button('×', () => this.close(), 'Zamknij'),
    );
    this.panel.classList.toggle('warn', warn);
    this.badge.classList.toggle('warn', warn);
    this.panel.replaceChildren(
      el('div', { className: 'head' }, el('h2', { textContent: title }), tools),
      ...content,
    );
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.collapsed = false;
    this.pinned = false;
    this.panel.hidden = false;
    this.badge.hidden = true;
    this.badge.textContent = title;
    this.place();
  }

  close(): void {
    this.host.remove();
  }

  private collapse(): void {
    this.collapsed = true;
    this.pinned = false;
    this.panel.hidden = true;
    this.badge.hidden = false;
    this.place();
    this.badge.focus();
  }

  private expand(): void {
    this.collapsed = false;
    this.pinned = true;
    this.panel.hidden = false;
    this.badge.hidden = true;
    this.place();
  }

  /**
   * Beside the form: the first corner where the panel covers no filled field, none of the form's buttons
   * ("Dalej") and not the launcher;
   * with no such corner the report folds to its badge, which takes the free-most corner.
   */
  private place(): void {
    if (!this.host.isConnected) return;
    const s = this.host.style;
    const set = (v: 'top' | 'bottom', h: 'left' | 'right', bottomGap = GAP) => {
      for (const p of ['top', 'bottom', 'left', 'right']) s.removeProperty(p);
      s.setProperty(v, `${v === 'bottom' ? bottomGap : GAP}px`, 'important');
      s.setProperty(h, `${GAP}px`, 'important');
    };
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const fields = [...this.avoid, ...pageButtonsNear(this.avoid)]
      .map(topRect)
      .filter((r): r is Rect => r !== null);
    const corners: Array<['top' | 'bottom', 'left' | 'right', number]> = [
      ['top', 'right', GAP],
      ['bottom', 'right', LAUNCHER_ROOM],
      ['top', 'left', GAP],
      ['bottom', 'left', GAP],
    ];
    const fits = (v: 'top' | 'bottom', h: 'left' | 'right', bottomGap: number) => {
      set(v, h, bottomGap);
      const box = this.host.getBoundingClientRect();
      return !fields.some((f) => overlaps(f, box)) && box.bottom <= vh && box.right <= vw;
    };
    if (!this.collapsed) {
      for (const [v, h, gap] of corners) if (fits(v, h, gap)) return;
      if (this.pinned) {
        // Asked for by the clerk: the corner covering the fewest filled fields.
        const covered = corners.map(([v, h, gap]) => {
          set(v, h, gap);
          const box = this.host.getBoundingClientRect();
          return fields.filter((f) => overlaps(f, box)).length;
        });
        const best = corners[covered.indexOf(Math.min(...covered))] ?? corners[1];
        if (best) set(best[0], best[1], best[2]);
        return;
      }
      if (!fields.length) {
        set('bottom', 'right', LAUNCHER_ROOM);
        return;
      }
      // No room beside the form: fold to the badge (the clerk opens it when wanted).
      this.collapsed = true;
      this.panel.hidden = true;
      this.badge.hidden = false;
    }
    for (const [v, h, gap] of corners) if (fits(v, h, gap)) return;
    set('bottom', 'right', LAUNCHER_ROOM);
  }

  message(title: string, text: string, warn = false): void {
    this.show(title, warn, el('p', { textContent: text }));
  }

  /** The fill report: each field filled, already right, not found or holding the user's own value. */
  report(report: FillReport, handlers: PageUiHandlers, avoid: Element[] = []): void {
    this.avoid = avoid;
    const line = (field: FieldReport) => {
      const actions: Node[] = [];
      if (field.status === 'not-found')
        actions.push(
          button('Wskaż pole', () => handlers.onTeach(field), `Wskaż pole ${field.label} na stronie`),
        );
      if (field.status === 'conflict')
        actions.push(
          button('Zastąp', () => handlers.onOverwrite(field), `Zastąp wartość pola ${field.label}`),
        );
      return el(
        'li',
        {},
        el('span', { className: `st st-${field.status}`, textContent: `${STATUS_TEXT[field.status]}: ` }),
        el('strong', { textContent: field.label }),
        el('p', { textContent: field.message }),
        ...(actions.length ? [el('div', { className: 'actions' }, ...actions)] : []),
      );
    };
    const fine = (f: FieldReport) => f.status === 'filled' || f.status === 'already';
    const content: Node[] = [
      el('p', { textContent: report.ok ? this.summaries.ok : this.summaries.attention }),
    ];
    if (report.fields.length > FOLD_AFTER) {
      const done = report.fields.filter(fine);
      const rest = report.fields.filter((f) => !fine(f));
      if (rest.length) content.push(el('ul', {}, ...rest.map(line)));
      if (done.length)
        content.push(
          el(
            'details',
            {},
            el('summary', { textContent: `✓ wypełniono ${plural(done.length, FIELDS)}` }),
            el('ul', {}, ...done.map(line)),
          ),
        );
    } else content.push(el('ul', {}, ...report.fields.map(line)));
    this.show('Raport wypełnienia', !report.ok, ...content);
    const attention = report.fields.filter((f) => !fine(f) && f.status !== 'skipped').length;
    this.badge.textContent = attention
      ? `Raport: ${plural(attention, FIELDS)} do sprawdzenia`
      : 'Raport: wypełniono';
    this.badge.setAttribute('aria-label', `${this.badge.textContent}. Rozwiń raport Asystenta ePUAP`);
  }

  picking(label: string, onCancel: () => void): void {
    this.show(
      'Wskaż pole',
      false,
      el('p', { textContent: `Kliknij na stronie pole „${label}”. Esc anuluje.` }),
      el('div', { className: 'actions' }, button('Anuluj', onCancel)),
    );
  }

  /** Whether a click happened on the assistant's own UI (the page's click handlers must ignore it). */
  owns(target: EventTarget | null): boolean {
    return (
      target === this.host || (target instanceof Element && target.localName.startsWith('asystent-epuap'))
    );
  }
}
