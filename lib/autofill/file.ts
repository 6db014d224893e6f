// Attachments: a page's file input can be given a File only through DataTransfer. Choosing the file is
// normally the person's act (an OS dialog), so without a File the engine just shows where to click.

import { type FrameDocument, isRendered, viewOf } from './dom';
import { collectControls, findButton, labelScore } from './locate';
import { msg } from './messages';
import { dispatchValueEvents } from './set-value';
import type { FieldResult, PlannedFileField } from './types';

export function handleAttachment(
  docs: readonly FrameDocument[],
  field: PlannedFileField,
  learned?: Element,
): FieldResult {
  const hint = field.hint ?? '';
  const input = (learned?.matches('input[type="file"]') ? learned : findFileInput(docs, field.labels)) as
    | HTMLInputElement
    | undefined;
  const bodies = docs.map((d) => d.doc.body).filter((b): b is HTMLElement => b !== null);
  const trigger =
    (learned && !learned.matches('input[type="file"]') ? learned : null) ??
    findButton(bodies, field.triggerLabels ?? []);
  // Highlight what the person can see: the "plus" button, else the input (or its label when it is hidden).
  const visible =
    trigger ?? (input && (isRendered(input) ? input : (input.labels?.[0] ?? input.parentElement)));
  const element = visible ?? undefined;
  const foundBy = learned ? 'learned' : 'label';

  if (!input && !trigger)
    return { status: 'not-found', message: `${msg.notFound(field.label)} ${hint}`.trim() };
  if (!field.file) return { status: 'hint', message: hint, element, foundBy };
  if (!input) return { status: 'hint', message: `${hint}${msg.attachManually()}`, element, foundBy };

  const file = field.file;
  const existing = Array.from(input.files ?? []);
  if (existing.some((f) => f.name === file.name && f.size === file.size)) {
    return { status: 'already', message: msg.attachedAlready(file.name), element, foundBy };
  }
  const view = viewOf(input);
  if (typeof view.DataTransfer !== 'function') {
    return { status: 'hint', message: `${hint}${msg.attachManually()}`, element, foundBy };
  }
  const transfer = new view.DataTransfer();
  if (input.multiple) for (const f of existing) transfer.items.add(f);
  transfer.items.add(file);
  input.files = transfer.files;
  dispatchValueEvents(input, null);
  const attached = Array.from(input.files ?? []).some((f) => f.name === file.name);
  return attached
    ? { status: 'filled', message: msg.attached(file.name), element, foundBy }
    : { status: 'hint', message: `${hint}${msg.attachManually()}`, element, foundBy };
}

/** The file input labelled like the field, else the only (or first) file input of the page. */
function findFileInput(docs: readonly FrameDocument[], labels: readonly string[]): Element | undefined {
  const inputs = docs.flatMap(({ doc }) => collectControls(doc, ['file']).map((c) => c.el));
  let best: Element | undefined;
  let bestScore = 0;
  for (const input of inputs) {
    const score = labelScore(input, labels);
    if (score > bestScore) {
      best = input;
      bestScore = score;
    }
  }
  return best ?? inputs[0];
}
