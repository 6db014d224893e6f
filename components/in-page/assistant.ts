import { learnMapping } from '@/lib/autofill';
import type { FieldReport, FillReport, LearnedMapping } from '@/lib/autofill/types';
import { errorText } from '@/lib/text/errors';
import { PageUi, type ReportSummaries } from './page-ui';
import { teachField } from './teach-field';

/** What one form's assistant needs from its site: how to fill, where learned fields go, what to report. */
export interface AssistantSite {
  summaries?: ReportSummaries;
  /** Keys of the recipe's file fields (`kind: 'file'`): a "plus" button may stand for their hidden input. */
  fileKeys: ReadonlySet<string>;
  /**
   * Fills the form. `guarded` settles once the page-world guard is on (see `guard`): what the fill needs
   * from the background may be fetched meanwhile, but the page is touched only after it.
   */
  fill(
    overwrite: string[],
    guarded: Promise<unknown>,
  ): Promise<{ report: FillReport; elements: Map<string, Element> }>;
  /** Keys of the fields the clerk must handle themselves, outlined on the page after a fill. */
  outline(report: FillReport): string[];
  /** Stores a taught field for this page. */
  learn(mapping: LearnedMapping): Promise<void>;
  /** After every fill: store the report, tell the background. */
  afterFill(report: FillReport): Promise<void>;
  /**
   * Asks the background to block `form.submit()`/`requestSubmit()` in the page's own world while the
   * fill runs (`true`), and to lift it after (`false`). Never fails the fill.
   */
  guard?(on: boolean): Promise<unknown>;
}

/**
 * The in-page assistant of one form (the ePUAP letter, the MC form): fills on request, shows the report
 * (created on first use), refuses a second fill while one runs, and teaches a missed field: the clerk's
 * next click names it, it is learned, and the form is filled again.
 */
export class InPageAssistant {
  private uiInstance: PageUi | null = null;
  private running: Promise<FillReport> | null = null;

  constructor(private readonly site: AssistantSite) {}

  private get ui(): PageUi {
    this.uiInstance ??= new PageUi(this.site.summaries);
    return this.uiInstance;
  }

  get filling(): boolean {
    return this.running !== null;
  }

  /** Fills the form; `overwrite` names fields whose different value the clerk agreed to replace. */
  fill(overwrite: string[] = []): Promise<FillReport> {
    if (this.running) return Promise.reject(new Error('Wypełnianie już trwa.'));
    const run = this.run(overwrite).finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async run(overwrite: string[]): Promise<FillReport> {
    const guarded = this.site.guard?.(true).catch(() => undefined) ?? Promise.resolve();
    let result: Awaited<ReturnType<AssistantSite['fill']>>;
    try {
      result = await this.site.fill(overwrite, guarded);
    } finally {
      // Lifted only after it was put on.
      void guarded.then(() => this.site.guard?.(false)).catch(() => undefined);
    }
    const { report, elements } = result;
    const outlined: Element[] = [];
    for (const key of this.site.outline(report)) {
      const target = elements.get(key);
      if (target && 'style' in target) {
        (target as HTMLElement).style.outline = '3px solid #f0a500';
        outlined.push(target);
      }
    }
    const filled = report.fields
      .filter((f) => f.status === 'filled' || f.status === 'already' || f.status === 'conflict')
      .map((f) => elements.get(f.key))
      .filter((e): e is Element => e !== undefined);
    this.ui.report(
      report,
      {
        onTeach: (field) => this.teach(field),
        onOverwrite: (field) => this.refill([field.key]),
      },
      [...filled, ...outlined],
    );
    await this.site.afterFill(report);
    return report;
  }

  message(title: string, text: string, warn = false): void {
    this.ui.message(title, text, warn);
  }

  private refill(overwrite: string[]): void {
    this.fill(overwrite).catch((error: unknown) => this.ui.message('Asystent ePUAP', errorText(error), true));
  }

  /** "Wskaż pole": the next click on the page names the control for this field, remembered for next time. */
  private teach(field: FieldReport): void {
    teachField(this.ui, field, { allowButtons: this.site.fileKeys.has(field.key) }, (control) => {
      const mapping = learnMapping(control, field.key, location.href, document);
      this.site.learn(mapping).then(
        () => this.refill([]),
        (error: unknown) => this.ui.message('Asystent ePUAP', errorText(error), true),
      );
    });
  }
}
