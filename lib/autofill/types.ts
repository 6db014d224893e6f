// The engine's data: recipes (what a site's fields are called), plans (what to put where) and reports.
// Everything here is plain serialisable data except the optional File to attach.

export type FieldKind = FieldSpec['kind'];

/** Where a field's value comes from: a fixed text of the recipe, or a key of the values passed to the fill. */
export type ValueSource = { const: string } | { from: string };

/** How to search and pick an entity (e.g. the recipient of a letter) through a search box. */
export interface SearchSpec {
  /** Buttons/links that open the search ("Ustaw/zmień adresata"). */
  openLabels: string[];
  /** Labels of the search input. Inside a dialog with one text input, the label is not needed. */
  inputLabels: string[];
  /** Buttons that run the search ("Szukaj"). Without one, Enter is pressed in the input. */
  buttonLabels: string[];
  /** Buttons inside a result row that pick it ("Wybierz"). Without one, the result itself is clicked. */
  pickLabels: string[];
  /** Optional buttons confirming the pick in the dialog ("Zatwierdź wybór"). */
  confirmLabels?: string[];
  /** Texts that say the search found nothing ("Brak wyników"). */
  noResultsTexts?: string[];
  /** Polish guidance appended when no exact match is found ("nie departament ani inną jednostkę"). */
  exactMatchHint?: string;
}

interface FieldBase {
  key: string;
  /** Polish name of the field for reports ("Tytuł pisma"). */
  label: string;
  /** Polish labels and synonyms a person would recognise the field by. */
  labels: string[];
  /** Polish guidance shown for fields the user completes (attachments, consents). */
  hint?: string;
}

/** A text typed into an input, textarea or editor. */
export interface TextFieldSpec extends FieldBase {
  /** 'text-or-choice': typed into a text field, or chosen when the page offers a list ("Stanowisko"). */
  kind: 'text' | 'textarea' | 'text-or-choice';
  value?: ValueSource;
}

/** One option chosen in a select, radio group, combobox or list box (by its visible text). */
export interface ChoiceFieldSpec extends FieldBase {
  kind: 'select' | 'radio' | 'combobox';
  value?: ValueSource;
}

/** An entity found through a search and picked by its exact name (the letter's recipient). */
export interface SearchFieldSpec extends FieldBase {
  kind: 'recipient-search';
  value?: ValueSource;
  search: SearchSpec;
}

/** An attachment: a File given through the values, else a hint where the person adds it. */
export interface FileFieldSpec extends FieldBase {
  kind: 'file';
  value?: ValueSource;
  /** Buttons that add an attachment ("+", "Dodaj załącznik"), highlighted for the user. */
  triggerLabels?: string[];
}

/** A box the person ticks themselves (consents, statements): only found and pointed at. */
export interface LeaveToUserFieldSpec extends FieldBase {
  kind: 'checkbox-leave-to-user';
}

export type FieldSpec =
  | TextFieldSpec
  | ChoiceFieldSpec
  | SearchFieldSpec
  | FileFieldSpec
  | LeaveToUserFieldSpec;

export interface Recipe {
  id: string;
  /** Polish title ("Pismo ogólne do podmiotu publicznego"). */
  title: string;
  fields: FieldSpec[];
}

/** Values for `{ from: key }` sources; a File for attachment fields. */
export type FillValues = Record<string, string | File | undefined>;

/** A field locator learned when the user pointed at an element; serialisable. */
export interface Locator {
  /** Frames from the top document to the element's document. */
  framePath: FrameStep[];
  tag: string;
  id?: string;
  name?: string;
  type?: string;
  /** Short CSS path from the nearest ancestor with a stable id. */
  css?: string;
  /** Label text, used when the technical attributes changed. */
  labelText?: string;
}

export interface FrameStep {
  index: number;
  id?: string;
  name?: string;
  /** Path of the frame's src (no query), which survives reordering of frames. */
  src?: string;
}

export interface LearnedMapping {
  /** Host name, e.g. "epuap.gov.pl". */
  site: string;
  /** Path with optional `*` wildcards, e.g. "/wps/myportal/*". */
  pathPattern: string;
  fieldKey: string;
  locator: Locator;
  /** ISO date-time. */
  learnedAt: string;
}

interface PlanExtras {
  /** The resolved value; undefined means "nothing to put here" (hint-only or missing data). */
  value?: string;
  file?: File;
  /** Replace a different value the user already typed. Off by default: user input wins. */
  overwrite: boolean;
  /** A locator the user taught for this field; tried before the labels. */
  learned?: Locator;
}

type Planned<F> = F extends FieldSpec ? Omit<F, 'value'> & PlanExtras : never;

/** A field of the plan: its spec (same `kind` union) with the value resolved. */
export type PlannedField = Planned<FieldSpec>;
export type PlannedSearchField = Planned<SearchFieldSpec>;
export type PlannedFileField = Planned<FileFieldSpec>;

export interface FillPlan {
  recipeId: string;
  fields: PlannedField[];
}

export type FieldStatus =
  | 'filled'
  | 'already'
  | 'not-found'
  | 'conflict'
  | 'ambiguous'
  | 'error'
  | 'hint'
  | 'skipped';

export interface FieldReport {
  key: string;
  /** Polish field name. */
  label: string;
  status: FieldStatus;
  /** Polish message for the user. */
  message: string;
  /** How the field was found. */
  foundBy?: 'learned' | 'label';
  /** Frame path (iframe indexes) of the document the field is in. */
  frame?: number[];
}

export interface FillReport {
  recipeId: string;
  url: string;
  startedAt: string;
  finishedAt: string;
  fields: FieldReport[];
  /** True when no field needs the user's attention beyond hints. */
  ok: boolean;
}

/** The report (serialisable, goes to the background) and the elements per field key (for highlighting). */
export interface FillOutcome {
  report: FillReport;
  elements: Map<string, Element>;
}

export interface FillOptions {
  /** Longest wait for asynchronous content (search results, list options), ms. Default 10000. */
  timeoutMs?: number;
  /** Quiet period after DOM changes before reading search results, ms. Default 60. */
  settleMs?: number;
  /**
   * The caller has waited for the form already (a step of it shows, perhaps without any of these
   * fields): the fill does not wait for one of them to appear.
   */
  formWaited?: boolean;
}

/** The outcome of one field inside the engine, before it becomes a FieldReport. */
export interface FieldResult {
  status: FieldStatus;
  message: string;
  /** The element to highlight for the user (the field, or the button that reaches it). */
  element?: Element;
  foundBy?: 'learned' | 'label';
}
