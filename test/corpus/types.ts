// The replica-page corpus: the contract between the page author and the engine (CONTRACT.md).

export type ScriptStep =
  | { action: 'fill'; selector: string; value: string; frames?: string[] } // Playwright locator.fill
  | { action: 'type'; selector: string; value: string; frames?: string[] } // locator.pressSequentially
  | { action: 'click'; selector: string; frames?: string[] }
  | { action: 'selectOption'; selector: string; value: string; frames?: string[] } // by label or value
  | { action: 'check'; selector: string; frames?: string[] }
  | { action: 'press'; selector: string; key: string; frames?: string[] }
  | { action: 'waitFor'; selector: string; frames?: string[] }; // visible
// `selector` is a Playwright selector (CSS pierces open shadow roots; `text=`, `role=` allowed);
// `frames` is the chain of iframe selectors from the top page down to the frame holding the element.

export interface CorpusVariant {
  /** Stable kebab-case id, unique. */
  id: string;
  form: 'pismo' | 'mc';
  /** One line: what this variant combines. */
  description: string;
  /** The dimension values it combines, e.g. { label: 'wrapping', widget: 'select2', events: 'react', timing: 'late-mount', container: 'shadow' }. */
  dimensions: Record<string, string>;
  /** Whether it is generated or hand-written. */
  origin: 'generated' | 'hand';
  /**
   * The files of the page, path → content. Served under `baseUrl(variant)`; the entry is `index.html`.
   * Self-contained: inline scripts and styles only, no external resources; links/frames relative.
   */
  files: Record<string, string>;
  /** What a person scripting the page with Playwright would do to fill the same fields (never submits). */
  script: ScriptStep[];
  /**
   * Multi-step forms: after the assistant has filled the shown step, the clerk does these actions
   * (e.g. clicks "Dalej" themselves), then the assistant fills again. One entry per later step.
   */
  userSteps?: ScriptStep[][];
  /** The values the page's own model must hold after a correct fill (`window.__corpus.model()`). */
  expected: Record<string, string>;
  /** What a correct assistant does: fill it, or stop and ask (recipient absent / several equal candidates). */
  outcome: 'filled' | 'no-recipient' | 'ambiguous-recipient';
}

/** What every page exposes on its top window. */
export interface CorpusWindowApi {
  model(): Record<string, string>;
  submitted(): number;
  valid(): boolean;
}
